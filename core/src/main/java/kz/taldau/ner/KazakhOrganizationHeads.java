package kz.taldau.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.Sentence;
import kz.taldau.TextSpan;
import kz.taldau.Token;
import kz.taldau.internal.LexiconFile;

/**
 * Kazakh names an institution by a place followed by the institution in the possessive (izafet): Қызылорда
 * облысы әкімдігі, Қытай орталық радиосына. The model often tags only the place. This pass turns a LOC
 * mention that is directly followed by lower-case organization heads (the Kazakh words of the gazetteer's
 * {@code org-heads} list, inflected), the last of them possessive, into one ORG mention over both. Not when
 * the place is in the genitive (Алматының орталығы: the centre of Almaty) or either is a locative
 * adjective (-дағы: Таяу Шығыстағы миссиясы, орталығындағы).
 */
final class KazakhOrganizationHeads {
  /** The 3rd-person possessive, then at most one case ending: әкімдігі, радиосына, одағының, банкінде. */
  private static final Pattern POSSESSIVE = Pattern.compile(
      ".*(ы|і|сы|сі)(ның|нің|на|не|нда|нде|нан|нен|мен|н|ны|ні)?");
  /** The place in the genitive or as a locative adjective; the head as a locative adjective. */
  private static final Pattern EXCLUDED_PLACE =
      Pattern.compile(".*(ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі)");
  private static final Pattern EXCLUDED_HEAD = Pattern.compile(".*(дағы|дегі|тағы|тегі)");
  private static final int MAX_HEADS = 3;

  /** The inflected forms of the lower-case Kazakh words in org-heads.tsv (abbreviations left out). */
  private static final class Heads {
    static final Set<String> FORMS = load("kk", Language.KAZAKH);
  }

  private static Set<String> load(String tag, Language language) {
    Set<String> out = new HashSet<>();
    for (LexiconFile.Line line : LexiconFile.read(Gazetteer.class, "gazetteer/org-heads.tsv", 2, 2)) {
      String word = line.columns().get(1);
      if (line.columns().get(0).equals(tag) && !word.contains(" ") && word.equals(Stemmer.lower(word))) {
        out.addAll(Inflector.forms(word, language));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Generates the heads' forms now, so that a Kazakh tagger pays for them when it is made, not on its
   * first document. Returns how many there are.
   */
  static int prepare() {
    return Heads.FORMS.size();
  }

  static List<EntityMention> apply(Document doc, List<Sentence> sentences, List<EntityMention> found) {
    List<Token> tokens = doc.tokens();
    List<EntityMention> out = new ArrayList<>(found.size());
    for (EntityMention m : found) {
      if (m.type() != EntityType.LOC || EXCLUDED_PLACE.matcher(m.text()).matches()) {
        out.add(m);
        continue;
      }
      int next = doc.firstTokenAtOrAfter(m.end());
      int end = sentenceEnd(sentences, next);
      // The name ends at the last possessive head of the run (Қытай орталық радиосына).
      int last = -1;
      for (int i = next; i < end && i < next + MAX_HEADS; i++) {
        String f = tokens.get(i).form();
        if (f.isEmpty() || !Character.isLowerCase(f.charAt(0)) || !Heads.FORMS.contains(Stemmer.lower(f))
            || EXCLUDED_HEAD.matcher(f).matches()) {
          break;
        }
        if (POSSESSIVE.matcher(f).matches()) {
          last = i;
        }
      }
      if (last >= 0) {
        TextSpan span = new TextSpan(m.start(), tokens.get(last).end());
        out.add(OpenNlpEntityTagger.mention(doc, span, EntityType.ORG, m.score()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static int sentenceEnd(List<Sentence> sentences, int token) {
    for (Sentence s : sentences) {
      if (token >= s.firstToken() && token < s.endToken()) {
        return s.endToken();
      }
    }
    return token;
  }
}
