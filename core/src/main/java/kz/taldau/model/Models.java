package kz.taldau.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.CRC32;
import kz.taldau.Language;
import kz.taldau.LibraryVersion;
import kz.taldau.ner.NerFeatures;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Loads models and checks them before use, as OpenNLP's {@code BaseModel.validateArtifactMap} does: the
 * manifest (id, component, format, language), then the checksum of the model file (its CRC-32 when the
 * manifest gives one, else its sha256; the entries inside the model's zip are CRC-checked again as they
 * are read), then the supported library version range. Every failure is a {@link ModelLoadException} naming the model and the values.
 */
public final class Models {
  private Models() {}

  /** Loads a name finder model from the classpath of {@code Models}' class loader. */
  public static NerModel loadNameFinder(ModelId id, Language language) {
    return loadNameFinder(id, language, Models.class.getClassLoader());
  }

  /**
   * Loads a name finder model {@code kz/taldau/models/ner/<lang>-<domain>-v<N>.bin} and its manifest from
   * {@code loader}.
   *
   * @throws ModelLoadException if the model is missing or fails a check
   */
  public static NerModel loadNameFinder(ModelId id, Language language, ClassLoader loader) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(loader, "loader");
    String base = id.resourceDirectory() + "/" + id.baseName();
    byte[] manifest = readResource(loader, base + ".properties", id);
    byte[] bin = readResource(loader, base + ".bin", id);
    return check(id, language, manifest, bin, "classpath:" + base);
  }

  /**
   * Loads a name finder model written by {@code taldau train}: {@code <dir>/<lang>-<domain>-v<N>.bin} and
   * its {@code .properties} manifest.
   *
   * @throws ModelLoadException if the files are missing or fail a check
   */
  public static NerModel loadNameFinder(Path directory, ModelId id, Language language) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Path manifest = directory.resolve(id.baseName() + ".properties");
    Path bin = directory.resolve(id.baseName() + ".bin");
    return check(id, language, readFile(manifest, id), readFile(bin, id), directory.resolve(id.baseName())
        .toString());
  }

  /** The lower-case hex sha256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The CRC-32 of {@code bytes} as 8 lower-case hex digits. */
  public static String crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /** The lower-case hex sha256 of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }

  /** Parses the manifest bytes; {@code source} names them in errors. */
  public static ModelManifest parseManifest(byte[] bytes, String source) {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new ModelLoadException(source + ": unreadable manifest: " + e.getMessage(), e);
    }
    return ModelManifest.fromProperties(p, source);
  }

  private static NerModel check(ModelId id, Language language, byte[] manifestBytes, byte[] bin,
      String source) {
    ModelManifest m = parseManifest(manifestBytes, source + ".properties");
    if (!m.id().equals(id)) {
      throw new ModelLoadException("model " + id + ": manifest " + source + ".properties is for " + m.id());
    }
    if (!ModelManifest.COMPONENT_NER.equals(m.component())) {
      throw new ModelLoadException("model " + id + " is a '" + m.component() + "' model, not a '"
          + ModelManifest.COMPONENT_NER + "' model");
    }
    if (!ModelManifest.FORMAT_OPENNLP_NAMEFINDER.equals(m.format())) {
      throw new ModelLoadException("model " + id + " has format '" + m.format() + "', expected '"
          + ModelManifest.FORMAT_OPENNLP_NAMEFINDER + "'");
    }
    if (!m.language().equals(language.tag()) || !id.language().equals(language.tag())) {
      throw new ModelLoadException("model " + id + " is for language '" + m.language() + "', not '"
          + language.tag() + "'");
    }
    // The CRC-32 when the manifest has one: it catches a model file that is not the manifest's as surely
    // in practice, in a millisecond (the JDK computes it natively), where the sha256 of a megabyte costs a
    // tenth of a second in a JVM that has not compiled its SHA code yet.
    if (!m.crc32().isEmpty()) {
      String actual = crc32(bin);
      if (!actual.equals(m.crc32())) {
        throw new ModelLoadException("model " + id + ": checksum mismatch for " + source
            + ".bin: manifest crc32 " + m.crc32() + ", file crc32 " + actual);
      }
    } else {
      String actual = sha256(bin);
      if (!actual.equals(m.sha256())) {
        throw new ModelLoadException("model " + id + ": checksum mismatch for " + source
            + ".bin: manifest sha256 "
            + m.sha256() + ", file sha256 " + actual);
      }
    }
    String lib = LibraryVersion.get();
    if (LibraryVersions.compare(lib, m.libraryVersionMin()) < 0
        || LibraryVersions.compare(lib, m.libraryVersionMaxExclusive()) >= 0) {
      throw new ModelLoadException("model " + id + " supports taldau [" + m.libraryVersionMin() + ", "
          + m.libraryVersionMaxExclusive() + "), this library is " + lib);
    }
    TokenNameFinderModel model;
    // The model's feature XML names Taldau's generator classes, which OpenNLP instantiates only when
    // their package is allowed.
    NerFeatures.register();
    try {
      model = PerceptronReader.nameFinderModel(new ByteArrayInputStream(bin));
    } catch (IOException | RuntimeException e) {
      // OpenNLP reports bad artifacts with IOException subtypes or unchecked exceptions from reflection.
      throw new ModelLoadException("model " + id + ": cannot read " + source + ".bin: " + e.getMessage(), e);
    }
    if (!language.tag().equals(model.getLanguage())) {
      throw new ModelLoadException("model " + id + ": the OpenNLP model inside is for language '"
          + model.getLanguage() + "', not '" + language.tag() + "'");
    }
    return new NerModel(m, model);
  }

  private static byte[] readResource(ClassLoader loader, String path, ModelId id) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new ModelLoadException("model " + id + " not found: no classpath resource " + path
            + " (is the taldau-models jar on the classpath?)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ModelLoadException("model " + id + ": cannot read classpath resource " + path, e);
    }
  }

  private static byte[] readFile(Path file, ModelId id) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ModelLoadException("model " + id + " not found: no file " + file);
    } catch (IOException e) {
      throw new ModelLoadException("model " + id + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
