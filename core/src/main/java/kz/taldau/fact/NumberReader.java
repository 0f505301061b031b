package kz.taldau.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.regex.Pattern;
import kz.taldau.fact.FactLexicon.NumKind;
import kz.taldau.fact.FactLexicon.NumberWord;
import kz.taldau.fact.FactLexicon.StopKind;

/**
 * Reads one number starting at a token: digits with scale words («2 млрд 300 млн», «5,3 млн»), number
 * words («двадцать три», «екі мың жиырма бес», «үш жүзден», «полтора миллиона», «сегіз жарым»,
 * «три целых две десятых», «үш бүтін оннан үш»), and ranges («10–15», «два-три», «от 5 до 7»,
 * «5-тен 7-ге дейін»). Values are exact decimals.
 */
final class NumberReader {
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile(
      "(?:інші|ыншы|нші|ншы|ші|шы)\\p{L}*|й|я|е|го|му|м|ми|ые|ое|ой|ый|ий|ая|ую|ом|ем|ей|ых|ого|ому");

  /** Plural scale words that, alone, mean «many» rather than a number: «тысячи людей», «миллионы». */
  private static final java.util.Set<String> VAGUE_PLURAL = java.util.Set.of("тысячи", "тысяч", "тысячам",
      "тысячами", "тысячах", "миллионы", "миллионов", "миллионам", "миллионами", "миллионах", "миллиарды",
      "миллиардов", "миллиардами", "миллиардах");

  private final FactLexicon lx;

  NumberReader(FactLexicon lx) {
    this.lx = lx;
  }

  /** A number found in tokens {@code [start, end)}. */
  static final class Num {
    int start;
    int end;
    BigDecimal min;
    BigDecimal max;
    /** Written with digits (at least its first part). */
    boolean digits;
    /** An ordinal (5-й, бесінші, 11-інші). */
    boolean ordinal;
    /** One run of digits without separators or scale, e.g. a year. */
    boolean plainInteger;
    boolean hasScale;
    /** The last scale word's multiplier (10^6 for «млн»), or null. */
    BigDecimal scale;
    /** A lone «бір»/«один»: an article more often than a count. */
    boolean loneOne;
    /** Number words below ten: «екі ел», «два варианта» are determiners more often than figures. */
    boolean smallWords;
    /** The Kazakh case ending on the number (a SUFFIX token or the ending of its last word), or "". */
    String ending = "";
    /** The «-дай», «-шақты» approximation endings. */
    boolean approx;
    /** A ratio word (вдвое). */
    boolean ratioWord;

    boolean isRange() {
      return min.compareTo(max) != 0;
    }

    NumberRange range() {
      return NumberRange.between(min, max);
    }
  }

  /** The number at {@code i}, or null. Blocked and used tokens are never read. */
  Num read(List<Tok> toks, int i) {
    Num first = single(toks, i);
    if (first == null) {
      return null;
    }
    return range(toks, first);
  }

  /** One number without the range rules. */
  Num single(List<Tok> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    Tok t = toks.get(i);
    if (t.blocked || t.used) {
      return null;
    }
    Num n;
    if (t.isNum()) {
      n = digits(toks, i);
    } else if (t.isWord()) {
      n = words(toks, i);
    } else {
      return null;
    }
    if (n != null) {
      suffix(toks, n);
    }
    return n;
  }

