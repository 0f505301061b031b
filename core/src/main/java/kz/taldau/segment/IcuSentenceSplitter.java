package kz.taldau.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import kz.taldau.TextSpan;
import kz.taldau.Token;
import kz.taldau.TokenKind;
import kz.taldau.text.NormalizedText;

/**
 * ICU sentence boundaries with Taldau's rules on top:
 * <ul>
 *   <li>no break after initials (Е.А. Букетова, Ж. Касымбек) or after abbreviations that never end a
 *       sentence (ул., им., проф., г-н, т.е.; «г.» only after a number, as in «2020 г.»);
 *   <li>a break after a sentence dot written without the following space (екен.Таулардың);
 *   <li>a line break ends a headline or list line unless the next line starts in lower case;
 *       a blank (or NBSP-only) line always ends a paragraph;
 *   <li>dialogue dashes and opening quotes start sentences (ICU's own rule, kept).
 * </ul>
 * Thread-safe: each call clones the prototype break iterator.
 */
public final class IcuSentenceSplitter implements SentenceSplitter {
  private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ROOT);

  @Override
  public List<TextSpan> split(NormalizedText text, List<Token> tokens) {
    List<TextSpan> out = new ArrayList<>();
    int n = tokens.size();
    if (n == 0) {
      return out;
    }
    String s = text.normalized();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = text.normalizedOffset(tokens.get(i).start());
      ends[i] = starts[i] + tokens.get(i).form().length();
    }
    BitSet icu = new BitSet(s.length() + 1);
    BreakIterator bi = (BreakIterator) PROTOTYPE.clone();
    bi.setText(s);
    for (int b = bi.next(); b != BreakIterator.DONE; b = bi.next()) {
      icu.set(b);
    }
    int first = 0;
    for (int i = 0; i + 1 < n; i++) {
      if (breaksAfter(s, tokens, starts, ends, i, icu)) {
        out.add(new TextSpan(first, i + 1));
        first = i + 1;
      }
    }
    out.add(new TextSpan(first, n));
    return out;
  }

  private static boolean breaksAfter(String s, List<Token> tokens, int[] starts, int[] ends, int i,
      BitSet icu) {
    int gapStart = ends[i];
    int gapEnd = starts[i + 1];
    int newlines = 0;
    boolean blankLine = false;
    boolean onlySpaceSinceNewline = false;
    for (int k = gapStart; k < gapEnd; k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        if (newlines > 0 && onlySpaceSinceNewline) {
          blankLine = true;
        }
        newlines++;
        onlySpaceSinceNewline = true;
      } else if (!Character.isWhitespace(c)) {
        onlySpaceSinceNewline = false;
      }
    }
    Token cur = tokens.get(i);
    Token next = tokens.get(i + 1);
    if (blankLine) {
      return true;
    }
    if (newlines > 0) {
      // A wrapped line continues when the next line starts in lower case after a non-final token.
      return !(startsLower(next) && !isTerminal(cur));
    }
    boolean icuBreak = icu.nextSetBit(gapStart) >= 0 && icu.nextSetBit(gapStart) <= gapEnd;
    // ICU treats a dash after ". " as a continuation (SB8a); in news it opens a dialogue line:
    // "… сообщил г-н Канесс. – Второе направление …".
    if (!icuBreak && gapEnd > gapStart && isTerminal(cur) && isDash(next) && i + 2 < tokens.size()
        && startsUpper(tokens.get(i + 2))) {
      icuBreak = true;
    }
    if (icuBreak) {
      return !isNonFinalAbbreviation(tokens, i);
    }
    // "екен.Таулардың": a dot glued to a capitalized word after a lower-case word.
    if (gapStart == gapEnd && isTerminal(cur) && startsUpper(next) && i > 0) {
      Token before = tokens.get(i - 1);
      return before.kind() == TokenKind.WORD && before.form().length() >= 2 && startsLower(before);
    }
    return false;
  }

  private static boolean isTerminal(Token t) {
    String f = t.form();
    return t.kind() == TokenKind.PUNCT && (f.equals(".") || f.equals("!") || f.equals("?")
        || f.equals("\u2026"));
  }

  private static boolean isDash(Token t) {
    String f = t.form();
    return f.equals("-") || f.equals("\u2013");
  }

  private static boolean startsLower(Token t) {
    return Character.isLowerCase(t.form().codePointAt(0));
  }

  private static boolean startsUpper(Token t) {
    return Character.isUpperCase(t.form().codePointAt(0));
  }

  /** True when token {@code i} is an initial or an abbreviation after which a capital does not start a sentence. */
  private static boolean isNonFinalAbbreviation(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String f = t.form();
    if (t.kind() != TokenKind.WORD || !f.endsWith(".") || f.length() < 2) {
      return false;
    }
    String w = f.substring(0, f.length() - 1);
    if (isInitials(w)) {
      return true;
    }
    // "и т. д." / "и т. п." written with a space: the second letter ends the abbreviation, which may be final.
    if ((w.equals("д") || w.equals("п")) && i > 0 && tokens.get(i - 1).form().equals("т.")) {
      return false;
    }
    return Abbreviations.kind(w).map(k -> switch (k) {
      case INNER -> true;
      case FINAL -> false;
      case YEAR -> i == 0 || tokens.get(i - 1).kind() != TokenKind.NUMBER;
    }).orElse(false);
  }

  /** "Е", "Е.А", "A.B", "Қ.-Ж": upper-case letters separated by dots (and a hyphen in double names). */
  private static boolean isInitials(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (String p : w.split("\\.-?", -1)) {
      if (p.codePointCount(0, p.length()) != 1 || !Character.isUpperCase(p.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
