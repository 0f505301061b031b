package kz.taldau.fact;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lemmas of counted nouns: Russian nominative singular, Kazakh bare stem. Known nouns come from the
 * lexicon; the rest are guessed from their endings and from the number that governs them (after 5 a
 * Russian noun is genitive plural, after 2–4 genitive singular, after 1 nominative).
 */
final class Lemmas {
  private static final String[] RU_ENDINGS = {
    "иями", "ями", "ами", "иях", "ием", "ией", "ах", "ях", "ов", "ев", "ей", "ий", "ия", "ие", "ию", "ии",
    "ой", "ом", "ем", "ам", "ям", "ью", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"
  };
  private static final Pattern KK_CASE = Pattern.compile(
      "(.{2,}?)(дағы|дегі|тағы|тегі|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|да|де|та|те"
          + "|ды|ді|ты|ті|ны|ні|мен|бен|пен)");
  private static final Pattern KK_POSSESSIVE_CASE = Pattern.compile("(.{2,}[ыі])(на|не|нда|нде|нан|нен|н)");

  private static final Pattern HEAD =
      Pattern.compile("(.+?)(?:с?[ыі])(?:ның|нің|на|не|нда|нде|нан|нен|н|мен)?");

  private Lemmas() {}

  /** The stem a Russian noun shares with its lemma: the word without its longest case ending. */
  static String russianKey(String lower) {
    for (String e : RU_ENDINGS) {
      if (lower.endsWith(e) && lower.length() - e.length() >= 3) {
        return lower.substring(0, lower.length() - e.length());
      }
    }
    return lower;
  }

  /** How a Russian numeral governs its noun: 1 → nominative, 2–4 and fractions → gen. sg., else gen. pl. */
  enum Agreement { ONE, FEW, MANY }

  static Agreement agreement(BigDecimal value) {
    if (value.stripTrailingZeros().scale() > 0) {
      return Agreement.FEW;
    }
    BigDecimal[] qr = value.divideAndRemainder(BigDecimal.valueOf(100));
    int mod100 = qr[1].intValue();
    int mod10 = mod100 % 10;
    if (mod100 >= 11 && mod100 <= 14) {
      return Agreement.MANY;
    }
    if (mod10 == 1) {
      return Agreement.ONE;
    }
    return mod10 >= 2 && mod10 <= 4 ? Agreement.FEW : Agreement.MANY;
  }

  /** The Russian lemma of {@code lower}, a noun after a number. */
  static String russian(FactLexicon lx, String lower, BigDecimal number) {
    String known = lx.russianNouns.get(russianKey(lower));
    if (known != null) {
      return known;
    }
    int n = lower.length();
    if (n < 3) {
      return lower;
    }
    Agreement a = agreement(number);
    if (lower.endsWith("ых") || lower.endsWith("их")) {
      // a substantivized adjective or participle: пострадавших → пострадавший
      String stem = lower.substring(0, n - 2);
      char last = stem.charAt(stem.length() - 1);
      return stem + ("гкхжшщч".indexOf(last) >= 0 || lower.endsWith("их") ? "ий" : "ый");
    }
    if (a == Agreement.ONE) {
      return lower;
    }
    if (lower.endsWith("ов")) {
      return lower.substring(0, n - 2);
    }
    if (lower.endsWith("ев")) {
      return lower.substring(0, n - 2) + "й";
    }
    if (lower.endsWith("ей")) {
      char prev = lower.charAt(n - 3);
      return lower.substring(0, n - 2) + ("жшчщ".indexOf(prev) >= 0 ? "" : "ь");
    }
    if (lower.endsWith("ий")) {
      char prev = lower.charAt(n - 3);
      return lower.substring(0, n - 2) + ("нт".indexOf(prev) >= 0 ? "ие" : "ия");
    }
    if (lower.endsWith("ии")) {
      return lower.substring(0, n - 2) + "ия";
    }
    if (lower.endsWith("ия")) {
      return lower.substring(0, n - 2) + "ие";
    }
    if (lower.endsWith("ы")) {
      return lower.substring(0, n - 1) + "а";
    }
    if (lower.endsWith("и")) {
      char prev = lower.charAt(n - 2);
      return lower.substring(0, n - 1) + ("гкхжшщч".indexOf(prev) >= 0 ? "а" : "ь");
    }
    if (lower.endsWith("а")) {
      return lower.substring(0, n - 1);
    }
    if (lower.endsWith("я")) {
      return lower.substring(0, n - 1) + "ь";
    }
    char last = lower.charAt(n - 1);
    if (a == Agreement.MANY && "аеёиоуыэюяьй".indexOf(last) < 0) {
      return lower + "а"; // feminine genitive plural without ending: стран → страна
    }
    return lower;
  }

  /** «пункті» → «пункт», «орнының» → «орн»: a compound head without its possessive and case endings. */
  static String withoutPossessive(String w) {
    Matcher m = HEAD.matcher(w);
    return m.matches() && m.group(1).length() >= 2 ? m.group(1) : w;
  }

  /** The Kazakh stem of {@code lower}, a noun after a number. */
  static String kazakh(FactLexicon lx, String lower) {
    PhraseTable.Match<String> m = lx.kazakhNouns.longest(java.util.List.of(Tok.word(lower)), 0);
    if (m != null) {
      return m.value();
    }
    Matcher pc = KK_POSSESSIVE_CASE.matcher(lower);
    if (pc.matches()) {
      return pc.group(1);
    }
    Matcher c = KK_CASE.matcher(lower);
    if (c.matches() && (c.group(1).length() >= 3 || c.group(2).length() >= 3)) {
      return c.group(1);
    }
    return lower;
  }
}
