package kz.taldau.fact;

import java.util.Objects;
import java.util.Optional;
import kz.taldau.TextSpan;

/** A percentage (13 for 13%), or a range. Canonical form: {@code PERCENT 13 INCREASE TRADE_TURNOVER}. */
public record PercentFact(TextSpan span, String text, NumberRange value, Bound bound,
    Optional<Change> change, Optional<String> indicator) implements Fact {

  public PercentFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(indicator, "indicator");
  }

  @Override
  public FactType type() {
    return FactType.PERCENT;
  }

  @Override
  public String canonical() {
    return Facts.canonical(type(), value.toString(), Optional.empty(), bound, change, indicator);
  }
}
