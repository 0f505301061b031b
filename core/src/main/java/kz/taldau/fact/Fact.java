package kz.taldau.fact;

import java.util.Optional;
import kz.taldau.TextSpan;

/**
 * A figure found in the text, normalized into a typed record. Spans point into the original text;
 * {@code text} is the covered substring.
 */
public sealed interface Fact permits MoneyFact, PercentFact, RatioFact, QuantityFact, DateFact {

  FactType type();

  TextSpan span();

  String text();

  /** The economic indicator the figure measures (TRADE_TURNOVER, EXPORT, GDP…), when a cue word says so. */
  Optional<String> indicator();

  /**
   * A stable one-line form for test tables and golden files, e.g. {@code MONEY 30000000 USD APPROX}.
   * The span and text are not part of it.
   */
  String canonical();

  default int start() {
    return span().start();
  }

  default int end() {
    return span().end();
  }
}
