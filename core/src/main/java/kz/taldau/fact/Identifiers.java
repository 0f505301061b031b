package kz.taldau.fact;

import java.util.List;
import kz.taldau.fact.FactLexicon.StopKind;

/**
 * Marks numbers that are labels rather than amounts, so that no MONEY, PERCENT, RATIO or QUANTITY comes
 * from them: «№ 97», «статья 190», «ул. Абая, 150», «Абай көшесі, 150», phone numbers
 * («+7 (727) 123-45-67», «8 701 123 45 67»), clock times («18:00», «сағат 10-да») and numbers right after a
 * Latin product name («Boeing 737», «iPhone 15»). Model names written as one token (Су-35, G20, Covid-19)
 * never reach the number reader at all.
 */
final class Identifiers {
  private Identifiers() {}

  static void block(FactLexicon lx, List<Tok> toks) {
    int n = toks.size();
    for (int i = 0; i < n; i++) {
      Tok t = toks.get(i);
      // clock time 18:00, and scores 3:1
      if (t.isNum() && i + 2 < n && toks.get(i + 1).form.equals(":") && toks.get(i + 2).isNum()
          && toks.get(i + 1).start == t.end) {
        blockRun(toks, i, 3);
        continue;
      }
      // phones: +7 ..., (727) 123-45-67, 123-45-67
      if (t.form.equals("+") && i + 1 < n && toks.get(i + 1).isNum()) {
        blockPhoneChain(toks, i + 1);
        continue;
      }
      if (t.form.equals("(") && i + 2 < n && toks.get(i + 1).isNum() && toks.get(i + 2).form.equals(")")
          && toks.get(i + 1).form.length() >= 3 && i + 3 < n && toks.get(i + 3).isNum()) {
        blockPhoneChain(toks, i + 1);
        continue;
      }
      if (t.isNum() && i + 4 < n && toks.get(i + 1).form.equals("-") && toks.get(i + 2).isNum()
          && toks.get(i + 3).form.equals("-") && toks.get(i + 4).isNum() && toks.get(i + 2).form.length() == 2
          && toks.get(i + 4).form.length() == 2 && t.form.length() != 4) {
        blockPhoneChain(toks, i);
        continue;
      }
      // 8 701 123 45 67: groups of two digits after a number
      if (t.isNum() && i + 2 < n && toks.get(i + 1).isNum() && toks.get(i + 2).isNum()
          && toks.get(i + 1).form.length() == 2 && toks.get(i + 2).form.length() == 2) {
        blockPhoneChain(toks, i);
        blockRun(toks, i, 3);
        continue;
      }
      if (t.isNum() || t.kind == Tok.Kind.SUFFIX) {
        continue;
      }
      PhraseTable.Match<StopKind> m = lx.stopwords.longest(toks, i);
      if (m != null && m.value() == StopKind.IDENT) {
        blockNextNumber(toks, m.end());
        // «сағат он сегіз», «номер пять»: a number in words
        for (int k = m.end(); k < n && toks.get(k).isWord() && lx.numbers.longest(toks, k) != null; k++) {
          toks.get(k).blocked = true;
        }
        continue;
      }
      // Boeing 737, iPhone 15 — but not USD 100 or 5 million
      if (t.isLatinWord() && i + 1 < n && toks.get(i + 1).isNum() && toks.get(i + 1).start <= t.end + 1
          && lx.currencies.longest(toks, i) == null && lx.numbers.longest(toks, i) == null
          && lx.units.longest(toks, i) == null) {
        toks.get(i + 1).blocked = true;
      }
    }
  }

  /** The first number within a few tokens, skipping names, commas, «№» and dashes: «ул. Абая, 150». */
  private static void blockNextNumber(List<Tok> toks, int from) {
    for (int k = from; k < Math.min(toks.size(), from + 4); k++) {
      Tok t = toks.get(k);
      if (t.isNum()) {
        blockPhoneChain(toks, k);
        return;
      }
      boolean skippable = t.form.equals(",") || t.form.equals("№") || t.form.equals("-")
          || t.form.equals("\"")
          || (t.isWord() && t.startsUpper()) || t.is("д.") || t.is("дом") || t.is("үй");
      if (!skippable) {
        return;
      }
    }
  }

  /** Blocks a number and the numbers joined to it by dashes, slashes or parentheses: 123-45-67, 2/15. */
  private static void blockPhoneChain(List<Tok> toks, int i) {
    int k = i;
    while (k < toks.size()) {
      Tok t = toks.get(k);
      if (t.isNum() || t.kind == Tok.Kind.SUFFIX) {
        t.blocked = true;
        k++;
        continue;
      }
      if ((t.form.equals("-") || t.form.equals("/") || t.form.equals("(") || t.form.equals(")"))
          && k + 1 < toks.size() && (toks.get(k + 1).isNum() || toks.get(k + 1).form.equals("("))) {
        t.blocked = true;
        k++;
        continue;
      }
      // a letter right after a house number: 15А
      if (t.isWord() && t.form.length() == 1 && k > 0 && toks.get(k - 1).end == t.start) {
        t.blocked = true;
      }
      break;
    }
  }

  private static void blockRun(List<Tok> toks, int i, int count) {
    for (int k = i; k < Math.min(toks.size(), i + count); k++) {
      toks.get(k).blocked = true;
    }
    int after = i + count;
    if (after < toks.size() && toks.get(after).kind == Tok.Kind.SUFFIX) {
      toks.get(after).blocked = true;
    }
  }
}