  private Num digits(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    BigDecimal v = DigitNumbers.parse(t.form);
    if (v == null) {
      return null;
    }
    Num n = new Num();
    n.start = i;
    n.digits = true;
    n.plainInteger = DigitNumbers.isPlainInteger(t.form);
    if (isMinus(toks, i)) {
      v = v.negate(); // «-15 градусов», «–2,5%»
      n.start = i - 1;
      n.plainInteger = false;
    }
    int j = i + 1;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = v;
    BigDecimal lastScale = null;
    while (j < toks.size()) {
      NumberWord w = wordAt(toks, j);
      if (w != null && w.kind() == NumKind.SCALE && (lastScale == null || w.value().compareTo(lastScale) < 0)
          && !toks.get(j).blocked) {
        total = total.add(group.multiply(w.value()));
        group = BigDecimal.ZERO;
        lastScale = w.value();
        n.hasScale = true;
        j++;
        // «2 млрд 300 млн»: a further number with a smaller scale word
        if (j + 1 < toks.size() && toks.get(j).isNum() && !toks.get(j).blocked) {
          NumberWord next = wordAt(toks, j + 1);
          BigDecimal g = DigitNumbers.parse(toks.get(j).form);
          boolean smaller = next != null && next.kind() == NumKind.SCALE
              && next.value().compareTo(lastScale) < 0;
          if (g != null && smaller) {
            group = g;
            j++;
            continue;
          }
        }
        break;
      }
      if (w != null && w.kind() == NumKind.HALF && lastScale == null) {
        group = group.add(w.value());
        j++;
        continue;
      }
      break;
    }
    n.end = j;
    n.min = total.add(group);
    n.max = n.min;
    n.scale = lastScale;
    if (n.hasScale) {
      n.plainInteger = false;
    }
    return n;
  }

  /** A minus sign glued to the number and not the dash of a range: «до -15», «на –2,5%». */
  private static boolean isMinus(List<Tok> toks, int i) {
    if (i == 0) {
      return false;
    }
    Tok dash = toks.get(i - 1);
    if (!dash.isDash() || dash.end != toks.get(i).start || dash.blocked) {
      return false;
    }
    if (i == 1) {
      return true;
    }
    Tok before = toks.get(i - 2);
    return before.end < dash.start && !before.isNum() && before.kind != Tok.Kind.SUFFIX;
  }

  /** The number word at token {@code j} (a single word), or null. */
  NumberWord wordAt(List<Tok> toks, int j) {
    Tok t = toks.get(j);
    if (!t.isWord()) {
      return null;
    }
    PhraseTable.Match<NumberWord> m = lx.numbers.longest(toks, j);
    if (m == null || m.length() != 1 || m.value().kazakhOnly() && !t.kazakhSentence) {
      return null;
    }
    PhraseTable.Match<StopKind> stop = lx.stopwords.longest(toks, j);
    if (stop != null && stop.length() == 1
        && (stop.value() == StopKind.NOT_NUMBER || stop.value() == StopKind.VAGUE)) {
      return null;
    }
    return m.value();
  }

  private Num words(List<Tok> toks, int i) {
    return words(toks, i, false);
  }

