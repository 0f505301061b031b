package kz.taldau.fact;

import java.util.Objects;
import java.util.Optional;
import kz.taldau.TextSpan;

/**
 * An amount of money: {@code amount} exact (or a range), {@code currency} an ISO 4217 code (KZT, RUB, USD…).
 * Canonical form: {@code MONEY 30000000 USD APPROX TRADE_TURNOVER}.
 */
public record MoneyFact(TextSpan span, String text, NumberRange amount, String currency, Bound bound,
    Optional<Change> change, Optional<String> indicator) implements Fact {

  public MoneyFact {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(indicator, "indicator");
  }

  @Override
  public FactType type() {
    return FactType.MONEY;
  }

  @Override
  public String canonical() {
    return Facts.canonical(type(), amount.toString(), Optional.of(currency), bound, change, indicator);
  }
}
