package kz.taldau.norm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kz.taldau.internal.LexiconFile;

/**
 * Strips Kazakh inflection from one word: the case ending (genitive, dative, accusative, locative,
 * ablative, instrumental, and the attributive -дағы/-дегі), then, for lower-case words, the possessive
 * and the plural ending. Suffixes are accepted only when they agree with the stem in vowel harmony and
 * consonant assimilation (Абайдың, Тоқаевтың, Қазақстанның; not *Қазақстандың), and a stem keeps at
 * least two letters with a vowel. Known bases that merely end like a suffix (Алматы, Қарағанды, Өскемен,
 * Канада…, from the bundled {@code kk-bases.txt}) are never stripped; a case ending after a hyphen is
 * cut there (АҚШ-тың → АҚШ). Words with digits, all-capital abbreviations and non-Cyrillic words are
 * returned whole.
 *
 * <p>Capitalized words lose only their case ending: the possessive of a name is part of it (Франция
 * Ұлттық ассамблеясы), and a plural-looking end of a name is usually not one (Мұхтар, Павлодар).
 *
 * <p>Stateless and thread-safe; {@link #stemLength} allocates nothing.
 */
public final class KazakhStemmer {
  private static final KazakhStemmer INSTANCE = new KazakhStemmer();

  // Classes of the letter before a suffix (consonant assimilation); P3 = a 3rd-person possessive stem.
  private static final int V = 1;
  private static final int W = 2;     // и, у: semivowels, both behaviours accepted
  private static final int L = 4;     // л
  private static final int RJ = 8;    // р, й (and ь, which follows л/р in loans: Меркель)
  private static final int NAS = 16;  // м, н, ң
  private static final int ZH = 32;   // ж, з
  private static final int VL = 64;   // voiceless, and б в г д, which are voiceless at a Kazakh word end
  private static final int P3 = 128;
  private static final int SON = L | RJ;
  private static final int VOICED = V | W | SON | NAS | ZH;

  private static final int NEUTRAL = 0;
  private static final int BACK = 1;
  private static final int FRONT = 2;

  /** One suffix: its lower-case letters, the letter classes it may follow, its harmony. */
  private record Suffix(String text, int after, int harmony) {}

  private static final Suffix[] CASES = sortByLength(
      // genitive
      back("ның", V | W | NAS | P3), front("нің", V | W | NAS | P3),
      back("дың", SON | ZH | W), front("дің", SON | ZH | W), back("тың", VL), front("тің", VL),
      // accusative (bare -н only after a possessive: ассамблеясын)
      back("ны", V | W), front("ні", V | W), back("ды", SON | NAS | ZH | W), front("ді", SON | NAS | ZH | W),
      back("ты", VL), front("ті", VL), new Suffix("н", P3, NEUTRAL),
      // dative
      back("ға", VOICED), front("ге", VOICED), back("қа", VL), front("ке", VL),
      back("на", P3), front("не", P3),
      // locative
      back("да", VOICED), front("де", VOICED), back("та", VL), front("те", VL),
      back("нда", P3), front("нде", P3),
      // ablative
      back("дан", V | W | SON | ZH), front("ден", V | W | SON | ZH),
      back("нан", NAS | P3), front("нен", NAS | P3),
      back("тан", VL), front("тен", VL),
      // instrumental (the м- form is also written after м, н, ң in news: Қазақстанмен)
      neutral("мен", V | W | SON | NAS | P3), neutral("бен", NAS | ZH), neutral("пен", VL),
      neutral("менен", V | W | SON | NAS | P3), neutral("бенен", NAS | ZH), neutral("пенен", VL),
      // attributive locative
      back("дағы", VOICED), front("дегі", VOICED), back("тағы", VL), front("тегі", VL),
      back("ндағы", P3), front("ндегі", P3));