  /** Number words from {@code i}; with {@code stopAtScale} the number ends before a scale word. */
  private Num words(List<Tok> toks, int i, boolean stopAtScale) {
    Tok t0 = toks.get(i);
    // «два-три», «пяти-шести», «бес-алты»: a range in one hyphenated token
    int dash = t0.lower.indexOf('-');
    if (dash > 0 && (t0.lower.endsWith("-ақ") || t0.lower.endsWith("-ек"))) {
      // «бір-ақ», «екі-ақ»: an emphatic particle
      NumberWord a = lx.numbers.word(t0.lower.substring(0, dash));
      if (a == null || !simple(a)) {
        return null;
      }
      Num n = fixed(i, a.value());
      n.loneOne = a.value().compareTo(BigDecimal.ONE) == 0;
      n.smallWords = a.value().compareTo(BigDecimal.TEN) < 0;
      return n;
    }
    if (dash > 0 && dash < t0.lower.length() - 1) {
      NumberWord a = lx.numbers.word(t0.lower.substring(0, dash));
      NumberWord b = lx.numbers.word(t0.lower.substring(dash + 1));
      if (a != null && b != null && simple(a) && simple(b) && a.value().compareTo(b.value()) < 0) {
        Num n = new Num();
        n.start = i;
        n.end = i + 1;
        n.min = a.value();
        n.max = b.value();
        n.smallWords = b.value().compareTo(BigDecimal.TEN) < 0;
        int j = i + 1;
        NumberWord s = j < toks.size() ? wordAt(toks, j) : null;
        if (s != null && s.kind() == NumKind.SCALE) {
          n.min = n.min.multiply(s.value());
          n.max = n.max.multiply(s.value());
          n.hasScale = true;
          n.smallWords = false;
          n.end = j + 1;
        }
        return n;
      }
      return null;
    }
    NumberWord w0 = wordAt(toks, i);
    if (w0 == null) {
      return ordinalAlone(toks, i);
    }
    if (w0.kind() == NumKind.RATIO) {
      Num n = fixed(i, w0.value());
      n.ratioWord = true;
      return n;
    }
    if (w0.kind() == NumKind.WHOLE) {
      Num n = fixed(i, w0.value());
      n.hasScale = true;
      return n;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    BigDecimal lastScale = null;
    int last = 0; // 0 none, 1 digit, 2 tens, 3 hundreds
    boolean any = false;
    boolean scaleSeen = false;
    int wordsRead = 0;
    int j = i;
    boolean ordinal = false;
    while (j < toks.size()) {
      Tok t = toks.get(j);
      if (t.blocked || t.used) {
        break;
      }
      if (any && last == 3 && isSpokenPoint(t)) {
        j++; // «жүз де он тоғыз» = 119: after hundreds «де» is «and»
        continue;
      }
      if (any && lastScale == null && last != 0 && isSpokenPoint(t) && !stopAtScale) {
        // «бес те алты пайыз», «он алты да тоғыз миллиард»: a spoken decimal point
        Num frac = decimalDigits(toks, j + 1, total.add(group), true);
        if (frac != null) {
          frac.start = i;
          return withScale(toks, frac);
        }
        break;
      }
      NumberWord w = wordAt(toks, j);
      if (stopAtScale && w != null && w.kind() == NumKind.SCALE) {
        break;
      }
      boolean isOrdinal = false;
      if (w == null) {
        PhraseTable.Match<NumberWord> om = t.isWord() ? lx.ordinals.longest(toks, j) : null;
        if (om == null || !any) {
          break;
        }
        w = om.value();
        isOrdinal = true;
      }
      BigDecimal v = w.value();
      boolean ok = true;
      switch (w.kind()) {
        case DIGIT:
          ok = last == 0 || last >= 2;
          if (ok) {
            group = group.add(v);
            last = 1;
          }
          break;
        case TEEN:
          ok = last == 0 || last == 3;
          if (ok) {
            group = group.add(v);
            last = 1;
          }
          break;
        case TENS:
          ok = last == 0 || last == 3;
          if (ok) {
            group = group.add(v);
            last = 2;
          }
          break;
        case HUNDREDS:
          ok = last == 0;
          if (ok) {
            group = group.add(v);
            last = 3;
          }
          break;
        case HUNDRED_MULT:
          ok = last == 0 || (last == 1 && group.compareTo(BigDecimal.TEN) < 0);
          if (ok) {
            group = (last == 0 ? BigDecimal.ONE : group).multiply(v);
            last = 3;
          }
          break;
        case SCALE:
          ok = (lastScale == null || v.compareTo(lastScale) < 0) && (any || wordsRead == 0);
          if (ok) {
            if (group.signum() == 0) {
              group = BigDecimal.ONE;
            }
            total = total.add(group.multiply(v));
            group = BigDecimal.ZERO;
            lastScale = v;
            scaleSeen = true;
            last = 0;
          }
          break;
        case FRACTION:
          ok = last == 0 && group.signum() == 0;
          if (ok) {
            group = v;
            last = 1;
          }
          break;
        case HALF:
          ok = any;
          if (ok) {
            if (last == 0 && lastScale != null) {
              total = total.add(lastScale.divide(BigDecimal.valueOf(2)));
            } else {
              group = group.add(v);
            }
            last = 1;
          }
          break;
        case HALF_PRE:
          ok = !any && j + 1 < toks.size() && wordAt(toks, j + 1) != null
              && wordAt(toks, j + 1).kind() == NumKind.SCALE;
          if (ok) {
            group = v;
            last = 1;
          }
          break;
        case INT_MARK:
          if (any && !isOrdinal) {
            Num frac = fraction(toks, j + 1, total.add(group));
            if (frac != null) {
              frac.start = i;
              return withScale(toks, frac);
            }
          }
          ok = false;
          break;
        default:
          ok = false;
      }
      if (!ok) {
        break;
      }
      any = true;
      wordsRead++;
      j++;
      if (isOrdinal) {
        ordinal = true;
        break;
      }
      if (!endingOf(toks, j - 1).isEmpty()) {
        break; // a case ending closes the number: «жүзден астам»
      }
    }
    if (!any) {
      return null;
    }
    if (wordsRead == 1 && scaleSeen && VAGUE_PLURAL.contains(t0.lower) && !boundBefore(toks, i)) {
      return null; // «тысячи людей», «миллионы тенге»: no value
    }
    Num n = new Num();
    n.start = i;
    n.end = j;
    n.min = total.add(group);
    n.max = n.min;
    n.hasScale = scaleSeen;
    n.scale = lastScale;
    n.ordinal = ordinal;
    n.loneOne = wordsRead == 1 && n.min.compareTo(BigDecimal.ONE) == 0;
    n.smallWords = !scaleSeen && n.min.compareTo(BigDecimal.TEN) < 0;
    return n;
  }

  private boolean boundBefore(List<Tok> toks, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      PhraseTable.Match<FactLexicon.BoundWord> m = lx.bounds.longest(toks, k);
      if (m != null && m.value().before() && m.end() >= i - 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean simple(NumberWord w) {
    return w.kind() == NumKind.DIGIT || w.kind() == NumKind.TEEN || w.kind() == NumKind.TENS
        || w.kind() == NumKind.HUNDREDS || w.kind() == NumKind.FRACTION;
  }

  private Num ordinalAlone(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    if (!t.isWord()) {
      return null;
    }
    PhraseTable.Match<NumberWord> om = lx.ordinals.longest(toks, i);
    if (om == null) {
      return null;
    }
    Num n = fixed(i, om.value().value());
    n.ordinal = true;
    return n;
  }

  private static Num fixed(int i, BigDecimal v) {
    Num n = new Num();
    n.start = i;
    n.end = i + 1;
    n.min = v;
    n.max = v;
    return n;
  }

  /** «три целых две десятых» (numerator then denominator) or «үш бүтін оннан үш» (denominator first). */
  private Num fraction(List<Tok> toks, int j, BigDecimal whole) {
    if (j >= toks.size()) {
      return null;
    }
    if (isDenomKk(toks.get(j).lower)) {
      BigDecimal denom = kkDenom(toks.get(j).lower);
      Num num = j + 1 < toks.size() ? words(toks, j + 1, true) : null;
      if (num == null || num.ordinal) {
        return null;
      }
      return fractionResult(whole, num.min, denom, num.end);
    }
    Num num = words(toks, j, true);
    if (num == null) {
      return null;
    }
    if (num.end >= toks.size()) {
      return decimalDigits(toks, j, whole, false);
    }
    NumberWord d = wordAt(toks, num.end);
    if (d == null) {
      // «десятых» is also read as an ordinal; try the denominator words directly
      d = lx.numbers.word(toks.get(num.end).lower);
    }
    if (d == null || d.kind() != NumKind.DENOM) {
      return decimalDigits(toks, j, whole, false); // «отыз бес бүтін елу үш метр» = 35.53
    }
    return fractionResult(whole, num.min, d.value(), num.end + 1);
  }

  private static boolean isSpokenPoint(Tok t) {
    return t.is("де") || t.is("да") || t.is("те") || t.is("та");
  }

  /**
   * The digits after a spoken decimal point, read as written: «бүтін елу үш» = .53, «те алты» = .6. With
   * {@code needsUnit} a scale, percent, currency or unit word must follow (otherwise «де» is just «also»).
   */
  private Num decimalDigits(List<Tok> toks, int j, BigDecimal whole, boolean needsUnit) {
    if (j >= toks.size()) {
      return null;
    }
    Num num = words(toks, j, true);
    if (num == null || num.ordinal || num.min.scale() > 0 || num.min.signum() < 0) {
      return null;
    }
    if (needsUnit) {
      int k = num.end;
      if (k >= toks.size()) {
        return null;
      }
      NumberWord w = wordAt(toks, k);
      boolean unit = w != null && w.kind() == NumKind.SCALE || lx.percents.longest(toks, k) != null
          || lx.currencies.longest(toks, k) != null || lx.units.longest(toks, k) != null;
      if (!unit) {
        return null;
      }
    }
    int digits = num.min.toBigInteger().toString().length();
    Num n = new Num();
    n.end = num.end;
    n.min = whole.add(num.min.movePointLeft(digits));
    n.max = n.min;
    return n;
  }

  /** «екі бүтін оннан сегіз миллион»: a scale word after a fraction multiplies it. */
  private Num withScale(List<Tok> toks, Num n) {
    if (n.end < toks.size()) {
      NumberWord w = wordAt(toks, n.end);
      if (w != null && w.kind() == NumKind.SCALE) {
        n.min = n.min.multiply(w.value());
        n.max = n.min;
        n.scale = w.value();
        n.hasScale = true;
        n.end++;
      }
    }
    return n;
  }

  private static boolean isDenomKk(String lower) {
    return lower.equals("оннан") || lower.equals("жүзден") || lower.equals("мыңнан");
  }

  private static BigDecimal kkDenom(String lower) {
    return lower.equals("оннан") ? BigDecimal.TEN : lower.equals("жүзден") ? BigDecimal.valueOf(100)
        : BigDecimal.valueOf(1000);
  }

  private static Num fractionResult(BigDecimal whole, BigDecimal numerator, BigDecimal denom, int end) {
    if (numerator.compareTo(denom) >= 0) {
      return null;
    }
    Num n = new Num();
    n.end = end;
    n.min = whole.add(numerator.divide(denom, MathContext.DECIMAL64));
    n.max = n.min;
    return n;
  }

  /** The Kazakh ending of the number word at {@code j} («жүзден» → «ден»), or "". */
  String endingOf(List<Tok> toks, int j) {
    Tok t = toks.get(j);
    if (!t.isWord()) {
      return "";
    }
    PhraseTable.Match<NumberWord> m = lx.numbers.longest(toks, j);
    if (m == null) {
      m = lx.ordinals.longest(toks, j);
    }
    if (m == null || m.firstLength() >= t.lower.length()) {
      return "";
    }
    return t.lower.substring(m.firstLength());
  }

  /** Records a glued suffix (13%-ға is handled by the caller; here 60-тан, 11-інші) and word endings. */
  private void suffix(List<Tok> toks, Num n) {
    if (n.end < toks.size() && toks.get(n.end).kind == Tok.Kind.SUFFIX
        && toks.get(n.end).start == toks.get(n.end - 1).end) {
      String s = toks.get(n.end).lower;
      if (ORDINAL_SUFFIX.matcher(s).matches()) {
        n.ordinal = true;
        n.end++;
        return;
      }
      if (s.startsWith("дай") || s.startsWith("дей") || s.startsWith("тай") || s.startsWith("тей")
          || s.startsWith("шақты")) {
        n.approx = true;
        n.ending = s;
        n.end++;
        return;
      }
      if (KazakhEndings.isEnding(s, 0) || s.equals("х") || s.equals("ақ") || s.equals("ек")) {
        n.ending = s.equals("ақ") || s.equals("ек") ? "" : s;
        n.end++;
      }
      return;
    }
    if (!n.digits || n.hasScale) {
      String e = endingOf(toks, n.end - 1);
      if (e.startsWith("дай") || e.startsWith("дей") || e.startsWith("тай") || e.startsWith("тей")) {
        n.approx = true;
      }
      n.ending = e;
    }
  }

  /** Extends {@code a} into a range when a second number follows a dash, or «от … до», «-ден … -ге дейін». */
  private Num range(List<Tok> toks, Num a) {
    if (a.ordinal || a.ratioWord || a.isRange()) {
      return a;
    }
    int j = a.end;
    if (j + 1 < toks.size() && toks.get(j).isDash() && a.ending.isEmpty()) {
      Num b = single(toks, j + 1);
      if (b != null && !b.ordinal && b.digits == a.digits) {
        return join(a, b);
      }
      return a;
    }
    // «от 5 до 7»
    if (a.start > 0 && toks.get(a.start - 1).is("от") && j + 1 < toks.size() && toks.get(j).is("до")) {
      Num b = single(toks, j + 1);
      if (b != null && !b.ordinal) {
        Num r = join(a, b);
        if (r != a) {
          return r;
        }
      }
    }
    // «5-тен 7-ге дейін», «бестен жетіге дейін»
    if (isAblative(a.ending) && j < toks.size()) {
      Num b = single(toks, j);
      if (b != null && !b.ordinal && untilAfter(toks, b)) {
        Num r = join(a, b);
        if (r != a) {
          r.ending = b.ending;
          return r;
        }
      }
    }
    return a;
  }

  /** «7-ге дейін», «7 млрд теңгеге дейін»: a dative, then «дейін» within two tokens. */
  private static boolean untilAfter(List<Tok> toks, Num b) {
    if (isDative(b.ending) && b.end < toks.size() && isUntil(toks.get(b.end))) {
      return true;
    }
    for (int k = b.end; k < Math.min(toks.size() - 1, b.end + 2); k++) {
      Tok t = toks.get(k);
      String w = t.lower;
      boolean dative = w.endsWith("ға") || w.endsWith("ге") || w.endsWith("қа") || w.endsWith("ке")
          || w.endsWith("на") || w.endsWith("не");
      if (isUntil(toks.get(k + 1)) && t.isWord() && dative) {
        return true;
      }
    }
    return false;
  }

  static boolean isUntil(Tok t) {
    return t.is("дейін") || t.is("шейін");
  }

  private static Num join(Num a, Num b) {
    BigDecimal lo = a.min;
    BigDecimal hi = b.max;
    // «10–15 млн», «от 5 до 7 тыс.»: the scale of the second number applies to the first
    if (!a.hasScale && b.hasScale && b.digits == a.digits) {
      BigDecimal scale = b.scale;
      if (scale != null && lo.multiply(scale).compareTo(hi) < 0) {
        lo = lo.multiply(scale);
      }
    }
    if (lo.compareTo(hi) >= 0) {
      return a;
    }
    Num r = new Num();
    r.start = a.start;
    r.end = b.end;
    r.min = lo;
    r.max = hi;
    r.digits = a.digits;
    r.hasScale = a.hasScale || b.hasScale;
    r.scale = b.scale;
    r.ending = b.ending;
    r.smallWords = a.smallWords && b.smallWords;
    return r;
  }

  static boolean isAblative(String e) {
    return e.endsWith("дан") || e.endsWith("ден") || e.endsWith("тан") || e.endsWith("тен")
        || e.endsWith("нан") || e.endsWith("нен");
  }

  static boolean isDative(String e) {
    return e.equals("ға") || e.equals("ге") || e.equals("қа") || e.equals("ке") || e.endsWith("на")
        || e.endsWith("не") || e.equals("а") || e.equals("е") || e.endsWith("ына") || e.endsWith("іне");
  }
}
