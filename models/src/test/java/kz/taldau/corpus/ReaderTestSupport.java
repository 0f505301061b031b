package kz.taldau.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates the checked-in reader samples. */
final class ReaderTestSupport {
  private ReaderTestSupport() {}

  static Path sample(String name) {
    try {
      return Path.of(ReaderTestSupport.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad sample path " + name, e);
    }
  }
}
