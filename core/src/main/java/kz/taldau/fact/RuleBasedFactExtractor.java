package kz.taldau.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.taldau.Document;
import kz.taldau.Language;
import kz.taldau.Sentence;
import kz.taldau.TextSpan;

/**
 * The default fact extractor: rules over tokens and {@link FactLexicon word lists} that find MONEY,
 * PERCENT, RATIO, QUANTITY and DATE facts in Kazakh and Russian text, sentence by sentence. Stateless
 * and thread-safe; build once and share. See the {@link kz.taldau.fact package documentation} for what each
 * type covers.
 */
public final class RuleBasedFactExtractor implements FactExtractor {
  private final FactLexicon lexicon;
  private final Set<FactType> types;
  private final NumberReader numbers;
  private final DateRules dates;
  private final FigureRules figures;

  /** An extractor with the bundled lexicon, for every fact type. */
  public RuleBasedFactExtractor() {
    this(FactLexicon.defaults(), EnumSet.allOf(FactType.class));
  }

  /**
   * An extractor with {@code lexicon} that reports only {@code types} (the others are still recognized, so
   * that, say, a date is never mistaken for a quantity).
   */
  public RuleBasedFactExtractor(FactLexicon lexicon, Set<FactType> types) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.types = types.isEmpty() ? EnumSet.noneOf(FactType.class) : EnumSet.copyOf(types);
    this.numbers = new NumberReader(lexicon);
    this.dates = new DateRules(lexicon, numbers);
    this.figures = new FigureRules(lexicon, numbers);
  }

  public FactLexicon lexicon() {
    return lexicon;
  }

  /** Facts sorted by start offset; an empty document gives an empty list. */
  @Override
  public List<Fact> extract(Document document) {
    Objects.requireNonNull(document, "document");
    List<Fact> out = new ArrayList<>();
    String text = document.text();
    for (Sentence s : document.sentences()) {
      List<Tok> toks = Tok.of(document, document.tokens(s), s.language() == Language.KAZAKH);
      if (!hasFigureCandidate(toks)) {
        continue;
      }
      Identifiers.block(lexicon, toks);
      for (DateRules.Found f : dates.find(toks, document.documentDate())) {
        if (types.contains(FactType.DATE)) {
          TextSpan span = span(toks, f.start(), f.end());
          out.add(new DateFact(span, span.of(text), f.value(), Optional.empty()));
        }
      }
      for (FigureRules.Figure f : figures.find(toks, s.language())) {
        if (types.contains(f.type())) {
          out.add(fact(f, toks, text));
        }
      }
    }
    out.sort(Comparator.comparing(Fact::span));
    return out;
  }

  /** Sentences without digits, and without words that could be numbers or dates, are skipped early. */
  private boolean hasFigureCandidate(List<Tok> toks) {
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.isNum()) {
        return true;
      }
      if (t.isWord() && (lexicon.numbers.longest(toks, i) != null || lexicon.periods.longest(toks, i) != null
          || lexicon.months.longest(toks, i) != null || t.lower.indexOf('-') > 0)) {
        return true;
      }
    }
    return false;
  }

  private static TextSpan span(List<Tok> toks, int start, int end) {
    return new TextSpan(toks.get(start).start, toks.get(end - 1).end);
  }

  private static Fact fact(FigureRules.Figure f, List<Tok> toks, String text) {
    TextSpan span = span(toks, f.start(), f.end());
    String surface = span.of(text);
    switch (f.type()) {
      case MONEY:
        return new MoneyFact(span, surface, f.value(), f.unit(), f.bound(), f.change(), f.indicator());
      case PERCENT:
        return new PercentFact(span, surface, f.value(), f.bound(), f.change(), f.indicator());
      case RATIO:
        return new RatioFact(span, surface, f.value(), f.bound(), f.change(), f.indicator());
      case QUANTITY:
        return new QuantityFact(span, surface, f.value(), f.unit(), f.bound(), f.change(), f.indicator());
      default:
        throw new IllegalStateException("not a figure type: " + f.type());
    }
  }
}
