package kz.taldau.fact;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact number or a closed range {@code [min, max]} of exact decimals. Values are stripped of
 * trailing zeros so that {@code 13}, {@code 13.0} and {@code 1.3E+1} compare and print alike.
 */
public record NumberRange(BigDecimal min, BigDecimal max) {

  public NumberRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    min = canonical(min);
    max = canonical(max);
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "range min " + min.toPlainString() + " > max " + max.toPlainString());
    }
  }

  public static NumberRange of(BigDecimal value) {
    return new NumberRange(value, value);
  }

  public static NumberRange of(String value) {
    return of(new BigDecimal(value));
  }

  public static NumberRange between(BigDecimal min, BigDecimal max) {
    return new NumberRange(min, max);
  }

  /** The single value, when {@code min == max}. */
  public Optional<BigDecimal> value() {
    return isSingle() ? Optional.of(min) : Optional.empty();
  }

  public boolean isSingle() {
    return min.compareTo(max) == 0;
  }

  /** Multiplies both ends, exactly. */
  public NumberRange times(BigDecimal factor) {
    return new NumberRange(min.multiply(factor), max.multiply(factor));
  }

  /** {@code 13} or {@code 10..15}, plain notation. */
  @Override
  public String toString() {
    return isSingle() ? min.toPlainString() : min.toPlainString() + ".." + max.toPlainString();
  }

  static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
