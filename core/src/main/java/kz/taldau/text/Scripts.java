package kz.taldau.text;

/** Cheap script tests for the hot paths ({@code Character.UnicodeBlock.of} is a binary search per call). */
public final class Scripts {
  private Scripts() {}

  /** True for the Cyrillic and Cyrillic Supplement blocks (U+0400–U+052F), which hold all Kazakh letters. */
  public static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u052F';
  }
}
