package kz.taldau.text;

/**
 * Replaces lone surrogates and C0/C1 control characters (other than tab, line feed and carriage return)
 * by U+FFFD, one for one, so offsets never move. Stateless.
 */
public final class InputSanitizer {
  public static final char REPLACEMENT = '\uFFFD';

  private InputSanitizer() {}

  /** Returns {@code text} itself when nothing needs replacing, else a copy with replacements. */
  public static String sanitize(String text) {
    char[] chars = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      bad = Character.isSurrogate(c) || isControl(c);
      if (bad) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = REPLACEMENT;
      }
    }
    return chars == null ? text : new String(chars);
  }

  static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  /** Replaces lone surrogates in place. */
  static void replaceLoneSurrogates(char[] chars) {
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        chars[i] = REPLACEMENT;
      }
    }
  }
}
