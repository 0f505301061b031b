package kz.taldau.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.taldau.fact.FactLexicon.PeriodKind;
import kz.taldau.fact.FactLexicon.PeriodWord;
import kz.taldau.fact.NumberReader.Num;

/**
 * Dates, periods and durations in one sentence, Russian and Kazakh: «25 сентября 2025 года», «2025 жылғы
 * 25 қыркүйек», «25.09.2025», «в 2019 году», «2016 жылы», «2022–2024 годы», «в первом квартале 2024 года»,
 * «биылғы жылдың бірінші тоқсанында», «первое полугодие», «9 месяцев текущего года», «январь–сентябрь»,
 * «с 1 по 3 марта», «в прошлом году», «былтыр»; durations «в течение 5 лет» as ISO 8601 {@code P5Y}.
 * Ages («45 жаста», «в возрасте 30 лет»), anniversaries («25 жылдығы», «180-летию») and clock times
 * produce nothing, but their numbers are marked used so that no QUANTITY comes from them.
 */
final class DateRules {
  private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})");
  private static final Pattern ROMAN = Pattern.compile("i{1,3}|iv|і{1,3}|іv");
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 2199;

  private final FactLexicon lx;
  private final NumberReader numbers;

  DateRules(FactLexicon lx, NumberReader numbers) {
    this.lx = lx;
    this.numbers = numbers;
  }

  /** A year: absolute, relative to the document date, or unknown. */
  private record Year(int value, int offset, boolean absolute, boolean known) {
    static final Year UNKNOWN = new Year(0, 0, false, false);

    static Year of(int y) {
      return new Year(y, 0, true, true);
    }

    static Year relative(int offset) {
      return new Year(0, offset, false, true);
    }

    /** {@code String.format("%04d", year)} without the formatter, which is slow on a hot path. */
    static String fourDigits(int year) {
      if (year < 0) {
        return String.format("%04d", year);
      }
      String digits = Integer.toString(year);
      return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    /** The year as text, or null when it cannot be written (a relative year other than -1, 0, +1). */
    String text(Optional<LocalDate> docDate) {
      if (absolute) {
        return fourDigits(value);
      }
      if (docDate.isPresent()) {
        return fourDigits(docDate.get().getYear() + (known ? offset : 0));
      }
      if (!known) {
        return "XXXX";
      }
      switch (offset) {
        case 0:
          return "THIS_YEAR";
        case -1:
          return "LAST_YEAR";
        case 1:
          return "NEXT_YEAR";
        default:
          return null;
      }
    }
  }

  /** A year phrase in tokens [start, end). */
  private record YearAt(int start, int end, Year year) {}

  /** A date found: tokens [start, end) and a function of the year that gives its value. */
  private interface Core {
    /** The value for {@code y}, or null if it cannot be written. */
    String value(String y);
  }

  private record CoreAt(int start, int end, Core core, boolean needsYear) {}

  /** A found date with its value, before it becomes a fact. */
  record Found(int start, int end, String value) {}

  /** Finds the dates of one sentence and marks their tokens used. */
  List<Found> find(List<Tok> toks, Optional<LocalDate> docDate) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      if (t.used || t.blocked && !t.isNum()) {
        i++;
        continue;
      }
      Found f = at(toks, i, docDate);
      if (f == null) {
        i++;
        continue;
      }
      for (int k = f.start; k < f.end; k++) {
        toks.get(k).used = true;
      }
      if (f.value != null) {
        out.add(f);
      }
      i = Math.max(f.end, i + 1);
    }
    return out;
  }

  private static boolean isKazakhFrom(Tok t) {
    return t.kazakhSentence && NumberReader.isAblative(t.lower);
  }

  /** Cheap test that a date can start at {@code i}, before the rules run. */
  private boolean mayStartDate(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    if (t.isNum()) {
      return true;
    }
    if (!t.isWord()) {
      return false;
    }
    return lx.numbers.longest(toks, i) != null || lx.ordinals.longest(toks, i) != null
        || lx.months.longest(toks, i) != null || lx.periods.longest(toks, i) != null || t.is("с")
        || t.is("со") || t.is("от") || t.lower.indexOf('-') > 0 || isRoman(t.lower);
  }

  /** {@link #ROMAN}, with the regex run only on words that start like one. */
  private static boolean isRoman(String lower) {
    char c = lower.isEmpty() ? ' ' : lower.charAt(0);
    return (c == 'i' || c == 'і') && lower.length() <= 3 && ROMAN.matcher(lower).matches();
  }

  private Found at(List<Tok> toks, int i, Optional<LocalDate> docDate) {
    if (!mayStartDate(toks, i)) {
      return null;
    }
    Found numeric = numericDate(toks, i, docDate);
    if (numeric != null) {
      return numeric;
    }
    Found interval = interval(toks, i, docDate);
    if (interval != null) {
      return interval;
    }
    YearAt before = yearBefore(toks, i);
    int j = before != null ? before.end : i;
    CoreAt core = core(toks, j);
    if (core != null && core.end < toks.size() && isKazakhFrom(toks.get(core.end - 1))) {
      // «1 маусымнан 31 тамызға дейін»
      CoreAt to = dayMonth(toks, core.end);
      if (to != null && to.end < toks.size() && NumberReader.isUntil(toks.get(to.end))) {
        Year y = before != null ? before.year : Year.UNKNOWN;
        String ys = y.text(docDate);
        String a = ys == null ? null : core.core.value(ys);
        String b = ys == null ? null : to.core.value(ys);
        return new Found(i, to.end, interval(a, b));
      }
    }
    if (core != null) {
      YearAt after = before == null ? yearAfter(toks, core.end) : null;
      Year y = before != null ? before.year : after != null ? after.year : Year.UNKNOWN;
      if (!core.needsYear || before != null || after != null || precededByFor(toks, core.start)) {
        String ys = y.text(docDate);
        String v = ys == null ? null : core.core.value(ys);
        int end = after != null ? after.end : core.end;
        return new Found(i, end, v);
      }
    }
    Found special = ageOrClock(toks, i);
    if (special != null) {
      return special;
    }
    Found range = yearRange(toks, i);
    if (range != null) {
      return range;
    }
    if (before != null && before.year.known()) {
      String ys = before.year.text(docDate);
      return new Found(before.start, before.end, ys);
    }
    Found rel = relativeYear(toks, i, docDate);
    if (rel != null) {
      return rel;
    }
    Found dur = duration(toks, i, docDate);
    if (dur != null) {
      return dur;
    }
    return bareYear(toks, i);
  }

  // ---- numeric dates ---------------------------------------------------------------------------------

  private Found numericDate(List<Tok> toks, int i, Optional<LocalDate> docDate) {
    Tok t = toks.get(i);
    if (!t.isNum()) {
      return null;
    }
    Matcher m = NUMERIC_DATE.matcher(t.form);
    if (m.matches()) {
      int d = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      if (m.group(3).length() == 2) {
        y += y < 50 ? 2000 : 1900;
      }
      String v = day(String.valueOf(y), mo, d);
      if (v == null) {
        return null;
      }
      int end = i + 1;
      PhraseTable.Match<PeriodWord> pw = lx.periods.longest(toks, end);
      if (pw != null && pw.value().kind() == PeriodKind.YEAR) {
        end = pw.end();
      }
      return new Found(i, end, v);
    }
    // 2025-09-25
    if (t.form.length() == 4 && DigitNumbers.isPlainInteger(t.form) && i + 4 < toks.size()
        && toks.get(i + 1).form.equals("-") && toks.get(i + 3).form.equals("-")
        && toks.get(i + 2).isNum() && toks.get(i + 4).isNum() && toks.get(i + 2).form.length() == 2
        && toks.get(i + 4).form.length() == 2 && toks.get(i + 4).start == toks.get(i + 3).end
        && toks.get(i + 2).start == toks.get(i + 1).end) {
      String v = day(t.form, Integer.parseInt(toks.get(i + 2).form), Integer.parseInt(toks.get(i + 4).form));
      return v == null ? null : new Found(i, i + 5, v);
    }
    return null;
  }

  // ---- year phrases ----------------------------------------------------------------------------------

  private PeriodWord period(List<Tok> toks, int j) {
    PhraseTable.Match<PeriodWord> m = lx.periods.longest(toks, j);
    return m == null || m.length() != 1 ? null : m.value();
  }

  private PhraseTable.Match<PeriodWord> periodMatch(List<Tok> toks, int j) {
    if (j >= toks.size()) {
      return null;
    }
    return lx.periods.longest(toks, j);
  }

  /** A year number at {@code j}: four plain digits (2016, 2010-ыншы) or words («екі мың он алтыншы»). */
  private int[] yearNumber(List<Tok> toks, int j) {
    if (j >= toks.size()) {
      return null;
    }
    Tok t = toks.get(j);
    if (t.isNum() && t.form.length() == 4 && DigitNumbers.isPlainInteger(t.form)) {
      int y = Integer.parseInt(t.form);
      if (y < MIN_YEAR || y > MAX_YEAR) {
        return null;
      }
      int end = j + 1;
      if (end < toks.size() && toks.get(end).kind == Tok.Kind.SUFFIX && toks.get(end).start == t.end) {
        end++;
      }
      return new int[] {y, end};
    }
    if (t.isWord()) {
      Num n = numbers.single(toks, j);
      if (n != null && !n.digits && n.min.compareTo(BigDecimal.valueOf(MIN_YEAR)) >= 0
          && n.min.compareTo(BigDecimal.valueOf(MAX_YEAR)) <= 0 && n.min.scale() <= 0 && !n.isRange()) {
        return new int[] {n.min.intValueExact(), n.end};
      }
    }
    return null;
  }

  /** A year that precedes what it qualifies (Kazakh «2025 жылғы», «биылғы жылдың», «өткен жылы»). */
  private YearAt yearBefore(List<Tok> toks, int i) {
    int[] yn = yearNumber(toks, i);
    if (yn != null) {
      int end = yearWord(toks, yn[1], PeriodKind.YEAR);
      return end < 0 ? null : new YearAt(i, end, Year.of(yn[0]));
    }
    PhraseTable.Match<PeriodWord> m = periodMatch(toks, i);
    if (m != null && m.value().kind() == PeriodKind.YEAR_REL) {
      return new YearAt(i, m.end(), Year.relative(m.value().offset()));
    }
    if (toks.get(i).is("жылдың")) {
      return new YearAt(i, i + 1, Year.UNKNOWN);
    }
    return null;
  }

  /**
   * The end of a year word of {@code kind} at {@code k}, also after one lower-case word («2023 учебном
   * году», «2024 қаржы жылы»), or -1.
   */
  private int yearWord(List<Tok> toks, int k, PeriodKind kind) {
    for (int q = k; q < Math.min(toks.size(), k + 2); q++) {
      PeriodWord w = period(toks, q);
      if (w != null && w.kind() == kind) {
        return q + 1;
      }
      Tok t = toks.get(q);
      if (!t.isWord() || t.startsUpper() || w != null || lx.numbers.longest(toks, q) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** A year that follows (Russian «… 2024 года», «… текущего года», «28 апреля, 2025»). */
  private YearAt yearAfter(List<Tok> toks, int j) {
    if (j >= toks.size()) {
      return null;
    }
    int k = j;
    if (toks.get(k).form.equals(",") && k + 1 < toks.size()) {
      k++;
    }
    int[] yn = yearNumber(toks, k);
    if (yn != null) {
      int end = yn[1];
      PeriodWord w = end < toks.size() ? period(toks, end) : null;
      if (w != null && w.kind() == PeriodKind.YEAR) {
        end++;
      } else if (k != j && end < toks.size() && toks.get(end).isWord() && toks.get(end).startsUpper()) {
        return null;
      }
      return new YearAt(j, end, Year.of(yn[0]));
    }
    PhraseTable.Match<PeriodWord> m = periodMatch(toks, j);
    if (m != null && m.value().kind() == PeriodKind.YEAR_REL && m.length() > 1) {
      return new YearAt(j, m.end(), Year.relative(m.value().offset()));
    }
    if (toks.get(j).is("года") || toks.get(j).is("жылдың")) {
      return new YearAt(j, j + 1, Year.UNKNOWN);
    }
    return null;
  }

  // ---- the date itself -------------------------------------------------------------------------------

  private Integer month(List<Tok> toks, int j, boolean anyCase) {
    if (j >= toks.size()) {
      return null;
    }
    Tok t = toks.get(j);
    if (!(t.isWord() || t.kind == Tok.Kind.SUFFIX) || (!anyCase && t.startsUpper())) {
      return null;
    }
    PhraseTable.Match<Integer> m = lx.months.longest(toks, j);
    return m == null || m.length() != 1 ? null : m.value();
  }

  private CoreAt core(List<Tok> toks, int j) {
    if (j >= toks.size()) {
      return null;
    }
    CoreAt c = dayMonth(toks, j);
    if (c == null) {
      c = quarterOrHalf(toks, j);
    }
    if (c == null) {
      c = monthsFromJanuary(toks, j);
    }
    if (c == null) {
      c = monthOrMonthRange(toks, j);
    }
    return c;
  }

  private int dayNumber(List<Tok> toks, int j) {
    if (j >= toks.size() || toks.get(j).blocked) {
      return -1;
    }
    Tok t = toks.get(j);
    if (!t.isNum() || !DigitNumbers.isPlainInteger(t.form) || t.form.length() > 2) {
      return -1;
    }
    int d = Integer.parseInt(toks.get(j).form);
    return d >= 1 && d <= 31 ? d : -1;
  }

  /** A day written in words: «жиырма жетінші наурыз», «бесінші қарашада»; {day, end} or null. */
  private int[] dayWords(List<Tok> toks, int j) {
    if (j >= toks.size() || !toks.get(j).isWord()) {
      return null;
    }
    Num n = numbers.single(toks, j);
    if (n == null || n.digits || n.isRange() || n.min.scale() > 0 || n.min.compareTo(BigDecimal.ONE) < 0
        || n.min.compareTo(BigDecimal.valueOf(31)) > 0) {
      return null;
    }
    return new int[] {n.min.intValue(), n.end};
  }

  /** «25 сентября», «25-қыркүйек», «1–3 марта», «11-інші мамыр». */
  private CoreAt dayMonth(List<Tok> toks, int j) {
    int d = dayNumber(toks, j);
    if (d < 0) {
      int[] dw = dayWords(toks, j);
      if (dw == null) {
        return null;
      }
      Integer m = month(toks, dw[1], false);
      return m == null ? null : new CoreAt(j, dw[1] + 1, y -> day(y, m, dw[0]), false);
    }
    int k = j + 1;
    if (k < toks.size() && toks.get(k).kind == Tok.Kind.SUFFIX) {
      Integer m = month(toks, k, true);
      if (m != null) {
        return new CoreAt(j, k + 1, y -> day(y, m, d), false);
      }
      k++; // an ordinal ending: 11-інші мамыр, 1-го марта
    }
    // a day range: 1–3 марта
    if (k + 1 < toks.size() && toks.get(k).isDash()) {
      int d2 = dayNumber(toks, k + 1);
      Integer m = month(toks, k + 2, true);
      if (d2 > d && m != null) {
        return new CoreAt(j, k + 3, y -> interval(day(y, m, d), day(y, m, d2)), false);
      }
      return null;
    }
    Integer m = month(toks, k, true);
    if (m == null) {
      return null;
    }
    return new CoreAt(j, k + 1, y -> day(y, m, d), false);
  }

  /** «I квартал», «1-тоқсан», «бірінші тоқсанында», «второе полугодие», «первой половине года». */
  private CoreAt quarterOrHalf(List<Tok> toks, int j) {
    Tok t = toks.get(j);
    int n = -1;
    int k = j + 1;
    if (t.isNum() && DigitNumbers.isPlainInteger(t.form) && t.form.length() == 1) {
      n = Integer.parseInt(t.form);
      if (k < toks.size() && toks.get(k).kind == Tok.Kind.SUFFIX) {
        PeriodWord glued = period(toks, k);
        if (glued != null && (glued.kind() == PeriodKind.QUARTER || glued.kind() == PeriodKind.HALF)) {
          return quarterCore(glued.kind(), n, j, k + 1);
        }
        k++;
      }
    } else if (t.isWord() && ROMAN.matcher(t.lower).matches()) {
      n = roman(t.lower);
    } else if (t.isWord()) {
      PhraseTable.Match<FactLexicon.NumberWord> om = lx.ordinals.longest(toks, j);
      if (om != null && om.value().value().compareTo(BigDecimal.valueOf(4)) <= 0) {
        n = om.value().value().intValue();
      }
      PeriodWord alone = period(toks, j);
      if (n < 0 && alone != null && alone.kind() == PeriodKind.HALF && !t.startsUpper()) {
        // «за полугодие», «по итогам полугодия»: the first half
        return new CoreAt(j, j + 1, y -> y + "-H1", true);
      }
    }
    if (n < 1 || k >= toks.size()) {
      return null;
    }
    PeriodWord w = period(toks, k);
    if (w == null) {
      return null;
    }
    if (toks.get(k).is("кв.") && k + 1 < toks.size() && (toks.get(k + 1).is("м") || toks.get(k + 1).is("м.")
        || toks.get(k + 1).is("км"))) {
      return null; // «1 кв. м»: a square metre
    }
    return quarterCore(w.kind(), n, j, k + 1);
  }

  private CoreAt quarterCore(PeriodKind kind, int n, int start, int end) {
    if (kind == PeriodKind.QUARTER && n <= 4) {
      return new CoreAt(start, end, y -> y + "-Q" + n, false);
    }
    if ((kind == PeriodKind.HALF || kind == PeriodKind.HALF_OF) && n <= 2) {
      return new CoreAt(start, end, y -> y + "-H" + n, false);
    }
    return null;
  }

  private static int roman(String r) {
    String s = r.replace('і', 'i');
    switch (s) {
      case "i":
        return 1;
      case "ii":
        return 2;
      case "iii":
        return 3;
      case "iv":
        return 4;
      default:
        return -1;
    }
  }

  /** «9 месяцев текущего года», «жылдың 9 айында»: January to the ninth month; needs a year or «за». */
  private CoreAt monthsFromJanuary(List<Tok> toks, int j) {
    Num n = numbers.single(toks, j);
    if (n == null || n.isRange() || n.ordinal || n.min.scale() > 0 || n.min.compareTo(BigDecimal.ONE) <= 0
        || n.min.compareTo(BigDecimal.valueOf(12)) > 0 || n.end >= toks.size()) {
      return null;
    }
    PeriodWord w = period(toks, n.end);
    if (w == null || w.kind() != PeriodKind.MONTHS) {
      return null;
    }
    int m = n.min.intValue();
    int end = n.end + 1;
    if (end < toks.size() && toks.get(end).is("ішінде")) {
      end++;
    }
    return new CoreAt(j, end, y -> interval(y + "-01", y + "-" + two(m)), true);
  }

  /** «в сентябре», «қыркүйек айында», «январь–сентябрь», «январе-сентябре», «қаңтар-қыркүйек айларында». */
  private CoreAt monthOrMonthRange(List<Tok> toks, int j) {
    Tok t = toks.get(j);
    if (!t.isWord()) {
      return null;
    }
    int dash = t.lower.indexOf('-');
    if (dash > 0) {
      Integer a = lx.months.word(t.lower.substring(0, dash));
      Integer b = lx.months.word(t.lower.substring(dash + 1));
      if (a != null && b != null && a < b) {
        return new CoreAt(j, skipMonthWord(toks, j + 1), y -> months(y, a, b), false);
      }
      return null;
    }
    Integer a = month(toks, j, true);
    if (a == null) {
      return null;
    }
    if (t.startsUpper() && skipMonthWord(toks, j + 1) == j + 1 && yearAfter(toks, j + 1) == null) {
      return null; // Қазан the city, Наурыз the holiday
    }
    if (j + 2 < toks.size() && toks.get(j + 1).isDash()) {
      Integer b = month(toks, j + 2, true);
      if (b != null && a < b) {
        return new CoreAt(j, skipMonthWord(toks, j + 3), y -> months(y, a, b), false);
      }
    }
    int end = skipMonthWord(toks, j + 1);
    PhraseTable.Match<Integer> mm = lx.months.longest(toks, j);
    boolean kazakhCase = mm != null && mm.firstLength() < t.lower.length();
    boolean preposition = j > 0 && isMonthPreposition(toks.get(j - 1).lower);
    boolean abbreviated = t.lower.endsWith(".") || t.lower.length() <= 4 && !t.lower.equals("май")
        && !t.lower.equals("мая") && !t.lower.equals("март") && !t.lower.equals("июнь") && !t.lower.equals("июль");
    // a bare lower-case month name is a month too («қаңтар оқиғалары», «январь выдался тёплым»), except
    // «қазан», which is also a cauldron
    boolean bare = !abbreviated && !t.startsUpper() && !t.lower.equals("қазан");
    if (end > j + 1 || kazakhCase || preposition || bare || (!abbreviated && yearAfter(toks, end) != null)) {
      return new CoreAt(j, end, y -> y + "-" + two(a), false);
    }
    return null;
  }

  private static int skipMonthWord(List<Tok> toks, int k) {
    if (k < toks.size() && (toks.get(k).lower.startsWith("айы") || toks.get(k).is("айда")
        || toks.get(k).lower.startsWith("айлар") || toks.get(k).is("месяц") || toks.get(k).is("месяце"))) {
      return k + 1;
    }
    return k;
  }

  private static boolean isMonthPreposition(String w) {
    switch (w) {
      case "в": case "во": case "с": case "со": case "до": case "по": case "к": case "на": case "после":
      case "начале": case "конце": case "середине": case "течение": case "until": case "in":
        return true;
      default:
        return false;
    }
  }

  private static boolean precededByFor(List<Tok> toks, int j) {
    return j > 0 && (toks.get(j - 1).is("за") || toks.get(j - 1).is("итогам"));
  }

  // ---- intervals, ranges, relative years, durations -----------------------------------------------

  /** «с 1 по 3 марта», «с 1 марта по 3 апреля 2024 года», «с 2019 по 2021 год». */
  private Found interval(List<Tok> toks, int i, Optional<LocalDate> docDate) {
    Tok t = toks.get(i);
    if (!(t.is("с") || t.is("со") || t.is("от")) || i + 3 >= toks.size()) {
      return null;
    }
    int d1 = dayNumber(toks, i + 1);
    if (d1 > 0) {
      int k = i + 2;
      Integer m1 = month(toks, k, true);
      if (m1 != null) {
        k++;
      }
      if (k >= toks.size() || !(toks.get(k).is("по") || toks.get(k).is("до"))) {
        return null;
      }
      int d2 = dayNumber(toks, k + 1);
      Integer m2 = month(toks, k + 2, true);
      if (d2 < 0 || m2 == null) {
        return null;
      }
      int end = k + 3;
      YearAt after = yearAfter(toks, end);
      String y = (after != null ? after.year : Year.UNKNOWN).text(docDate);
      if (after != null) {
        end = after.end;
      }
      int fm1 = m1 != null ? m1 : m2;
      String a = day(y, fm1, d1);
      String b = day(y, m2, d2);
      if (a == null || b == null || (fm1 == m2 && d1 >= d2)) {
        return null;
      }
      return new Found(i, end, interval(a, b));
    }
    int[] y1 = yearNumber(toks, i + 1);
    if (y1 != null && y1[1] < toks.size() && (toks.get(y1[1]).is("по") || toks.get(y1[1]).is("до"))) {
      int[] y2 = yearNumber(toks, y1[1] + 1);
      if (y2 != null && y2[0] > y1[0] && y2[1] < toks.size()) {
        PeriodWord w = period(toks, y2[1]);
        if (w != null && (w.kind() == PeriodKind.YEAR || w.kind() == PeriodKind.YEARS)) {
          return new Found(i, y2[1] + 1, y1[0] + "/" + y2[0]);
        }
      }
    }
    return null;
  }

  /** «2022–2024 годы», «2019-2021 жылдары». */
  private Found yearRange(List<Tok> toks, int i) {
    int[] y1 = yearNumber(toks, i);
    if (y1 == null || y1[1] + 1 >= toks.size() || !toks.get(y1[1]).isDash()) {
      return null;
    }
    int[] y2 = yearNumber(toks, y1[1] + 1);
    if (y2 == null || y2[0] <= y1[0] || y2[1] >= toks.size()) {
      return null;
    }
    int end = Math.max(yearWord(toks, y2[1], PeriodKind.YEAR), yearWord(toks, y2[1], PeriodKind.YEARS));
    return end < 0 ? null : new Found(i, end, y1[0] + "/" + y2[0]);
  }

  /** «в прошлом году», «текущего года», «былтыр», «биыл». */
  private Found relativeYear(List<Tok> toks, int i, Optional<LocalDate> docDate) {
    PhraseTable.Match<PeriodWord> m = periodMatch(toks, i);
    if (m == null || m.value().kind() != PeriodKind.YEAR_REL) {
      return null;
    }
    String y = Year.relative(m.value().offset()).text(docDate);
    return new Found(i, m.end(), y);
  }

  /** «5 лет», «үш жыл», «10 дней», «5 лет назад»; ages, anniversaries and clock times give nothing. */
  private Found duration(List<Tok> toks, int i, Optional<LocalDate> docDate) {
    Num n = numbers.read(toks, i);
    if (n == null || n.ordinal || n.end >= toks.size()) {
      return null;
    }
    PeriodWord w = period(toks, n.end);
    if (w == null) {
      return null;
    }
    boolean possessive = toks.get(n.end).lower.endsWith("і") || toks.get(n.end).lower.endsWith("ы");
    boolean one = n.loneOne || n.min.compareTo(BigDecimal.ONE) == 0;
    if (n.isRange() || (one || !n.ending.isEmpty()) && possessive) {
      // «6–7 жыл»: ISO 8601 has no range of durations; «бір күні» means «once»
      boolean calendar = w.kind() == PeriodKind.YEAR || w.kind() == PeriodKind.LET
          || w.kind() == PeriodKind.MONTHS || w.kind() == PeriodKind.WEEKS || w.kind() == PeriodKind.DAYS;
      return calendar ? new Found(i, n.end + 1, null) : null;
    }
    String unit;
    switch (w.kind()) {
      case YEAR:
      case LET:
        unit = "Y";
        break;
      case MONTHS:
        unit = "M";
        break;
      case WEEKS:
        unit = "W";
        break;
      case DAYS:
        unit = "D";
        break;
      default:
        return null;
    }
    if (n.digits && n.plainInteger && n.min.compareTo(BigDecimal.valueOf(MIN_YEAR)) >= 0 && unit.equals("Y")
        && w.kind() != PeriodKind.LET) {
      return null;
    }
    int end = n.end + 1;
    String unitWord = toks.get(n.end).lower;
    if (isAge(toks, i) || w.kind() == PeriodKind.LET || unitWord.equals("года") || unitWord.equals("год")) {
      if (isAge(toks, i) || russianAge(toks, i)) {
        return new Found(i, end, null);
      }
    }
    if ((unitWord.equals("году") || unitWord.equals("годом") || unitWord.equals("годе"))
        && n.min.compareTo(BigDecimal.ONE) > 0) {
      return new Found(i, end, null); // «на 85 году жизни»: an ordinal
    }
    if (n.loneOne && toks.get(i).startsUpper() && !toks.get(i).kazakhSentence) {
      return null; // «Один день Ивана Денисовича»: a title
    }
    if (end < toks.size() && period(toks, end) != null && period(toks, end).kind() == PeriodKind.AGO) {
      if (unit.equals("Y") && docDate.isPresent() && n.min.scale() <= 0) {
        return new Found(i, end + 1, String.valueOf(docDate.get().getYear() - n.min.intValue()));
      }
      return new Found(i, end + 1, null);
    }
    return new Found(i, end, "P" + n.min.toPlainString() + unit);
  }

  /**
   * «в 13 лет», «до 60 лет», «Кравцову 39 лет»: an age, unless a duration word stands before the number
   * (за, в течение, на, через, более, уже, спустя, последние, сроком…).
   */
  private static boolean russianAge(List<Tok> toks, int i) {
    if (i == 0) {
      return false;
    }
    Tok p = toks.get(i - 1);
    if (p.is("в") || p.is("до") || p.is("с") || p.is("было") || p.is("исполнится") || p.is("стукнуло")) {
      return true;
    }
    return p.isWord() && p.startsUpper();
  }

  private static boolean isAge(List<Tok> toks, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      String w = toks.get(k).lower;
      if (w.startsWith("возраст") || w.startsWith("исполнил") || w.equals("ему") || w.equals("ей")
          || w.equals("им") || w.startsWith("старше") || w.startsWith("младше") || w.startsWith("моложе")) {
        return true;
      }
    }
    return false;
  }

  /** Numbers before an age, anniversary or clock word: marked used, no fact. */
  private Found ageOrClock(List<Tok> toks, int i) {
    Num n = numbers.single(toks, i);
    if (n == null || n.end > toks.size()) {
      return null;
    }
    int k = n.end;
    // «180-летию», «5-летний»: the word was split off as a suffix
    if (k == n.start + 1 && k < toks.size() && toks.get(k).kind == Tok.Kind.SUFFIX) {
      k = n.start + 1;
    }
    if (n.ordinal && n.end > n.start + 1 && toks.get(n.end - 1).kind == Tok.Kind.SUFFIX) {
      k = n.end - 1;
    }
    for (int q = k; q < Math.min(toks.size(), n.end + 1); q++) {
      PeriodWord w = period(toks, q);
      if (w != null && (w.kind() == PeriodKind.AGE || w.kind() == PeriodKind.ANNIVERSARY
          || w.kind() == PeriodKind.CLOCK)) {
        return new Found(i, q + 1, null);
      }
    }
    return null;
  }

  /** «в 2020», «2016-да», «2020-ға дейін», «с 2015»: a year without a year word. */
  private Found bareYear(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    if (!t.isNum() || t.form.length() != 4 || !DigitNumbers.isPlainInteger(t.form)) {
      return null;
    }
    int y = Integer.parseInt(t.form);
    if (y < 1900 || y > 2100) {
      return null;
    }
    int end = i + 1;
    if (end < toks.size() && toks.get(end).kind == Tok.Kind.SUFFIX && toks.get(end).start == t.end) {
      String s = toks.get(end).lower;
      if (end + 1 < toks.size() && lx.bounds.longest(toks, end + 1) != null) {
        return null; // «2000-нан астам», «2000-ға жуық»: a count, not a year
      }
      if (s.equals("х") && y % 10 == 0) {
        int e = end + 1;
        PeriodWord w = e < toks.size() ? period(toks, e) : null;
        if (w != null && (w.kind() == PeriodKind.YEAR || w.kind() == PeriodKind.YEARS)) {
          e++;
        }
        return new Found(i, e, String.valueOf(y / 10)); // «в начале 2000-х»: the decade, TIMEX3 «200»
      }
      if (s.equals("м") || s.equals("го") || s.equals("й") || NumberReader.isAblative(s)
          || NumberReader.isDative(s) || s.endsWith("да") || s.endsWith("де") || s.endsWith("та")
          || s.endsWith("те")) {
        return new Found(i, end + 1, String.valueOf(y));
      }
      return null;
    }
    if (i > 0 && toks.get(i - 1).form.equals("(") && end < toks.size() && toks.get(end).form.equals(")")) {
      return new Found(i, end, String.valueOf(y)); // «The Fat Of The Land (1997)»
    }
    boolean prep = i > 0 && isMonthPreposition(toks.get(i - 1).lower);
    boolean free = end >= toks.size() || toks.get(end).kind == Tok.Kind.PUNCT
        || lx.stopwords.longest(toks, end) != null;
    return prep && free ? new Found(i, end, String.valueOf(y)) : null;
  }

  // ---- values ----------------------------------------------------------------------------------------

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  /** {@code y-MM-DD}, or null for an impossible day. */
  static String day(String y, int month, int day) {
    if (y == null || month < 1 || month > 12 || day < 1) {
      return null;
    }
    int max;
    if (y.matches("\\d{4}")) {
      max = YearMonth.of(Integer.parseInt(y), month).lengthOfMonth();
    } else {
      max = YearMonth.of(2024, month).lengthOfMonth();
    }
    return day > max ? null : y + "-" + two(month) + "-" + two(day);
  }

  private static String months(String y, int a, int b) {
    return interval(y + "-" + two(a), y + "-" + two(b));
  }

  private static String interval(String a, String b) {
    return a == null || b == null ? null : a + "/" + b;
  }
}
