package kz.taldau.fact;

import java.util.Objects;
import java.util.Optional;
import kz.taldau.TextSpan;

/**
 * A count or measure with its unit, the lemma of the counted noun or measure
 * (28 предприятий → 28 предприятие; 1 200 тонна → 1200 тонна).
 * Canonical form: {@code QUANTITY 60 кәсіпорын MORE_THAN}.
 */
public record QuantityFact(TextSpan span, String text, NumberRange value, String unit, Bound bound,
    Optional<Change> change, Optional<String> indicator) implements Fact {

  public QuantityFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(indicator, "indicator");
  }

  @Override
  public FactType type() {
    return FactType.QUANTITY;
  }

  @Override
  public String canonical() {
    return Facts.canonical(type(), value.toString(), Optional.of(unit), bound, change, indicator);
  }
}
