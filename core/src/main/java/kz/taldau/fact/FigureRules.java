package kz.taldau.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.taldau.Language;
import kz.taldau.fact.FactLexicon.BoundWord;
import kz.taldau.fact.FactLexicon.ChangeKind;
import kz.taldau.fact.FactLexicon.ChangeWord;
import kz.taldau.fact.FactLexicon.StopKind;
import kz.taldau.fact.NumberReader.Num;

/**
 * Turns the numbers of one sentence into MONEY, PERCENT, RATIO and QUANTITY figures: the word after the
 * number decides the type (a currency, %, раз/есе, a counted noun), the words around it the bound, the
 * governing verb or noun the change, and the nearest cue word the indicator.
 */
final class FigureRules {
  private static final int CHANGE_WINDOW = 8;
  private static final int INDICATOR_BACK = 16;
  private static final int INDICATOR_AHEAD = 6;

  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile(".+?(?:с?[ыі])(?:ның|нің|на|не|нда|нде|нан|нен|н|мен)?");

  private final FactLexicon lx;
  private final NumberReader numbers;

  FigureRules(FactLexicon lx, NumberReader numbers) {
    this.lx = lx;
    this.numbers = numbers;
  }

  /** A figure over tokens [start, end). */
  record Figure(int start, int end, FactType type, NumberRange value, String unit, Bound bound,
      Optional<Change> change, Optional<String> indicator) {}

  /** Working state while a figure is being built. */
  private static final class Draft {
    int start;
    int end;
    FactType type;
    String unit;
    /** The case ending of the figure's last word (13%-ға → «ға», теңгеге → «ге»). */
    String ending = "";
    Bound bound = Bound.EXACT;
    int boundWordAt = -1;
  }