  private static final Suffix[] POSSESSIVES = sortByLength(
      back("ымыз", VL | SON | NAS | ZH), front("іміз", VL | SON | NAS | ZH), back("мыз", V), front("міз", V),
      back("ыңыз", VL | SON | NAS | ZH), front("іңіз", VL | SON | NAS | ZH), back("ңыз", V), front("ңіз", V),
      back("ым", VL | SON | NAS | ZH), front("ім", VL | SON | NAS | ZH),
      back("ың", VL | SON | NAS | ZH), front("ің", VL | SON | NAS | ZH),
      back("ы", VL | SON | NAS | ZH), front("і", VL | SON | NAS | ZH), back("сы", V), front("сі", V));

  private static final Suffix[] PLURALS = sortByLength(
      back("лар", V | W | RJ), front("лер", V | W | RJ),
      back("дар", L | NAS | ZH), front("дер", L | NAS | ZH),
      back("тар", VL), front("тер", VL));

  /** Name endings that look like a case ending but belong to the name (Амангелді, Құдайберді). */
  private static final String[] PROTECTED_ENDINGS = {"гелді", "келді", "берді"};

  /** Lazy holder of the bundled known bases, as Lucene's DefaultSetHolder. */
  private static final class Bases {
    static final KeySet SET = load();

    private static KeySet load() {
      List<String> keys = new ArrayList<>();
      for (LexiconFile.Line line : LexiconFile.read(KazakhStemmer.class, "kk-bases.txt", 1, 1)) {
        keys.add(line.columns().get(0));
      }
      return new KeySet(keys);
    }
  }

  private KazakhStemmer() {}

  /** The shared instance. */
  public static KazakhStemmer getInstance() {
    return INSTANCE;
  }

  /**
   * {@code word} without its case, possessive and plural endings (see the class comment). When a
   * possessive starting with a vowel was removed, the consonant it had voiced is restored
   * (министрлігі → министрлік, кітабы → кітап); {@link #stemLength} gives the length of this stem.
   */
  public String stem(String word) {
    int n = stemLength(word);
    if (n < word.length() && n >= 2 && isPlainLowerWord(word, n)) {
      char next = word.charAt(n);
      char last = word.charAt(n - 1);
      if (next == 'ы' || next == 'і') {
        switch (last) {
          case 'г':
            return word.substring(0, n - 1) + 'к';
          case 'ғ':
            return word.substring(0, n - 1) + 'қ';
          case 'б':
            return word.substring(0, n - 1) + 'п';
          default:
            break;
        }
      }
    }
    return word.substring(0, n);
  }

  /** {@code word} without its case ending only: the base form of a name (Алматыда → Алматы). */
  public String stripCase(String word) {
    return word.substring(0, caseStemLength(word, 0, word.length(), false));
  }

  /** Length of the prefix of {@code word} that {@link #stem} returns; allocation-free. */
  public int stemLength(CharSequence word) {
    int end = caseStemLength(word, 0, word.length(), false);
    if (!isPlainLowerWord(word, end)) {
      return end;
    }
    int e = strip(word, 0, end, POSSESSIVES, true, false);
    return strip(word, 0, e, PLURALS, true, false);
  }

  /**
   * End of the base of {@code w[start, end)} once one case ending is removed, or {@code end}. With
   * {@code strictAccusative} the accusative -ды/-ді/-ты/-ті is removed only when what remains is a known
   * base, since place names often end in the adjectival -ды/-ті (Шортанды, Теректі).
   */
  int caseStemLength(CharSequence w, int start, int end, boolean strictAccusative) {
    if (end - start < 3 || hasDigit(w, start, end) || Letters.isAllCaps(w, start, end)) {
      return hyphenSuffix(w, start, end);
    }
    int hyphen = hyphenSuffix(w, start, end);
    if (hyphen != end) {
      return hyphen;
    }
    int lastHyphen = lastIndexOf(w, start, end, '-');
    int wordStart = lastHyphen >= 0 ? lastHyphen + 1 : start;
    if (!isCyrillicLetters(w, wordStart, end)) {
      return end;
    }
    if (isKnownBase(w, start, end)) {
      return end;
    }
    boolean lower = !Character.isUpperCase(w.charAt(wordStart));
    return strip(w, wordStart, end, CASES, lower, strictAccusative);
  }

