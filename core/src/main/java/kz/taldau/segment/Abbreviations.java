package kz.taldau.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing: it is part of the taldau-core jar");
    }
    Map<String, Kind> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(RESOURCE + ":" + no + ": expected 2 tab-separated columns: " + line);
        }
        map.put(cols[0].trim().toLowerCase(Locale.ROOT), Kind.valueOf(cols[1].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(map);
  }
}
