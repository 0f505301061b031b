package kz.taldau.model;

import java.util.Arrays;

/** Compares Maven versions by their numeric part; a qualifier such as {@code -SNAPSHOT} is ignored. */
final class LibraryVersions {
  private LibraryVersions() {}

  /**
   * The numeric components of {@code version}: {@code 0.1.0-SNAPSHOT} gives {@code [0, 1, 0]}.
   *
   * @throws IllegalArgumentException if the version does not start with digits separated by dots
   */
  static int[] parse(String version) {
    String v = version.trim();
    int dash = v.indexOf('-');
    String numeric = dash >= 0 ? v.substring(0, dash) : v;
    if (!numeric.matches("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}")) {
      throw new IllegalArgumentException("invalid library version '" + version + "'");
    }
    return Arrays.stream(numeric.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }

  /** Compares two versions component by component, missing components counting as 0. */
  static int compare(String a, String b) {
    int[] x = parse(a);
    int[] y = parse(b);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
