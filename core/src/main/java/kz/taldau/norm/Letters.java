package kz.taldau.norm;

import java.util.Locale;

/**
 * Letter classes of Kazakh and Russian Cyrillic, and small string helpers shared by the normalizers.
 * Table lookups only: nothing here allocates.
 */
final class Letters {
  private Letters() {}

  private static final String VOWELS = "аәеёиоөуұүыіэюя";
  private static final String BACK_VOWELS = "аоұыяё";
  private static final String FRONT_VOWELS = "әеөүіэ";

  // Lookup tables over the Cyrillic block (U+0400..U+04FF), lower and upper case alike.
  private static final int BASE = 0x0400;
  private static final byte[] CLASS = new byte[0x100];
  private static final byte VOWEL = 1;
  private static final byte BACK = 2;
  private static final byte FRONT = 4;

  static {
    for (char c : VOWELS.toCharArray()) {
      mark(c, VOWEL);
    }
    for (char c : BACK_VOWELS.toCharArray()) {
      mark(c, BACK);
    }
    for (char c : FRONT_VOWELS.toCharArray()) {
      mark(c, FRONT);
    }
  }

  private static void mark(char c, byte bit) {
    CLASS[c - BASE] |= bit;
    CLASS[Character.toUpperCase(c) - BASE] |= bit;
  }

  private static boolean has(char c, byte bit) {
    int i = c - BASE;
    return i >= 0 && i < CLASS.length && (CLASS[i] & bit) != 0;
  }

  /** Lower case of one char without Locale lookups (Cyrillic incl. Kazakh letters, Latin). */
  static char lower(char c) {
    return Character.toLowerCase(c);
  }

  static boolean isVowel(char c) {
    return has(c, VOWEL);
  }

  static boolean isBackVowel(char c) {
    return has(c, BACK);
  }

  static boolean isFrontVowel(char c) {
    return has(c, FRONT);
  }

  /** A character of the Cyrillic block (U+0400..U+04FF), where all Kazakh and Russian letters are. */
  static boolean isCyrillic(char c) {
    return c >= 0x0400 && c <= 0x04FF;
  }

  /** A Cyrillic consonant letter: not a vowel, not й, ь, ъ. */
  static boolean isConsonant(char c) {
    if (!isCyrillic(c) || !Character.isLetter(c) || has(c, VOWEL)) {
      return false;
    }
    char l = lower(c);
    return l != 'й' && l != 'ь' && l != 'ъ';
  }

  /** True when {@code w} ends with {@code suffix} (lower case), comparing case-insensitively. */
  static boolean endsWithIgnoreCase(CharSequence w, int end, String suffix) {
    int n = suffix.length();
    if (end < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (lower(w.charAt(end - n + i)) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code w[start, end)} has at least two letters and no lower-case letter (РК, ЮНЕСКО). */
  static boolean isAllCaps(CharSequence w, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Number of upper-case letters in {@code w}. */
  static int upperCount(CharSequence w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static boolean hasDigit(CharSequence w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when every letter of {@code w} is Cyrillic and there is at least one letter. */
  static boolean isCyrillicWord(CharSequence w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!isCyrillic(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0;
  }

  /** Opening or closing punctuation that may wrap a word: quotes, brackets, commas, colons. */
  static boolean isWrapper(char c) {
    return "«»\"“”„‟'‘’()[]{},;:!?".indexOf(c) >= 0;
  }

  /** Number of wrapper characters ({@link #isWrapper}) at the start of {@code s}. */
  static int leadingWrappers(String s) {
    int a = 0;
    while (a < s.length() && isWrapper(s.charAt(a))) {
      a++;
    }
    return a;
  }

  /** Index after the last character of {@code s} that is not a trailing wrapper, at least {@code from}. */
  static int trailingWrappersStart(String s, int from) {
    int z = s.length();
    while (z > from && isWrapper(s.charAt(z - 1))) {
      z--;
    }
    return z;
  }

  /** Lower-cases {@code s} and maps ё to е, the key form of the lexicons. */
  static String key(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = lower(s.charAt(i));
      b.append(c == 'ё' ? 'е' : c);
    }
    return b.toString();
  }

  /**
   * {@code stem} followed by {@code ending} in the letter case of the stem: upper-case when the stem is
   * all capitals of two letters or more (ИВАНОВА → ИВАНОВ), else as given.
   */
  static String join(String stem, String ending) {
    if (ending.isEmpty()) {
      return stem;
    }
    if (isAllCaps(stem, 0, stem.length())) {
      return stem + ending.toUpperCase(Locale.ROOT);
    }
    return stem + ending;
  }
}