  List<Figure> find(List<Tok> toks, Language sentenceLanguage) {
    Language lang = !toks.isEmpty() && toks.get(0).kazakhSentence ? Language.KAZAKH : sentenceLanguage;
    List<Figure> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      if (t.used || t.blocked || !(t.isNum() || t.isWord() && (lx.numbers.longest(toks, i) != null
          || t.lower.indexOf('-') > 0))) {
        i++;
        continue;
      }
      Num n = numbers.read(toks, i);
      if (n == null) {
        i++;
        continue;
      }
      Figure f = classify(toks, n, lang);
      if (f != null) {
        for (int k = f.start(); k < f.end(); k++) {
          toks.get(k).used = true;
        }
        out.add(f);
        i = Math.max(f.end(), n.end);
      } else {
        i = Math.max(n.end, i + 1);
      }
    }
    return out;
  }

  private Figure classify(List<Tok> toks, Num n, Language lang) {
    if (n.ordinal) {
      return null;
    }
    Draft d = new Draft();
    d.start = n.start;
    d.end = n.end;
    d.ending = n.ending;
    int p = n.end;
    int size = toks.size();
    Tok next = p < size ? toks.get(p) : null;
    PhraseTable.Match<Boolean> pm = next != null && !next.blocked ? lx.percents.longest(toks, p) : null;
    PhraseTable.Match<String> cm = next != null && !next.blocked ? lx.currencies.longest(toks, p) : null;
    if (n.ratioWord) {
      d.type = FactType.RATIO;
    } else if (pm != null) {
      d.type = FactType.PERCENT;
      d.end = gluedSuffix(toks, pm, d);
    } else if (next != null && next.kind == Tok.Kind.SUFFIX && next.lower.startsWith("процент")) {
      d.type = FactType.PERCENT;
      d.end = p + 1;
    } else if (next != null && next.kind == Tok.Kind.SUFFIX && next.lower.startsWith("кратн")) {
      d.type = FactType.RATIO;
      d.end = p + 1;
    } else if (cm != null && !(n.loneOne && !n.digits && !n.hasScale && cm.length() == 1 && isSymbol(next))) {
      d.type = FactType.MONEY;
      d.unit = cm.value();
      d.end = gluedSuffix(toks, cm, d);
    } else if (n.start > 0 && currencyBefore(toks, n.start) != null) {
      d.type = FactType.MONEY;
      d.unit = currencyBefore(toks, n.start);
      d.start = n.start - 1;
    } else if (next != null && isRatioWord(next) && n.start > 0
        && (toks.get(n.start - 1).is("в") || toks.get(n.start - 1).is("во"))) {
      d.type = FactType.RATIO;
      d.start = n.start - 1;
      d.end = p + 1;
    } else if (next != null && next.isWord() && next.lower.startsWith("есе")
        && KazakhEndings.isEnding(next.lower, 3)) {
      d.type = FactType.RATIO;
      d.end = p + 1;
      d.ending = next.lower.substring(3);
    }
    if (d.type == null) {
      return quantity(toks, n, d, lang);
    }
    return finish(toks, n, d);
  }

  private static boolean isSymbol(Tok t) {
    return t.kind == Tok.Kind.SYMBOL;
  }

  private static boolean isRatioWord(Tok t) {
    return t.is("раз") || t.is("раза") || t.is("разa");
  }

  /** «13%-ға», «пайызға», «долларға»: a Kazakh case ending on the percent sign or currency. */
  private static int gluedSuffix(List<Tok> toks, PhraseTable.Match<?> m, Draft d) {
    int end = m.end();
    if (end < toks.size() && toks.get(end).kind == Tok.Kind.SUFFIX
        && toks.get(end).start == toks.get(end - 1).end) {
      d.ending = toks.get(end).lower;
      return end + 1;
    }
    Tok last = toks.get(end - 1);
    if (m.length() == 1 && last.isWord() && m.firstLength() < last.lower.length()) {
      d.ending = last.lower.substring(m.firstLength());
    }
    return end;
  }

  /** «$30 млн», «USD 5», «₸ 500»: a symbol or code right before the number. */
  private String currencyBefore(List<Tok> toks, int s) {
    Tok t = toks.get(s - 1);
    if (t.blocked || !(t.kind == Tok.Kind.SYMBOL || t.isLatinWord() && t.form.length() == 3)) {
      return null;
    }
    PhraseTable.Match<String> m = lx.currencies.longest(toks, s - 1);
    return m != null && m.end() == s ? m.value() : null;
  }

  private Figure quantity(List<Tok> toks, Num n, Draft d, Language lang) {
    if (n.loneOne || n.approx && !n.digits && n.min.compareTo(BigDecimal.TEN) < 0 || partitive(n.ending)) {
      return null;
    }
    if (n.end < toks.size() && havingAdjective(toks, n.end)) {
      return null; // «3 бөлмелі пәтер», «3 ауысымды мектеп»: the number belongs to an adjective
    }
    int q = n.end;
    // «60-тан астам кәсіпорын»: the bound stands between the number and the noun
    PhraseTable.Match<BoundWord> mid = q < toks.size() ? lx.bounds.longest(toks, q) : null;
    if (mid != null && !mid.value().before()) {
      q = mid.end();
    }
    int[] nounEnd = new int[1];
    String unit = noun(toks, q, lang, n, nounEnd);
    if (unit == null) {
      return null;
    }
    boolean measure = lx.units.longest(toks, q) != null;
    if (n.smallWords && !measure) {
      return null;
    }
    d.type = FactType.QUANTITY;
    d.unit = unit;
    d.end = nounEnd[0];
    if (mid != null && !mid.value().before()) {
      d.bound = mid.value().bound();
      d.boundWordAt = n.end;
    }
    return finish(toks, n, d);
  }

  /** «1-і», «114-і», «2-сі», «5-еуі», «3-тен»: one of them, two of them — not followed by a counted noun. */
  private static boolean partitive(String e) {
    return e.startsWith("і") || e.startsWith("ы") || e.startsWith("сі") || e.startsWith("сы")
        || e.startsWith("еу") || e.startsWith("ау");
  }

  private boolean havingAdjective(List<Tok> toks, int k) {
    Tok t = toks.get(k);
    if (!t.isWord() || lx.units.longest(toks, k) != null) {
      return false;
    }
    String w = t.lower;
    if ((w.endsWith("лы") || w.endsWith("лі")) && w.length() > 4 && lx.kazakhNouns.longest(toks, k) == null) {
      return true;
    }
    boolean dy = w.endsWith("ды") || w.endsWith("ді") || w.endsWith("ты") || w.endsWith("ті");
    return dy && w.length() > 4 && k + 1 < toks.size() && lx.kazakhNouns.longest(toks, k) == null
        && nounLike(toks, k + 1) && !pastTense(toks.get(k + 1).lower);
  }

  private static boolean pastTense(String w) {
    return w.endsWith("ды") || w.endsWith("ді") || w.endsWith("ты") || w.endsWith("ті");
  }

  /** The lemma of the counted noun at {@code q} (skipping adjectives), or null. */
  private String noun(List<Tok> toks, int q, Language lang, Num n, int[] end) {
    if (q >= toks.size()) {
      return null;
    }
    PhraseTable.Match<String> um = lx.units.longest(toks, q);
    if (um != null && !toks.get(q).blocked) {
      end[0] = um.end();
      return um.value();
    }
    for (int skip = 0; skip < 3 && q + skip < toks.size(); skip++) {
      int k = q + skip;
      Tok t = toks.get(k);
      if (!nounLike(toks, k)) {
        return null;
      }
      boolean kazakh = isKazakh(t.lower, lang) || lx.kazakhNouns.longest(toks, k) != null
          && !lx.russianNouns.containsKey(Lemmas.russianKey(t.lower));
      boolean adjective = kazakh ? kazakhAdjective(t.lower) : russianAdjective(t.lower);
      boolean known = kazakh ? lx.kazakhNouns.longest(toks, k) != null
          : lx.russianNouns.containsKey(Lemmas.russianKey(t.lower));
      if (adjective && !known && k + 1 < toks.size() && nounLike(toks, k + 1)
          && !(kazakh && pastTense(t.lower) && pastTense(toks.get(k + 1).lower))) {
        PhraseTable.Match<String> u2 = lx.units.longest(toks, k + 1);
        if (u2 != null) {
          end[0] = u2.end();
          return u2.value();
        }
        continue;
      }
      if (kazakh && adjective && !known) {
        return null; // «10 мыңнан астам әртүрлі …»: the noun is out of reach
      }
      if (kazakh && k + 1 < toks.size() && nounLike(toks, k + 1) && isPossessive(toks.get(k + 1).lower)
          && (!known && (t.lower.endsWith("у") || t.lower.endsWith("ю"))
              || lx.kazakhNouns.longest(toks, k + 1) != null && !isPossessive(t.lower))) {
        // «жылыту пункті»: the head of a Kazakh compound carries the possessive ending
        end[0] = k + 2;
        return Lemmas.kazakh(lx, Lemmas.withoutPossessive(toks.get(k + 1).lower));
      }
      if (!kazakh && !known && t.lower.endsWith("е") && Lemmas.agreement(n.max) != Lemmas.Agreement.ONE
          && !n.hasScale) {
        return null; // «на 21 кинофестивале», «в своем 34 паркране»: an ordinal written as a cardinal
      }
      end[0] = k + 1;
      return kazakh ? Lemmas.kazakh(lx, t.lower) : Lemmas.russian(lx, t.lower, n.max);
    }
    return null;
  }

  private static boolean isPossessive(String w) {
    return w.length() > 3 && POSSESSIVE.matcher(w).matches();
  }

  private boolean nounLike(List<Tok> toks, int k) {
    Tok t = toks.get(k);
    if (!t.isWord() || t.blocked || t.used || t.startsUpper() || t.lower.length() < 2
        || !isCyrillic(t.lower)) {
      return false;
    }
    PhraseTable.Match<StopKind> s = lx.stopwords.longest(toks, k);
    if (s != null && s.value() != StopKind.IDENT) {
      return false;
    }
    if (lx.numbers.longest(toks, k) != null || lx.months.longest(toks, k) != null
        || lx.periods.longest(toks, k) != null || lx.bounds.longest(toks, k) != null
        || lx.changes.longest(toks, k) != null) {
      return false;
    }
    return !verbLike(t.lower) || lx.kazakhNouns.longest(toks, k) != null
        || lx.russianNouns.containsKey(Lemmas.russianKey(t.lower));
  }

  private static boolean isCyrillic(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC) {
        return false;
      }
    }
    return true;
  }

  static boolean isKazakh(String w, Language lang) {
    return lang == Language.KAZAKH || Tok.hasKazakhLetter(w);
  }

  private static boolean verbLike(String w) {
    String[] endings = {"лся", "лась", "лось", "лись", "ется", "ются", "ится", "ятся", "ать", "ять", "ить",
        "еть", "ил", "ила", "ило", "или", "ал", "ала", "ало", "ған", "ген", "қан", "кен", "атын", "етін",
        "йтын", "йтін", "уда", "уде", "ады", "еді", "йды", "йді", "сам", "сем", "саңыз", "сеңіз"};
    for (String e : endings) {
      if (w.endsWith(e) && w.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean russianAdjective(String w) {
    String[] endings = {"ых", "их", "ый", "ая", "ое", "ые", "ую", "ого", "ому", "ыми", "ими", "ым", "ой"};
    for (String e : endings) {
      if (w.endsWith(e) && w.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean kazakhAdjective(String w) {
    switch (w) {
      case "жаңа": case "ірі": case "шағын": case "түрлі": case "үлкен": case "кіші": case "жеке":
      case "әртүрлі":
        return true;
      default:
        break;
    }
    if (w.endsWith("и") && w.length() > 4) {
      return true; // әскери, ғылыми, саяси
    }
    String[] endings = {"лы", "лі", "ды", "ді", "ты", "ті", "дағы", "дегі", "тағы", "тегі", "лық", "лік",
        "дық", "дік", "тық", "тік"};
    for (String e : endings) {
      if (w.endsWith(e) && w.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }

  // ---- qualifiers ------------------------------------------------------------------------------------

  private Figure finish(List<Tok> toks, Num n, Draft d) {
    if (d.boundWordAt < 0) {
      boundBefore(toks, d, n);
    }
    if (d.bound == Bound.EXACT) {
      boundAfter(toks, d);
    }
    if (n.approx && d.bound == Bound.EXACT) {
      d.bound = Bound.APPROX;
    }
    boolean target = !n.isRange() && isTarget(toks, n, d);
    boolean source = isSource(toks, n, d);
    if (target && (d.bound == Bound.LESS_THAN) && (hasCueBefore(toks, d.start) || hasCueAfter(toks, d.end))) {
      d.bound = Bound.EXACT;
    }
    if (n.isRange() && (d.bound == Bound.LESS_THAN || d.bound == Bound.AT_LEAST)) {
      d.bound = Bound.EXACT;
    }
    Optional<Change> change = target || source ? Optional.empty() : change(toks, n, d);
    Optional<String> indicator = indicator(toks, d);
    return new Figure(d.start, d.end, d.type, n.range(), d.unit, d.bound, change, indicator);
  }

  private void boundBefore(List<Tok> toks, Draft d, Num n) {
    int s = d.start;
    for (int k = Math.max(0, s - 4); k < s; k++) {
      PhraseTable.Match<BoundWord> m = lx.bounds.longest(toks, k);
      if (m == null || !m.value().before() || toks.get(k).used) {
        continue;
      }
      boolean adjacent = m.end() == s;
      boolean viaPreposition = m.end() == s - 1 && isPreposition(toks.get(s - 1));
      if (adjacent || viaPreposition) {
        if (toks.get(k).is("от") && (!adjacent || d.type == FactType.QUANTITY)) {
          continue; // «от 5 компаний» is a source, «от 300 тысяч тенге» a lower bound
        }
        if (toks.get(k).is("до") && d.type == FactType.RATIO) {
          continue;
        }
        d.bound = m.value().bound();
        d.boundWordAt = k;
        d.start = k;
        return;
      }
    }
  }

  private static boolean isPreposition(Tok t) {
    return t.is("в") || t.is("во") || t.is("на");
  }

  private void boundAfter(List<Tok> toks, Draft d) {
    if (d.end >= toks.size()) {
      return;
    }
    PhraseTable.Match<BoundWord> m = lx.bounds.longest(toks, d.end);
    if (m == null || m.value().before()) {
      return;
    }
    Bound b = m.value().bound();
    if (d.type == FactType.RATIO && b != Bound.APPROX) {
      return; // «екі есе көп» is a comparison, not a bound
    }
    if (b == Bound.LESS_THAN && NumberReader.isUntil(toks.get(d.end))
        && (hasCueBefore(toks, d.start) || hasCueAfter(toks, m.end()))) {
      return; // «5%-ға дейін төмендеді»: the level reached
    }
    d.bound = b;
    d.end = m.end();
  }

  /** «снизилась до 8%», «8%-ға дейін төмендеді»: the level reached, not the change. */
  private boolean isTarget(List<Tok> toks, Num n, Draft d) {
    if (d.boundWordAt >= 0 && toks.get(d.boundWordAt).is("до")) {
      return true;
    }
    int k = n.start - 1;
    if (k >= 0 && toks.get(k).is("до")) {
      return true;
    }
    if (d.start > 0 && toks.get(d.start - 1).used && NumberReader.isDative(d.ending)
        && NumberReader.isAblative(toks.get(d.start - 1).lower)) {
      return true; // «380 теңгеден 300 теңгеге»
    }
    int after = d.end;
    return NumberReader.isDative(d.ending) && after < toks.size()
        && (toks.get(after).is("дейін") || toks.get(after).is("шейін"))
        || after > 0 && (toks.get(after - 1).is("дейін") || toks.get(after - 1).is("шейін"));
  }

  /** «с 20% до 30%», «20%-дан 30%-ға дейін»: the level left. */
  private boolean isSource(List<Tok> toks, Num n, Draft d) {
    int k = d.start - 1;
    if (k >= 0 && (toks.get(k).is("с") || toks.get(k).is("со")) && d.type != FactType.RATIO) {
      return true;
    }
    return NumberReader.isAblative(d.ending) && d.end < toks.size() && d.bound == Bound.EXACT
        && (toks.get(d.end).isNum() || numbers.single(toks, d.end) != null);
  }

  private boolean hasCueBefore(List<Tok> toks, int s) {
    for (int k = Math.max(0, s - CHANGE_WINDOW); k < s; k++) {
      PhraseTable.Match<ChangeWord> m = lx.changes.longest(toks, k);
      if (m != null && m.value().kind() != ChangeKind.COMPARATIVE) {
        return true;
      }
    }
    return false;
  }

  private boolean hasCueAfter(List<Tok> toks, int s) {
    for (int k = s; k < Math.min(toks.size(), s + 3); k++) {
      PhraseTable.Match<ChangeWord> m = lx.changes.longest(toks, k);
      if (m != null && m.value().kind() == ChangeKind.VERB) {
        return true;
      }
    }
    return false;
  }

  private Optional<Change> change(List<Tok> toks, Num n, Draft d) {
    int before = d.start - 1;
    boolean na = before >= 0 && toks.get(before).is("на") || n.start > 0 && toks.get(n.start - 1).is("на");
    boolean dative = NumberReader.isDative(d.ending);
    boolean ratio = d.type == FactType.RATIO;
    // a verb or comparative right after: «на 5% вырос», «на 5% больше», «13%-ға өсті», «2 есе артты»
    if (na || dative || ratio) {
      for (int k = d.end; k < Math.min(toks.size(), d.end + 3); k++) {
        PhraseTable.Match<ChangeWord> m = lx.changes.longest(toks, k);
        if (m != null && (m.value().kind() != ChangeKind.COMPARATIVE || ratio || na)) {
          return Optional.of(m.value().change());
        }
        if (toks.get(k).isNum() && !toks.get(k).used) {
          break;
        }
      }
    }
    // a verb or noun before: «вырос на 5%», «рост ВВП составил 5%», «увеличился в 2 раза»
    for (int k = d.start - 1; k >= Math.max(0, d.start - CHANGE_WINDOW); k--) {
      Tok t = toks.get(k);
      if (t.isNum() && !t.used || t.form.equals(";")) {
        break;
      }
      PhraseTable.Match<ChangeWord> m = lx.changes.longest(toks, k);
      if (m == null || m.end() > d.start) {
        continue;
      }
      ChangeKind kind = m.value().kind();
      if (kind == ChangeKind.COMPARATIVE) {
        continue;
      }
      if (kind == ChangeKind.NOUN && (d.type == FactType.PERCENT || ratio || na)
          || kind == ChangeKind.VERB && (na || ratio)) {
        return Optional.of(m.value().change());
      }
    }
    return Optional.empty();
  }

  private Optional<String> indicator(List<Tok> toks, Draft d) {
    for (int k = d.start - 1; k >= Math.max(0, d.start - INDICATOR_BACK); k--) {
      if (toks.get(k).form.equals(";")) {
        break;
      }
      PhraseTable.Match<String> m = lx.indicators.longest(toks, k);
      if (m != null && m.end() <= d.start) {
        return Optional.of(m.value());
      }
    }
    for (int k = d.end; k < Math.min(toks.size(), d.end + INDICATOR_AHEAD); k++) {
      Tok t = toks.get(k);
      boolean otherNumber = !t.used && (t.isNum() || numbers.single(toks, k) != null);
      if (t.form.equals(";") || t.form.equals(",") || otherNumber) {
        break;
      }
      PhraseTable.Match<String> m = lx.indicators.longest(toks, k);
      if (m != null) {
        return Optional.of(m.value());
      }
    }
    return Optional.empty();
  }
}
