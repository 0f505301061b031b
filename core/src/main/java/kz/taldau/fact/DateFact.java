package kz.taldau.fact;

import java.util.Objects;
import java.util.Optional;
import kz.taldau.TextSpan;

/**
 * A date, period or interval as ISO 8601 with TIMEX3-style extensions: {@code 2025-09-25}, {@code 2025-09},
 * {@code 2016}, {@code 2024-Q1}, {@code 2024-H1}, {@code 2024-03-01/2024-03-03}; relative values without a
 * document date: {@code THIS_YEAR}, {@code THIS_YEAR-Q1}, {@code LAST_YEAR}, {@code XXXX-01-15}.
 * Canonical form: {@code DATE 2025-09-25}.
 */
public record DateFact(TextSpan span, String text, String value, Optional<String> indicator) implements Fact {

  public DateFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(indicator, "indicator");
  }

  @Override
  public FactType type() {
    return FactType.DATE;
  }

  @Override
  public String canonical() {
    return Facts.canonical(type(), value, Optional.empty(), null, Optional.empty(), Optional.empty());
  }
}
