package kz.taldau.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kz.taldau.Language;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The feature descriptor of Taldau's name finders and the registration of its generator classes with
 * OpenNLP, which since 2.5 instantiates only classes from allowed packages named in the model's XML.
 */
public final class NerFeatures {
  private static final String DESCRIPTOR = "ner-features.xml";

  static {
    // OpenNLP's ExtensionLoader refuses classes outside its allow-list; ours are in this package only.
    ExtensionLoader.registerAllowedPackage(NerFeatures.class.getPackageName());
  }

  private NerFeatures() {}

  /** Allows OpenNLP to instantiate the generators of this package; idempotent and thread-safe. */
  public static void register() {
    // The work is done once by the static initializer.
  }

  /** The bundled feature descriptor for {@code language} ({@code ${language}} replaced), UTF-8 bytes. */
  public static byte[] descriptor(Language language) {
    return descriptor(readBundled(DESCRIPTOR), language);
  }

  /**
   * Another bundled descriptor of this package, e.g. {@code ner-features-ru.xml}, for {@code language}
   * ({@code ${language}} replaced), UTF-8 bytes.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public static byte[] bundledDescriptor(String name, Language language) {
    if (!name.matches("[A-Za-z0-9._-]+\\.xml")) {
      throw new IllegalArgumentException("a bundled feature descriptor is a file name ending in .xml: '"
          + name + "'");
    }
    if (NerFeatures.class.getResource(name) == null) {
      throw new IllegalArgumentException("no bundled feature descriptor '" + name + "' in taldau-core");
    }
    return descriptor(readBundled(name), language);
  }

  /** Replaces {@code ${language}} in a descriptor with the tag of {@code language}. */
  public static byte[] descriptor(String xml, Language language) {
    if (language == Language.OTHER) {
      throw new IllegalArgumentException("feature descriptors exist for kk and ru, not " + language.tag());
    }
    return xml.replace("${language}", language.tag()).getBytes(StandardCharsets.UTF_8);
  }

  private static String readBundled(String name) {
    try (InputStream in = NerFeatures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing: it is part of the taldau-core jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
