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
      "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз",
      "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і",
  };
  private static final String[] PLURAL = {"лар", "лер", "дар", "дер", "тар", "тер"};
  private static final int MIN_STEM = 3;
  private static final String VOWELS = "аәеёиоөуұүыіэюя";
  private static final String VOICELESS = "пкқтсшфхцчщ";

  private KazakhSuffixStripper() {}

  /** The stem of a lower-case word; words of {@value #MIN_STEM} letters or fewer come back unchanged. */
  static String strip(String word) {
    int firstVowel = 0;
    while (firstVowel < word.length() && VOWELS.indexOf(word.charAt(firstVowel)) < 0) {
      firstVowel++;
    }
    String w = stripOne(word, CASE, firstVowel);
    w = stripOne(w, POSSESSIVE, firstVowel);
    return stripOne(w, PLURAL, firstVowel);
  }

  /** Strips the first fitting ending; the stem keeps {@value #MIN_STEM} letters and a vowel. */
  private static String stripOne(String w, String[] endings, int firstVowel) {
    for (String e : endings) {
      int cut = w.length() - e.length();
      if (cut >= MIN_STEM && firstVowel < cut && w.endsWith(e) && fits(e, w.charAt(cut - 1))) {
        return w.substring(0, cut);
      }
    }
    return w;
  }

  /**
   * Whether ending {@code e} can follow the letter {@code prev} (consonant assimilation): т/қ/к/п-endings
   * follow voiceless consonants, д/ғ/г/б-endings do not; н-endings of the possessive declension (нда, на,
   * нан) follow the possessive ы/і; сы/сі follows a vowel other than ы/і. Without these checks a bare
   * word would lose its own last letters (алматы is not алма + ты).
   */
  private static boolean fits(String e, char prev) {
    boolean voiceless = VOICELESS.indexOf(prev) >= 0;
    boolean vowel = VOWELS.indexOf(prev) >= 0;
    char first = e.charAt(0);
    switch (first) {
      case 'т', 'қ', 'к', 'п':
        return voiceless;
      case 'д', 'ғ', 'г', 'б', 'м':
        return !voiceless;
      case 'н':
        if (e.startsWith("нд") || e.equals("на") || e.equals("не")) {
          return prev == 'ы' || prev == 'і';
        }
        if (e.startsWith("на") || e.startsWith("не") || e.startsWith("ны") || e.startsWith("ні")) {
          // нан/нен and ның/нің also follow м, н, ң: Қазақстаннан, Қазақстанның.
          return vowel || (e.length() == 3 && (prev == 'м' || prev == 'н' || prev == 'ң'));
        }
        return vowel;
      case 'с':
        return vowel && prev != 'ы' && prev != 'і';
      case 'ы', 'і':
        return !vowel;
      default:
        return true;
    }
  }
}
