package kz.taldau.ner;

/**
 * Strips Kazakh case, possessive and plural endings from a lower-case word form, in that order and at
 * most one ending of each kind (алматыда → алматы, қазақстанның → қазақстан, балаларымызда → бала). It
 * is a feature and matching key, not a lemmatizer: it only has to map the forms of one word to one
 * string. Stateless and thread-safe; changing its rules changes the features of trained models.
 */
final class KazakhSuffixStripper {
  /** Case endings, longest first within each group so that the longest matching ending wins. */
  private static final String[] CASE = {
      "ындағы", "індегі", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
      "ның", "нің", "дың", "дің", "тың", "тің",
      "нан", "нен", "дан", "ден", "тан", "тен",
      "мен", "бен", "пен",
      "нда", "нде", "да", "де", "та", "те",
      "ға", "ге", "қа", "ке", "на", "не",
      "ны", "ні", "ды", "ді", "ты", "ті",
  };
  private static final String[] POSSESSIVE = {
      "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз", "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і",
  };
  private static final String[] PLURAL = {"лар", "лер", "дар", "дер", "тар", "тер"};
  private static final int MIN_STEM = 3;

  private KazakhSuffixStripper() {}

  /** The stem of a lower-case word; words of {@value #MIN_STEM} letters or fewer come back unchanged. */
  static String strip(String word) {
    String w = stripOne(word, CASE);
    w = stripOne(w, POSSESSIVE);
    return stripOne(w, PLURAL);
  }

  private static String stripOne(String w, String[] endings) {
    for (String e : endings) {
      if (w.length() - e.length() >= MIN_STEM && w.endsWith(e) && hasVowel(w, w.length() - e.length())) {
        return w.substring(0, w.length() - e.length());
      }
    }
    return w;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if ("аәеёиоөуұүыіэюя".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
