package kz.taldau.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.taldau.Document;
import kz.taldau.TextSpan;
import kz.taldau.Token;
import kz.taldau.TokenKind;
import kz.taldau.text.NormalizedText;

/**
 * The extractor's view of a token: original offsets, the normalized form folded to lower case, and a
 * kind. A token such as «5,3млн» or «2016ж» is split into a number and a word; «260-тан» from a
 * pre-tokenized corpus into a number and a suffix. Mutable flags record what rules have decided.
 */
final class Tok {
  enum Kind { NUM, WORD, SUFFIX, PUNCT, SYMBOL, OTHER }

  private static final Pattern GLUED_ENDING = Pattern.compile(
      "(?:інші|ыншы|нші|ншы|ші|шы|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің)");
  private static final Pattern DIGITS_THEN_LETTERS =
      Pattern.compile("([0-9](?:[0-9.,]*[0-9])?)(-?)(\\p{L}+)");

  final int start;
  final int end;
  final String form;
  /** Lower-case form (ё folded to е); a suffix without its hyphen. */
  final String lower;
  final Kind kind;
  /** Part of an identifier, phone number, address or time of day: never an amount. */
  boolean blocked;
  /** Already part of a fact. */
  boolean used;
  /** The token's sentence is Kazakh (by its letters or its identified language). */
  boolean kazakhSentence;
  /** Lexicon look-ups already made at this token (see {@link PhraseTable#longest}); null for free words. */
  final Object[] memo;

  Tok(int start, int end, String form, Kind kind) {
    this.start = start;
    this.end = end;
    this.form = form;
    this.kind = kind;
    String l = PhraseTable.fold(form);
    this.lower = kind == Kind.SUFFIX && l.startsWith("-") ? l.substring(1) : l;
    this.memo = end > start ? new Object[PhraseTable.MEMO_SLOTS] : null;
  }

  /** A free-standing word, for lexicon look-ups of a single string. */
  static Tok word(String lower) {
    return new Tok(0, 0, lower, Kind.WORD);
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  boolean isNum() {
    return kind == Kind.NUM;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isDash() {
    return (kind == Kind.PUNCT || kind == Kind.SYMBOL) && (form.equals("-") || form.equals("\u2013"));
  }

  boolean startsUpper() {
    return !form.isEmpty() && Character.isUpperCase(form.codePointAt(0));
  }

  boolean isLatinWord() {
    if (kind != Kind.WORD) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c) && c > 0x24F) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return form + "/" + kind;
  }

  /** The tokens of one sentence, as the extractor sees them. */
  static List<Tok> of(Document doc, List<Token> tokens, boolean kazakh) {
    List<Tok> out = of(doc, tokens);
    boolean kk = kazakh;
    for (Tok t : out) {
      if (!kk && t.kind == Kind.WORD && hasKazakhLetter(t.lower)) {
        kk = true;
      }
    }
    for (Tok t : out) {
      t.kazakhSentence = kk;
    }
    return out;
  }

  static boolean hasKazakhLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if ("әғқңөұүһі".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Tok> of(Document doc, List<Token> tokens) {
    NormalizedText nt = doc.normalized();
    List<Tok> out = new ArrayList<>(tokens.size() + 4);
    for (Token t : tokens) {
      String f = t.form();
      TokenKind k = t.kind();
      if ((k == TokenKind.WORD || k == TokenKind.NUMBER) && !f.isEmpty() && isAsciiDigit(f.charAt(0))) {
        Matcher m = DIGITS_THEN_LETTERS.matcher(f);
        if (m.matches()) {
          splitMixed(nt, t, m, out);
          continue;
        }
      }
      if (f.length() > 2 && f.charAt(0) == '%' && f.charAt(1) == '-' && t.text().length() == f.length()) {
        // «%-ға» as one token (pre-tokenized corpora): the percent sign and its case ending
        out.add(new Tok(t.start(), t.start() + 1, "%", Kind.SYMBOL));
        out.add(new Tok(t.start() + 1, t.end(), f.substring(1), Kind.SUFFIX));
        continue;
      }
      out.add(new Tok(t.start(), t.end(), f, kind(t, f)));
    }
    return out;
  }

  private static Kind kind(Token t, String f) {
    switch (t.kind()) {
      case NUMBER:
        return isNumeric(f) ? Kind.NUM : Kind.WORD;
      case WORD:
        return Kind.WORD;
      case SUFFIX:
        return Kind.SUFFIX;
      case PUNCT:
        return Kind.PUNCT;
      case SYMBOL:
        return Kind.SYMBOL;
      default:
        return Kind.OTHER;
    }
  }

  private static boolean isNumeric(String f) {
    if (f.isEmpty() || !isAsciiDigit(f.charAt(0)) || !isAsciiDigit(f.charAt(f.length() - 1))) {
      return false;
    }
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (!isAsciiDigit(c) && c != ' ' && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void splitMixed(NormalizedText nt, Token t, Matcher m, List<Tok> out) {
    int base = nt.normalizedOffset(t.start());
    String f = t.form();
    boolean aligned = base + f.length() <= nt.normalized().length()
        && nt.normalized().regionMatches(base, f, 0, f.length());
    int numEnd = m.end(1);
    if (!aligned) {
      // The normalized text does not line up with the token: keep it whole, as a word.
      out.add(new Tok(t.start(), t.end(), f, Kind.WORD));
      return;
    }
    TextSpan num = nt.toOriginal(base, base + numEnd);
    TextSpan rest = nt.toOriginal(base + numEnd, base + f.length());
    out.add(new Tok(num.start(), num.end(), m.group(1), Kind.NUM));
    boolean hyphen = !m.group(2).isEmpty();
    String tail = m.group(3);
    // «2025нші», «2016да» without the hyphen are still endings; «5,3млн», «2016ж» are words
    boolean ending = !hyphen && tail.length() >= 2 && GLUED_ENDING.matcher(PhraseTable.fold(tail)).matches();
    Kind kind = hyphen || ending ? Kind.SUFFIX : Kind.WORD;
    out.add(new Tok(rest.start(), rest.end(), f.substring(numEnd), kind));
  }
}
