package kz.taldau.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a corpus's own annotation types to the project's: entity types ({@code PER}, {@code ORG},
 * {@code LOC}) or fact span types ({@code MONEY}, {@code PERCENT}, {@code RATIO}, {@code QUANTITY},
 * {@code DATE}). Types without a mapping are dropped by the corpus readers. Immutable; the defaults follow
 * SPEC's "Scoring" section.
 */
public final class TypeMapping {

  /** Which annotation layer a mapped type belongs to. */
  public enum Layer { ENTITY, FACT }

  /** The project type a corpus type maps to. */
  public record Target(Layer layer, String type) {
    public Target {
      Objects.requireNonNull(layer, "layer");
      Objects.requireNonNull(type, "type");
    }
  }

  private final Map<String, Target> map;

  private TypeMapping(Map<String, Target> map) {
    this.map = Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** A mapping from {@code entities} (source to PER/ORG/LOC) and {@code facts} (source to fact type). */
  public static TypeMapping of(Map<String, String> entities, Map<String, String> facts) {
    Map<String, Target> m = new LinkedHashMap<>();
    entities.forEach((k, v) -> m.put(k, new Target(Layer.ENTITY, v)));
    facts.forEach((k, v) -> {
      if (m.containsKey(k)) {
        throw new IllegalArgumentException("type " + k + " is mapped both to an entity and to a fact type");
      }
      m.put(k, new Target(Layer.FACT, v));
    });
    return new TypeMapping(m);
  }

  /** The project's own types mapped to themselves, for annotated-article JSON. */
  public static TypeMapping project() {
    return of(ordered("PER", "PER", "ORG", "ORG", "LOC", "LOC"),
        ordered("MONEY", "MONEY", "PERCENT", "PERCENT", "RATIO", "RATIO", "QUANTITY", "QUANTITY", "DATE",
            "DATE"));
  }

  /**
   * KazNERD: PERSON→PER, ORGANISATION→ORG, GPE and LOCATION→LOC; MONEY, PERCENTAGE→PERCENT, DATE, and
   * CARDINAL and QUANTITY→QUANTITY as fact spans. The other 18 types (NORP, POSITION, FACILITY…) are dropped.
   */
  public static TypeMapping kazNerd() {
    return of(ordered("PERSON", "PER", "ORGANISATION", "ORG", "GPE", "LOC", "LOCATION", "LOC"),
        ordered("MONEY", "MONEY", "PERCENTAGE", "PERCENT", "DATE", "DATE", "CARDINAL", "QUANTITY",
            "QUANTITY", "QUANTITY"));
  }

  /**
   * NEREL: PERSON→PER, ORGANIZATION→ORG, COUNTRY, CITY, STATE_OR_PROVINCE (also spelled STATE_OR_PROV),
   * DISTRICT and LOCATION→LOC; MONEY, PERCENT, DATE, and NUMBER→QUANTITY as fact spans.
   */
  public static TypeMapping nerel() {
    return of(ordered("PERSON", "PER", "ORGANIZATION", "ORG", "COUNTRY", "LOC", "CITY", "LOC",
            "STATE_OR_PROVINCE", "LOC", "STATE_OR_PROV", "LOC", "DISTRICT", "LOC", "LOCATION", "LOC"),
        ordered("MONEY", "MONEY", "PERCENT", "PERCENT", "DATE", "DATE", "NUMBER", "QUANTITY"));
  }

  /** factRuEval-2016 mentions: Person→PER, Org→ORG, Location and LocOrg→LOC; no facts (Project is dropped).
  /** */
  public static TypeMapping factRuEval() {
    return of(ordered("Person", "PER", "Org", "ORG", "Location", "LOC", "LocOrg", "LOC"), Map.of());
  }

  /**
   * Parses {@code SOURCE=TARGET} pairs separated by commas, e.g. {@code PERSON=PER,GPE=LOC,MONEY=MONEY}; a
   * target of PER, ORG or LOC is an entity type, any other target a fact type.
   *
   * @throws IllegalArgumentException when a pair is not {@code SOURCE=TARGET}
   */
  public static TypeMapping parse(String spec) {
    Map<String, String> entities = new LinkedHashMap<>();
    Map<String, String> facts = new LinkedHashMap<>();
    for (String pair : spec.split(",")) {
      String p = pair.trim();
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1) {
        throw new IllegalArgumentException("type mapping \"" + p + "\" is not SOURCE=TARGET");
      }
      String target = p.substring(eq + 1).trim();
      boolean entity = target.equals("PER") || target.equals("ORG") || target.equals("LOC");
      (entity ? entities : facts).put(p.substring(0, eq).trim(), target);
    }
    return of(entities, facts);
  }

  /** The project type {@code sourceType} maps to, or empty when the type is dropped. */
  public Optional<Target> map(String sourceType) {
    return Optional.ofNullable(map.get(sourceType));
  }

  /** The project entity types this mapping produces, sorted. */
  public Set<String> entityTypes() {
    return targets(Layer.ENTITY);
  }

  /** The project fact types this mapping produces, sorted. */
  public Set<String> factTypes() {
    return targets(Layer.FACT);
  }

  /** The source-to-target pairs, in definition order. */
  public Map<String, Target> asMap() {
    return map;
  }

  private Set<String> targets(Layer layer) {
    Set<String> s = new TreeSet<>();
    map.values().stream().filter(t -> t.layer() == layer).forEach(t -> s.add(t.type()));
    return Collections.unmodifiableSet(s);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypeMapping t && t.map.equals(map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  @Override
  public String toString() {
    return "TypeMapping" + map;
  }
}
