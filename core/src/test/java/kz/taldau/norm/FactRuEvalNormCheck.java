package kz.taldau.norm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import kz.taldau.EntityType;
import kz.taldau.Language;

/**
 * Measures Russian {@code norm} accuracy against the normalized names of factRuEval-2016 coreference
 * objects (firstname/lastname/patronymic of persons, name of places and organizations). Not a unit test:
 * run by hand with the devset folder as the argument; prints accuracy per type, the identity baseline,
 * and the errors (to stdout only — never commit its output, it quotes corpus text).
 *
 * <pre>java -cp core/target/classes:core/target/test-classes kz.taldau.norm.FactRuEvalNormCheck \
 *     ../shared/corpora/factrueval/devset</pre>
 */
public final class FactRuEvalNormCheck {
  private record Span(String type, int start, int end) {}

  private record Obj(String id, String type, List<String> spans) {}

  private FactRuEvalNormCheck() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora/factrueval/devset");
    RuleEntityNormalizer normalizer = RuleEntityNormalizer.getInstance();
    Map<String, int[]> counts = new HashMap<>();  // type -> {n, correct, identity}
    List<String> errors = new ArrayList<>();
    List<Path> docs;
    try (Stream<Path> s = Files.list(dir)) {
      docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path txtPath : docs) {
      String base = txtPath.toString().substring(0, txtPath.toString().length() - 4);
      String text = Files.readString(txtPath, StandardCharsets.UTF_8);
      Map<String, Span> spans = new HashMap<>();
      for (String line : Files.readAllLines(Path.of(base + ".spans"), StandardCharsets.UTF_8)) {
        String[] f = line.split("#")[0].trim().split("\\s+");
        if (f.length >= 4) {
          int start = Integer.parseInt(f[2]);
          spans.put(f[0], new Span(f[1], start, start + Integer.parseInt(f[3])));
        }
      }
      List<Obj> objects = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(base + ".objects"), StandardCharsets.UTF_8)) {
        String[] f = line.split("#")[0].trim().split("\\s+");
        if (f.length >= 3) {
          objects.add(new Obj(f[0], f[1], List.of(f).subList(2, f.length)));
        }
      }
      Map<String, Map<String, String>> attrsByObject = new HashMap<>();
      Map<String, String> current = null;
      for (String line : Files.readAllLines(Path.of(base + ".coref"), StandardCharsets.UTF_8)) {
        String t = line.trim();
        if (t.isEmpty()) {
          current = null;
          continue;
        }
        String[] f = t.split("\\s+", 2);
        if (current == null) {
          current = new HashMap<>();
          for (String id : t.split("\\s+")) {
            attrsByObject.put(id, current);
          }
        } else if (f.length == 2) {
          current.putIfAbsent(f[0], f[1]);
        }
      }
      for (Obj o : objects) {
        Map<String, String> attrs = attrsByObject.get(o.id);
        if (attrs == null) {
          continue;
        }
        List<Span> ss = new ArrayList<>();
        for (String id : o.spans) {
          if (spans.containsKey(id)) {
            ss.add(spans.get(id));
          }
        }
        if (ss.isEmpty()) {
          continue;
        }
        ss.sort(Comparator.comparingInt(Span::start));
        String mention = text.substring(ss.get(0).start, ss.get(ss.size() - 1).end);
        String expected;
        EntityType type;
        if (o.type.equals("Person")) {
          type = EntityType.PER;
          List<String> parts = new ArrayList<>();
          StringBuilder joined = new StringBuilder();
          for (Span s : ss) {
            String key = switch (s.type) {
              case "name" -> "firstname";
              case "surname" -> "lastname";
              case "patronymic" -> "patronymic";
              case "nickname" -> "nickname";
              default -> "";
            };
            parts.add(attrs.getOrDefault(key, ""));
            joined.append(joined.length() > 0 ? " " : "").append(text, s.start, s.end);
          }
          if (parts.contains("") || !joined.toString().equals(mention)) {
            continue;
          }
          expected = String.join(" ", parts);
        } else if (o.type.equals("Location") || o.type.equals("LocOrg") || o.type.equals("Org")) {
          type = o.type.equals("Org") ? EntityType.ORG : EntityType.LOC;
          expected = attrs.get("name");
          if (expected == null || !sameShape(mention, expected)) {
            continue;
          }
        } else {
          continue;
        }
        String got = normalizer.normalize(mention, type, Language.RUSSIAN);
        int[] c = counts.computeIfAbsent(type.name(), k -> new int[3]);
        c[0]++;
        boolean ok = type == EntityType.ORG ? got.equalsIgnoreCase(expected) : got.equals(expected);
        boolean id = type == EntityType.ORG ? mention.equalsIgnoreCase(expected) : mention.equals(expected);
        if (ok) {
          c[1]++;
        } else {
          errors.add(type + "\t" + mention + "\t" + got + "\t" + expected);
        }
        if (id) {
          c[2]++;
        }
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (String t : List.of("PER", "LOC", "ORG")) {
      int[] c = counts.getOrDefault(t, new int[3]);
      out.printf(Locale.ROOT, "%s\tn=%d\tnorm accuracy=%.3f\tidentity baseline=%.3f%n", t, c[0],
          c[0] == 0 ? 0 : (double) c[1] / c[0], c[0] == 0 ? 0 : (double) c[2] / c[0]);
    }
    if (args.length > 1 && args[1].equals("--errors")) {
      errors.forEach(out::println);
    }
  }

  /** Same number of words, each starting with the same two letters: the gold name is this mention's. */
  private static boolean sameShape(String mention, String expected) {
    String[] a = mention.trim().split("\\s+");
    String[] b = expected.trim().split("\\s+");
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      String x = a[i].toLowerCase(Locale.ROOT);
      String y = b[i].toLowerCase(Locale.ROOT);
      if (x.length() < 2 || y.length() < 2 || !x.regionMatches(0, y, 0, 2)) {
        return false;
      }
    }
    return true;
  }
}
