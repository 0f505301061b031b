package kz.taldau.segment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.taldau.internal.LexiconFile;

/** The bundled abbreviation list ({@code abbreviations.tsv}): which words keep their dot, and how they end sentences. */
final class Abbreviations {
  enum Kind { INNER, FINAL, YEAR }

  private static final String RESOURCE = "abbreviations.tsv";

  private Abbreviations() {}

  /** Lazy holder, as Lucene's DefaultSetHolder. */
  private static final class Holder {
    static final Map<String, Kind> MAP = load();
  }

  /** The kind of {@code word} (without its final dot), if it is a known abbreviation. */
  static Optional<Kind> kind(String word) {
    return Optional.ofNullable(Holder.MAP.get(word.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> map = new HashMap<>();
    for (LexiconFile.Line line : LexiconFile.read(Abbreviations.class, RESOURCE, 2, 2)) {
      String kind = line.columns().get(1);
      try {
        map.put(line.columns().get(0).toLowerCase(Locale.ROOT), Kind.valueOf(kind));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + line.number() + ": unknown kind " + kind, e);
      }
    }
    return Map.copyOf(map);
  }
}
