package kz.taldau.lang;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.taldau.Language;
import kz.taldau.Token;
import kz.taldau.TokenKind;
import kz.taldau.text.Scripts;

/**
 * Kazakh / Russian / other from letters and function words. Kazakh Cyrillic has nine letters Russian
 * lacks (ә ғ қ ң ө ұ ү һ і) and one word in two or three carries one; Russian has frequent short function
 * words (и, в, на, что…) that Kazakh lacks, and vice versa (және, мен, бұл…). Text whose letters are
 * mostly not Cyrillic is {@link Language#OTHER}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScriptLanguageIdentifier implements LanguageIdentifier {
  private static final ScriptLanguageIdentifier INSTANCE = new ScriptLanguageIdentifier();

  private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
  private static final String RUSSIAN_ONLY_LETTERS = "ёъщэЁЪЩЭ";

  private static final Set<String> KAZAKH_WORDS = Set.of(
      "және", "мен", "бен", "пен", "үшін", "бұл", "осы", "сол", "деп", "деді", "бойынша", "жылы", "болып",
      "емес", "бар", "жоқ", "оның", "олар", "біз", "ол", "де", "ма", "ме", "ба", "бе",
      "па", "пе", "ал", "бірақ", "сондай", "арқылы", "туралы", "кейін", "дейін", "бері", "шейін", "сияқты",
      "тиіс", "керек", "еді", "екен", "қазір", "жыл", "жылдың", "сала", "ел", "елде", "бір", "екі", "үш",
      "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "жүз", "мың", "тағы", "әрі", "немесе",
      // forms of бол- (be), де- (say) and the auxiliaries, written without Kazakh letters
      "болды", "болады", "болса", "болсын", "болатын", "деген", "жатыр", "отыр", "алып", "неге", "олай",
      "мынау", "содан", "сонда");
  /**
   * Endings of Kazakh verb forms that no Russian word has: 1st and 2nd person (-мыз, -сыз: жатырмыз,
   * ойлайсыз) and the converb in -ып (айтып, алып).
   */
  private static final String[] KAZAKH_ENDINGS = {"мыз", "сыз", "ып"};
  private static final Set<String> RUSSIAN_WORDS = Set.of(
      "и", "в", "во", "на", "что", "с", "со", "по", "для", "это", "как", "от", "из", "о", "об", "к",
      "ко", "за", "у", "же", "бы", "но", "а", "или", "года", "году", "был", "была", "были", "было", "будет",
      "его", "ее", "её", "их", "он", "она", "они", "мы", "который", "которые", "также", "при", "после",
      "до", "между", "через", "более", "так", "все", "всех", "только", "уже", "еще", "ещё", "этого",
      "этом", "этой", "том", "того", "чем", "если", "где", "когда", "сообщил", "отметил", "является");

  private static boolean hasKazakhEnding(String lower) {
    for (String e : KAZAKH_ENDINGS) {
      if (lower.length() >= e.length() + 2 && lower.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  public static ScriptLanguageIdentifier getInstance() {
    return INSTANCE;
  }

  private ScriptLanguageIdentifier() {}

  @Override
  public LanguageGuess identify(List<Token> tokens) {
    int cyrillic = 0;
    int other = 0;
    double kk = 0;
    double ru = 0;
    for (Token t : tokens) {
      if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.SUFFIX) {
        continue;
      }
      String f = t.form();
      int cyr = 0;
      boolean kkLetter = false;
      boolean ruLetter = false;
      for (int i = 0; i < f.length(); i++) {
        char c = f.charAt(i);
        if (!Character.isLetter(c)) {
          continue;
        }
        if (Scripts.isCyrillic(c)) {
          cyr++;
          if (KAZAKH_LETTERS.indexOf(c) >= 0) {
            kkLetter = true;
          } else if (RUSSIAN_ONLY_LETTERS.indexOf(c) >= 0) {
            ruLetter = true;
          }
        } else {
          other++;
        }
      }
      if (cyr == 0) {
        continue;
      }
      cyrillic += cyr;
      String lower = f.toLowerCase(Locale.ROOT);
      if (kkLetter) {
        kk += 1;
      } else if (ruLetter) {
        ru += 0.7;
      } else if (hasKazakhEnding(lower)) {
        kk += 0.7;
      } else {
        ru += 0.12;
      }
      if (KAZAKH_WORDS.contains(lower)) {
        kk += 1.5;
      }
      if (RUSSIAN_WORDS.contains(lower)) {
        ru += 1.5;
      }
    }
    int letters = cyrillic + other;
    if (letters == 0) {
      return new LanguageGuess(Language.OTHER, 0, 0);
    }
    double margin = Math.abs(kk - ru);
    // Mostly Latin: other, unless the Cyrillic words around the Latin titles are clearly one language
    // ("… синглами «Talk Talk», «It's My Life» и …").
    if (other > cyrillic && (cyrillic < 0.15 * letters || margin < 1.5)) {
      return new LanguageGuess(Language.OTHER, other / (double) letters, letters);
    }
    Language lang = kk > ru ? Language.KAZAKH : Language.RUSSIAN;
    // Each unit of margin is about one Kazakh-letter word or two thirds of a function word.
    double confidence = (0.5 + 0.5 * (1 - Math.exp(-margin))) * Math.max(0.5, cyrillic / (double) letters);
    return new LanguageGuess(lang, Math.max(0, Math.min(1, confidence)), letters);
  }
}
