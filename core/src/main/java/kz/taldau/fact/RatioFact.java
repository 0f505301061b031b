package kz.taldau.fact;

import java.util.Objects;
import java.util.Optional;
import kz.taldau.TextSpan;

/** A multiplier (в 1,5 раза → 1.5; вдвое, екі есе → 2). Canonical form: {@code RATIO 2 APPROX INCREASE}. */
public record RatioFact(TextSpan span, String text, NumberRange value, Bound bound,
    Optional<Change> change, Optional<String> indicator) implements Fact {

  public RatioFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(indicator, "indicator");
  }

  @Override
  public FactType type() {
    return FactType.RATIO;
  }

  @Override
  public String canonical() {
    return Facts.canonical(type(), value.toString(), Optional.empty(), bound, change, indicator);
  }
}
