package kz.taldau.fact;

import java.util.regex.Pattern;

/**
 * Kazakh inflectional endings (plural, possessive, case, and the -ғы/-дай/-лық derivations) as one
 * precompiled pattern, so that a lexicon stem such as {@code теңге+} also matches теңгені, теңгеден,
 * теңгесіне. Vowel harmony is not checked: the stems are known words, the endings only need to exist.
 */
final class KazakhEndings {
  private static final String PLURAL = "(?:лар|лер|дар|дер|тар|тер)";
  private static final String POSSESSIVE =
      "(?:ымыз|іміз|мыз|міз|ыңыз|іңіз|ңыз|ңіз|ың|ің|ң|ым|ім|м|сы|сі|ы|і)";
  private static final String CASE = "(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|н|ға|ге|қа|ке|на|не|а|е"
      + "|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|менен|бенен|пенен|мен|бен|пен|ша|ше)";
  private static final String DERIVED = "(?:ғы|гі|қы|кі|дай|дей|тай|тей|лық|лік|дық|дік|тық|тік|лы|лі)";
  private static final Pattern CHAIN = Pattern.compile(PLURAL + "?" + POSSESSIVE + "?" + CASE + "?" + DERIVED
      + "?" + POSSESSIVE + "?" + CASE + "?");

  private KazakhEndings() {}

  /** True when {@code word.substring(from)} is empty or a chain of Kazakh endings. */
  static boolean isEnding(String word, int from) {
    if (from >= word.length()) {
      return true;
    }
    if (word.length() - from > 14) {
      return false;
    }
    return CHAIN.matcher(word).region(from, word.length()).matches();
  }
}
