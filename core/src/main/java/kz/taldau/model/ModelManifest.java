package kz.taldau.model;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The manifest stored next to a model file ({@code <name>.properties}), with the keys of STYLE §6.5:
 * {@code model.id}, {@code model.version}, {@code language}, {@code component}, {@code format},
 * {@code library.version.min}, {@code library.version.max.exclusive}, {@code sha256} (of the model file),
 * {@code training.corpus}, {@code training.corpus.sha256}, {@code training.params}, {@code eval.dev.f1}
 * and {@code created}. {@code eval.dev.f1} may be empty when a model was trained without a dev set.
 *
 * <p>Taldau adds {@code crc32}, the CRC-32 of the model file as 8 lower-case hex digits, which loading
 * checks instead of the sha256 when it is there (see {@link Models}); empty in manifests written before
 * it.
 */
public record ModelManifest(
    ModelId id,
    String language,
    String component,
    String format,
    String libraryVersionMin,
    String libraryVersionMaxExclusive,
    String sha256,
    String crc32,
    String trainingCorpus,
    String trainingCorpusSha256,
    String trainingParams,
    Optional<Double> evalDevF1,
    String created) {

  /** The component of named-entity models. */
  public static final String COMPONENT_NER = "ner";
  /** The format of OpenNLP name finder models. */
  public static final String FORMAT_OPENNLP_NAMEFINDER = "opennlp-namefinder";

  public ModelManifest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(libraryVersionMin, "libraryVersionMin");
    Objects.requireNonNull(libraryVersionMaxExclusive, "libraryVersionMaxExclusive");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(crc32, "crc32");
    Objects.requireNonNull(trainingCorpus, "trainingCorpus");
    Objects.requireNonNull(trainingCorpusSha256, "trainingCorpusSha256");
    Objects.requireNonNull(trainingParams, "trainingParams");
    Objects.requireNonNull(evalDevF1, "evalDevF1");
    Objects.requireNonNull(created, "created");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: '" + sha256 + "'");
    }
    if (!crc32.isEmpty() && !crc32.matches("[0-9a-f]{8}")) {
      throw new IllegalArgumentException("crc32 must be empty or 8 lower-case hex digits: '" + crc32 + "'");
    }
    LibraryVersions.parse(libraryVersionMin);
    LibraryVersions.parse(libraryVersionMaxExclusive);
  }

  /** A manifest without {@code crc32} (loading then checks the sha256). */
  public ModelManifest(ModelId id, String language, String component, String format, String libraryVersionMin,
      String libraryVersionMaxExclusive, String sha256, String trainingCorpus, String trainingCorpusSha256,
      String trainingParams, Optional<Double> evalDevF1, String created) {
    this(id, language, component, format, libraryVersionMin, libraryVersionMaxExclusive, sha256, "",
        trainingCorpus, trainingCorpusSha256, trainingParams, evalDevF1, created);
  }

  /**
   * Reads a manifest; {@code source} names the file in error messages.
   *
   * @throws ModelLoadException if a key is missing or a value is malformed
   */
  public static ModelManifest fromProperties(Properties p, String source) {
    try {
      ModelId id = ModelId.parse(required(p, "model.id", source));
      String version = required(p, "model.version", source);
      if (!version.equals(Integer.toString(id.version()))) {
        throw new ModelLoadException(source + ": model.version " + version + " does not match model.id "
            + id);
      }
      String f1 = p.getProperty("eval.dev.f1", "").trim();
      return new ModelManifest(id, required(p, "language", source), required(p, "component", source),
          required(p, "format", source), required(p, "library.version.min", source),
          required(p, "library.version.max.exclusive", source), required(p, "sha256", source),
          p.getProperty("crc32", "").trim(), required(p, "training.corpus", source), required(p, "training.corpus.sha256", source),
          required(p, "training.params", source),
          f1.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(f1)), required(p, "created",
              source));
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException(source + ": invalid manifest: " + e.getMessage(), e);
    }
  }

  private static String required(Properties p, String key, String source) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new ModelLoadException(source + ": manifest key '" + key + "' is missing");
    }
    return v.trim();
  }

  /** The manifest as ordered key/value pairs, as written to the {@code .properties} file. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("model.id", id.toString());
    m.put("model.version", Integer.toString(id.version()));
    m.put("language", language);
    m.put("component", component);
    m.put("format", format);
    m.put("library.version.min", libraryVersionMin);
    m.put("library.version.max.exclusive", libraryVersionMaxExclusive);
    m.put("sha256", sha256);
    if (!crc32.isEmpty()) {
      m.put("crc32", crc32);
    }
    m.put("training.corpus", trainingCorpus);
    m.put("training.corpus.sha256", trainingCorpusSha256);
    m.put("training.params", trainingParams);
    m.put("eval.dev.f1", evalDevF1.map(f -> String.format(java.util.Locale.ROOT, "%.4f", f)).orElse(""));
    m.put("created", created);
    return m;
  }

  /**
   * Writes the manifest in {@code .properties} syntax (UTF-8 text, keys in the order of {@link #toMap()},
   * no timestamp comment so that rebuilding a model gives the same file).
   */
  public void write(Writer w) throws IOException {
    w.write("# Taldau model manifest (STYLE 6.5); sha256 and crc32 are checksums of " + id.baseName() + ".bin\n");
    for (Map.Entry<String, String> e : toMap().entrySet()) {
      w.write(e.getKey() + "=" + escape(e.getValue()) + "\n");
    }
  }

  /** Escapes a value for {@code .properties}: backslashes, line breaks and leading blanks only. */
  private static String escape(String v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case ' ', '\t' -> sb.append(sb.length() == 0 ? "\\" : "").append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
