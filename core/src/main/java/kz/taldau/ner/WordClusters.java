package kz.taldau.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.InvalidFormatException;

/**
 * Hierarchical word clusters (Brown-style bit-string paths) of lower-cased words, read from a bundled
 * resource {@code kz/taldau/ner/clusters/<name>}: UTF-8 lines {@code <path>\t<word>[\t<count>]} (the output
 * format of Liang's brown-cluster tool, words lower-cased with ё → е), lines
 * starting with {@code #} are comments. Loaded once per name and shared; immutable and thread-safe.
 */
final class WordClusters {
  private static final String DIR = "clusters/";
  private static final Map<String, WordClusters> LOADED = new ConcurrentHashMap<>();

  private final Map<String, String> paths;

  private WordClusters(Map<String, String> paths) {
    this.paths = paths;
  }

  /** The bundled clusters called {@code name}; an unknown name is an {@link InvalidFormatException}. */
  static WordClusters bundled(String name) throws InvalidFormatException {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new InvalidFormatException("invalid cluster resource name '" + name + "'");
    }
    if (WordClusters.class.getResource(DIR + name) == null) {
      throw new InvalidFormatException("no bundled word clusters '" + name + "' in taldau-core");
    }
    return LOADED.computeIfAbsent(name, n -> {
      try (InputStream in = WordClusters.class.getResourceAsStream(DIR + n)) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read word clusters " + n, e);
      }
    });
  }

  static WordClusters read(InputStream in) throws IOException {
    Map<String, String> paths = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length >= 2) {
        paths.put(f[1], f[0].intern());
      }
    }
    return new WordClusters(paths);
  }

  /** The path of the lower-cased word, or null when it has no cluster. */
  String path(String lowerCased) {
    return paths.get(lowerCased);
  }
}
