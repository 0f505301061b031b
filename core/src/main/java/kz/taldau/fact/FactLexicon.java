package kz.taldau.fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The word lists the fact extractor reads: number words, currencies, percent words, months, calendar
 * words, bound words, change words, indicator cues, units and counted nouns. The bundled lists are UTF-8
 * TSV files under {@code kz/taldau/fact/} in the jar, each with a {@code #} header describing its columns;
 * a user extends them with files of the same format through {@link #builder()}, e.g.
 * {@code FactLexicon.builder().indicators(Path.of("my-indicators.tsv")).build()}. Immutable and thread-safe.
 */
public final class FactLexicon {
  private static final Pattern UPPER_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  // Compiled once: String.matches and split with a regex compile their pattern on every line.
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Number word kinds, see numbers.tsv. */
  enum NumKind {
    DIGIT, TEEN, TENS, HUNDREDS, HUNDRED_MULT, SCALE, FRACTION, HALF, HALF_PRE, WHOLE, INT_MARK, DENOM, RATIO
  }

  /** A number word; {@code kazakhOnly} words are numbers only in Kazakh sentences (он = 10, not «he»). */
  record NumberWord(BigDecimal value, NumKind kind, boolean kazakhOnly) {}

  record BoundWord(boolean before, Bound bound) {}

  enum ChangeKind { VERB, NOUN, COMPARATIVE }

  record ChangeWord(Change change, ChangeKind kind) {}

  enum PeriodKind {
    YEAR, YEARS, LET, MONTHS, WEEKS, DAYS, CLOCK, AGE, ANNIVERSARY, QUARTER, HALF, HALF_OF, YEAR_REL, AGO,
    SINCE
  }

  record PeriodWord(PeriodKind kind, int offset) {}

  enum StopKind { NOT_NUMBER, VAGUE, FUNCTION, VERB, IDENT }

  final PhraseTable<NumberWord> numbers = new PhraseTable<>(0);
  final PhraseTable<NumberWord> ordinals = new PhraseTable<>(1);
  final PhraseTable<String> currencies = new PhraseTable<>(2);
  final PhraseTable<Boolean> percents = new PhraseTable<>(3);
  final PhraseTable<Integer> months = new PhraseTable<>(4);
  final PhraseTable<BoundWord> bounds = new PhraseTable<>(5);
  final PhraseTable<ChangeWord> changes = new PhraseTable<>(6);
  final PhraseTable<String> indicators = new PhraseTable<>(7);
  final PhraseTable<String> units = new PhraseTable<>(8);
  final PhraseTable<PeriodWord> periods = new PhraseTable<>(9);
  final PhraseTable<StopKind> stopwords = new PhraseTable<>(10);
  /** Russian noun stem key → lemma. */
  final Map<String, String> russianNouns = new HashMap<>();
  /** Kazakh noun stems, each matching itself with any ending chain. */
  final PhraseTable<String> kazakhNouns = new PhraseTable<>(11);

  private FactLexicon() {}

  /** Lazy holder of the bundled lexicon, as Lucene's DefaultSetHolder. */
  private static final class Holder {
    static final FactLexicon DEFAULTS = builder().build();
  }

  /** The bundled lexicon. */
  public static FactLexicon defaults() {
    return Holder.DEFAULTS;
  }

  /** A builder that starts from the bundled lists; the files it is given add to them. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of entries in every list together, for diagnostics. */
  public int size() {
    return numbers.size() + ordinals.size() + currencies.size() + percents.size() + months.size()
        + bounds.size() + changes.size() + indicators.size() + units.size() + periods.size()
        + stopwords.size()
        + russianNouns.size() + kazakhNouns.size();
  }

  /** Builder for {@link FactLexicon}: the bundled lists plus the caller's files, read when added. */
  public static final class Builder {
    private final List<Source> extra = new ArrayList<>();

    private Builder() {}

    private record Source(String file, String kind, List<String> lines) {}

    /**
     * Adds indicator cues from a UTF-8 file in the format of the bundled {@code indicators.tsv}: a word or
     * phrase, a tab, an upper-case indicator name.
     *
     * @throws IOException when the file cannot be read
     * @throws LexiconFormatException (when built) when a line is malformed, naming file and line
     */
    public Builder indicators(Path file) throws IOException {
      return add(file, "indicators");
    }

    /** Adds currency names from a file in the format of {@code currencies.tsv} (phrase, ISO 4217 code). */
    public Builder currencies(Path file) throws IOException {
      return add(file, "currencies");
    }

    /** Adds measure units and counted nouns from a file in the format of {@code units.tsv} (phrase, unit). */
    public Builder units(Path file) throws IOException {
      return add(file, "units");
    }

    /** Adds bound words from a file in the format of {@code bounds.tsv} (phrase, BEFORE|AFTER, bound). */
    public Builder bounds(Path file) throws IOException {
      return add(file, "bounds");
    }

    /** Adds change words from a file in the format of {@code changes.tsv} (phrase, direction, kind). */
    public Builder changes(Path file) throws IOException {
      return add(file, "changes");
    }

    private Builder add(Path file, String kind) throws IOException {
      Objects.requireNonNull(file, "file");
      try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
          BufferedReader br = new BufferedReader(r)) {
        extra.add(new Source(file.toString(), kind, br.lines().toList()));
      } catch (UncheckedIOException e) {
        throw new IOException(file + ": not valid UTF-8", e.getCause());
      }
      return this;
    }

    /**
     * Reads the bundled lists and the added files.
     *
     * @throws LexiconFormatException when a line is malformed
     * @throws IllegalStateException when a bundled list is missing from the jar
     */
    public FactLexicon build() {
      FactLexicon lx = new FactLexicon();
      for (String kind : List.of("numbers", "ordinals", "currencies", "percents", "months", "bounds",
          "changes", "indicators", "units", "periods", "stopwords", "nouns-ru", "nouns-kk")) {
        lx.read(kind + ".tsv", kind, bundled(kind + ".tsv"));
      }
      for (Source s : extra) {
        lx.read(s.file(), s.kind(), s.lines());
      }
      return lx;
    }
  }

  private static List<String> bundled(String name) {
    InputStream in = FactLexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("fact lexicon " + name + " is missing: it is part of the jar");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled fact lexicon " + name, e);
    }
  }

  private void read(String file, String kind, List<String> lines) {
    int no = 0;
    for (String raw : lines) {
      no++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      // String.split takes a fast path for one literal character; a compiled Pattern runs the regex engine.
      String[] cols = line.split("\t");
      for (int i = 0; i < cols.length; i++) {
        cols[i] = cols[i].strip();
      }
      try {
        addRow(kind, cols);
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(file, no, e.getMessage(), raw);
      }
    }
  }

  private void addRow(String kind, String[] c) {
    switch (kind) {
      case "numbers":
      case "ordinals": {
        need(c, 3);
        boolean kkOnly = c.length > 3 && c[3].equals("kk");
        if (c.length > 3 && !kkOnly) {
          throw new IllegalArgumentException("column 4 must be kk when given, got '" + c[3] + "'");
        }
        NumberWord w = new NumberWord(new BigDecimal(number(c[1])), enumValue(NumKind.class, c[2]), kkOnly);
        addAll(kind.equals("numbers") ? numbers : ordinals, c[0], w);
        break;
      }
      case "currencies":
        need(c, 2);
        if (!CURRENCY_CODE.matcher(c[1]).matches()) {
          throw new IllegalArgumentException("expected a three-letter ISO 4217 code, got '" + c[1] + "'");
        }
        addAll(currencies, c[0], c[1]);
        break;
      case "percents":
        need(c, 2);
        if (!c[1].equals("PERCENT") && !c[1].equals("POINT")) {
          throw new IllegalArgumentException("expected PERCENT or POINT, got '" + c[1] + "'");
        }
        addAll(percents, c[0], c[1].equals("POINT"));
        break;
      case "months": {
        need(c, 2);
        int m = Integer.parseInt(number(c[1]));
        if (m < 1 || m > 12) {
          throw new IllegalArgumentException("month must be 1..12, got " + m);
        }
        addAll(months, c[0], m);
        break;
      }
      case "bounds":
        need(c, 3);
        if (!c[1].equals("BEFORE") && !c[1].equals("AFTER")) {
          throw new IllegalArgumentException("expected BEFORE or AFTER, got '" + c[1] + "'");
        }
        addAll(bounds, c[0], new BoundWord(c[1].equals("BEFORE"), enumValue(Bound.class, c[2])));
        break;
      case "changes":
        need(c, 3);
        addAll(changes, c[0],
            new ChangeWord(enumValue(Change.class, c[1]), enumValue(ChangeKind.class, c[2])));
        break;
      case "indicators":
        need(c, 2);
        if (!UPPER_NAME.matcher(c[1]).matches()) {
          throw new IllegalArgumentException("indicator must be an upper-case name, got '" + c[1] + "'");
        }
        addAll(indicators, c[0], c[1]);
        break;
      case "units":
        need(c, 2);
        addAll(units, c[0], c[1]);
        break;
      case "periods": {
        PeriodKind k = enumValue(PeriodKind.class, need(c, 2)[1]);
        int offset = 0;
        if (k == PeriodKind.YEAR_REL) {
          need(c, 3);
          offset = Integer.parseInt(number(c[2]));
        }
        addAll(periods, c[0], new PeriodWord(k, offset));
        break;
      }
      case "stopwords":
        need(c, 2);
        addAll(stopwords, c[0], enumValue(StopKind.class, c[1]));
        break;
      case "nouns-ru":
        russianNouns.put(Lemmas.russianKey(PhraseTable.fold(c[0])), PhraseTable.fold(c[0]));
        break;
      case "nouns-kk":
        kazakhNouns.add(PhraseTable.fold(c[0]) + "+", PhraseTable.fold(c[0]));
        break;
      default:
        throw new IllegalStateException("unknown lexicon kind " + kind);
    }
  }

  private static String[] need(String[] c, int n) {
    if (c.length < n || c[0].isEmpty()) {
      throw new IllegalArgumentException("expected " + n + " tab-separated columns, got " + c.length);
    }
    return c;
  }

  private static String number(String s) {
    if (!NUMBER.matcher(s).matches()) {
      throw new IllegalArgumentException("expected a number, got '" + s + "'");
    }
    return s;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + s + "'", e);
    }
  }

  /** Adds a phrase whose words may list alternatives with '|': «год|года|году» expands to three entries. */
  private static <V> void addAll(PhraseTable<V> table, String phrase, V value) {
    List<String> out = new ArrayList<>();
    expand(PhraseTable.words(phrase.trim()), 0, "", out);
    for (String p : out) {
      table.add(p, value);
    }
  }

  private static void expand(String[] words, int i, String prefix, List<String> out) {
    if (i == words.length) {
      out.add(prefix);
      return;
    }
    for (String alt : words[i].split("\\|")) {
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("empty alternative in '" + String.join(" ", words) + "'");
      }
      expand(words, i + 1, prefix.isEmpty() ? alt : prefix + " " + alt, out);
    }
  }
}
