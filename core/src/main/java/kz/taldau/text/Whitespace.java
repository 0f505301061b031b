package kz.taldau.text;

/** Whitespace as Taldau treats it in names and values: Java whitespace plus Unicode space characters. */
public final class Whitespace {
  private Whitespace() {}

  /** True for Java whitespace and Unicode space separators (NBSP and narrow NBSP included). */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@code s} with runs of whitespace (NBSP included) replaced by one space, trimmed. */
  public static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = b.length() > 0;
      } else {
        if (pendingSpace) {
          b.append(' ');
          pendingSpace = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
