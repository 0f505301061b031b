package kz.taldau.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.taldau.Language;
import kz.taldau.TextSpan;

/**
 * One annotated document as the readers return it: the text, what is known about it, and the gold
 * annotation. All spans are UTF-16 offsets into {@link #text()}, and every item's {@code text} equals
 * {@code span.of(text)} (checked here).
 *
 * <ul>
 *   <li>{@code entities} is empty when the corpus does not annotate entities ("not annotated", as SPEC's
 *       {@code "entities": null}); an empty list means "annotated, and there are none". {@code entityTypes}
 *       lists the types the annotation covers: only these are scored.</li>
 *   <li>{@code facts} and {@code factTypes} likewise.</li>
 *   <li>{@code body}: when present, only items inside it are scored.</li>
 *   <li>{@code sentences}: the corpus's own segmentation (CoNLL, factRuEval), each sentence a list of token
 *       spans in order, for {@code Pipeline.processSegmented}; empty when the corpus gives none.</li>
 * </ul>
 */
public record AnnotatedDocument(String id, Optional<Language> language, Optional<LocalDate> documentDate,
    String text, Optional<TextSpan> body, Optional<List<GoldEntity>> entities, Set<String> entityTypes,
    Optional<List<GoldFact>> facts, Set<String> factTypes, Optional<List<List<TextSpan>>> sentences) {

  public AnnotatedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    entities = Objects.requireNonNull(entities, "entities").map(List::copyOf);
    entityTypes = Set.copyOf(Objects.requireNonNull(entityTypes, "entityTypes"));
    facts = Objects.requireNonNull(facts, "facts").map(List::copyOf);
    factTypes = Set.copyOf(Objects.requireNonNull(factTypes, "factTypes"));
    sentences = Objects.requireNonNull(sentences, "sentences").map(s -> s.stream().map(List::copyOf)
        .toList());
    if (body.isPresent() && body.get().end() > text.length()) {
      throw new IllegalArgumentException(id + ": body " + body.get() + " outside the text of length "
          + text.length());
    }
    if (entities.isEmpty() && !entityTypes.isEmpty()) {
      throw new IllegalArgumentException(id + ": entity types " + entityTypes + " given without entities");
    }
    if (facts.isEmpty() && !factTypes.isEmpty()) {
      throw new IllegalArgumentException(id + ": fact types " + factTypes + " given without facts");
    }
    for (GoldEntity e : entities.orElse(List.of())) {
      check(id, text, "entity", e.type(), e.span(), e.text(), entityTypes);
    }
    for (GoldFact f : facts.orElse(List.of())) {
      check(id, text, "fact", f.type(), f.span(), f.text(), factTypes);
    }
    int previousEnd = 0;
    for (List<TextSpan> sentence : sentences.orElse(List.of())) {
      for (TextSpan t : sentence) {
        if (t.start() < previousEnd || t.end() > text.length()) {
          throw new IllegalArgumentException(id + ": token " + t + " overlaps the previous token or lies "
              + "outside the text of length " + text.length());
        }
        previousEnd = t.end();
      }
    }
  }

  private static void check(String id, String text, String what, String type, TextSpan span, String surface,
      Set<String> types) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(id + ": " + what + " span " + span + " outside the text of length "
          + text.length());
    }
    if (!span.of(text).equals(surface)) {
      throw new IllegalArgumentException(id + ": " + what + " text \"" + surface
          + "\" differs from the text at "
          + span + ": \"" + span.of(text) + "\"");
    }
    if (!types.contains(type)) {
      throw new IllegalArgumentException(id + ": " + what + " type " + type + " is not among the annotated "
          + "types " + types);
    }
  }

  /** The token spans of all given sentences, flattened; empty when the corpus gives no segmentation. */
  public List<TextSpan> tokens() {
    return sentences.orElse(List.of()).stream().flatMap(List::stream).toList();
  }

  /** A copy with other entities and annotated entity types (to filter types, say). */
  public AnnotatedDocument withEntities(Optional<List<GoldEntity>> newEntities, Set<String> newTypes) {
    return new AnnotatedDocument(id, language, documentDate, text, body, newEntities, newTypes, facts,
        factTypes,
        sentences);
  }

  /** A copy with other facts and annotated fact types (to filter types, say). */
  public AnnotatedDocument withFacts(Optional<List<GoldFact>> newFacts, Set<String> newTypes) {
    return new AnnotatedDocument(id, language, documentDate, text, body, entities, entityTypes, newFacts,
        newTypes,
        sentences);
  }
}