  private static boolean isPlainLowerWord(CharSequence w, int end) {
    if (end == 0 || Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) || !Letters.isCyrillic(c)) {
        return false;
      }
    }
    return true;
  }

  /** A case ending written after a hyphen (АҚШ-тың, ЕО-ға, «Қазына»-ның): cut at the hyphen. */
  private static int hyphenSuffix(CharSequence w, int start, int end) {
    int h = lastIndexOf(w, start, end, '-');
    if (h <= start || h == end - 1) {
      return end;
    }
    int n = end - h - 1;
    for (Suffix s : CASES) {
      if (s.text.length() == n && Letters.endsWithIgnoreCase(w, end, s.text) && s.text.length() > 1) {
        return h;
      }
    }
    for (Suffix s : POSSESSIVES) {
      if (s.text.length() == n && Letters.endsWithIgnoreCase(w, end, s.text) && s.text.length() > 1) {
        return h;
      }
    }
    return end;
  }

  /** Removes the longest suffix of {@code table} that fits {@code w[start, end)}; returns the new end. */
  private static int strip(CharSequence w, int start, int end, Suffix[] table, boolean lower,
      boolean strictAccusative) {
    if (isKnownBase(w, start, end) || hasProtectedEnding(w, start, end)) {
      return end;
    }
    for (Suffix s : table) {
      int n = s.text.length();
      if (end - start - n < 2 || !Letters.endsWithIgnoreCase(w, end, s.text)) {
        continue;
      }
      int stemEnd = end - n;
      if (!hasVowel(w, start, stemEnd)) {
        continue;
      }
      boolean known = isKnownBase(w, start, stemEnd);
      if (!known && !fits(w, start, stemEnd, s, lower, strictAccusative)) {
        continue;
      }
      return stemEnd;
    }
    return end;
  }

  private static boolean fits(CharSequence w, int start, int stemEnd, Suffix s, boolean lower,
      boolean strictAccusative) {
    char prev = Letters.lower(w.charAt(stemEnd - 1));
    // a soft sign in a loan takes the class of the letter before it (Уханьнан, Шольдің)
    int cls = prev == 'ь' && stemEnd - start >= 2 ? letterClass(Letters.lower(w.charAt(stemEnd - 2)))
        : letterClass(prev);
    if (s.text.length() == 1 && s.after == P3) {
      // bare accusative -н: only after -сы/-сі, or after -ы/-і in a lower-case word (not Байтұрсын)
      if (!isPossessive3(w, start, stemEnd, lower)) {
        return false;
      }
    } else if ((s.after & cls) == 0 && !((s.after & P3) != 0 && isPossessive3(w, start, stemEnd, true))) {
      return false;
    }
    if (s.harmony != NEUTRAL) {
      int h = harmony(w, start, stemEnd);
      if (h != NEUTRAL && h != s.harmony) {
        return false;
      }
    }
    if (strictAccusative && isConsonantAccusative(s) && !endsWith(w, start, stemEnd, "стан")) {
      return false;
    }
    // -сы/-сі after ы/і: облыс+ы, жұмыс+ы, not облы+сы; but басшы+сы (agent nouns in -шы/-ші)
    if ((s.text.equals("сы") || s.text.equals("сі")) && (prev == 'ы' || prev == 'і')
        && !(stemEnd - start >= 3 && Letters.lower(w.charAt(stemEnd - 2)) == 'ш')) {
      return false;
    }
    // -тан/-тен after с: the -стан of Қазақстан, Өзбекстан, Пәкістан, unless the stem is known (Таластан)
    if ((s.text.equals("тан") || s.text.equals("тен")) && prev == 'с') {
      return false;
    }
    return true;
  }

  private static boolean isConsonantAccusative(Suffix s) {
    switch (s.text) {
      case "ды":
      case "ді":
      case "ты":
      case "ті":
        return true;
      default:
        return false;
    }
  }

  /** The stem ends in a 3rd-person possessive: -сы/-сі after a vowel, or -ы/-і after a consonant. */
  private static boolean isPossessive3(CharSequence w, int start, int stemEnd, boolean allowBare) {
    if (stemEnd - start < 3) {
      return false;
    }
    char last = Letters.lower(w.charAt(stemEnd - 1));
    if (last != 'ы' && last != 'і') {
      return false;
    }
    char before = Letters.lower(w.charAt(stemEnd - 2));
    if (before == 'с' && Letters.isVowel(w.charAt(stemEnd - 3))) {
      return true;
    }
    return allowBare && Letters.isConsonant(before);
  }

  private static int letterClass(char c) {
    switch (c) {
      case 'и':
      case 'у':
        return W;
      case 'л':
        return L;
      case 'р':
      case 'й':
      case 'ь':
        return RJ;
      case 'м':
      case 'н':
      case 'ң':
        return NAS;
      case 'ж':
      case 'з':
        return ZH;
      default:
        if (Letters.isVowel(c)) {
          return V;
        }
        return Letters.isConsonant(c) ? VL : 0;
    }
  }

  /**
   * Harmony of the stem from its last vowel; и, у, ю (ambiguous in loans and after vowels) give neutral.
   * Also neutral: stems in к/г, which take front endings in loans (банкке), in ь (Шольдің), and surnames
   * in -ов/-ев, whose endings follow the root (Тоқаевтың, Әуезовтің).
   */
  private static int harmony(CharSequence w, int start, int end) {
    char last = Letters.lower(w.charAt(end - 1));
    if (last == 'к' || last == 'г' || last == 'ь') {
      return NEUTRAL;
    }
    if (last == 'в' && end - start >= 3) {
      char v = Letters.lower(w.charAt(end - 2));
      if (v == 'о' || v == 'е' || v == 'ё') {
        return NEUTRAL;
      }
    }
    for (int i = end - 1; i >= start; i--) {
      char c = Letters.lower(w.charAt(i));
      if (Letters.isBackVowel(c)) {
        return BACK;
      }
      if (Letters.isFrontVowel(c)) {
        return FRONT;
      }
      if (c == 'и' || c == 'у' || c == 'ю') {
        return NEUTRAL;
      }
    }
    return NEUTRAL;
  }

  private static boolean endsWith(CharSequence w, int start, int end, String suffix) {
    return end - start > suffix.length() && Letters.endsWithIgnoreCase(w, end, suffix);
  }

  private static boolean hasDigit(CharSequence w, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVowel(CharSequence w, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Letters.isVowel(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCyrillicLetters(CharSequence w, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) || !Letters.isCyrillic(c)) {
        return false;
      }
    }
    return end > start;
  }

  private static boolean hasProtectedEnding(CharSequence w, int start, int end) {
    for (String p : PROTECTED_ENDINGS) {
      if (end - start > p.length() && Letters.endsWithIgnoreCase(w, end, p)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code w[start, end)} is one of the bundled known bases (any letter case). */
  static boolean isKnownBase(CharSequence w, int start, int end) {
    return end - start >= 2 && Bases.SET.contains(w, start, end);
  }

  private static int lastIndexOf(CharSequence w, int start, int end, char c) {
    for (int i = end - 1; i >= start; i--) {
      if (w.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static Suffix back(String text, int after) {
    return new Suffix(text, after, BACK);
  }

  private static Suffix front(String text, int after) {
    return new Suffix(text, after, FRONT);
  }

  private static Suffix neutral(String text, int after) {
    return new Suffix(text, after, NEUTRAL);
  }

  private static Suffix[] sortByLength(Suffix... suffixes) {
    Suffix[] copy = suffixes.clone();
    Arrays.sort(copy, Comparator.comparingInt((Suffix s) -> -s.text.length()));
    return copy;
  }
}
