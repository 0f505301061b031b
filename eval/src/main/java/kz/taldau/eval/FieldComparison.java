package kz.taldau.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.taldau.corpus.GoldFact;

/**
 * Compares the typed fields of a gold fact with a predicted fact's DocumentJson fields. Only the fields
 * present in the gold fact count. Numbers are compared as exact decimals ({@code 13} equals {@code 13.0},
 * by {@link BigDecimal#compareTo}); a value that is not a number (currency, bound, a DATE value such as
 * {@code 2024-Q1}) must be equal as a string; a gold {@code null} requires the field to be absent.
 */
final class FieldComparison {
  private FieldComparison() {}

  /** The first differing field (in name order) as {@code "amount: gold 5, predicted 6"}, or empty if all
  /** equal. */
  static Optional<String> firstDifference(GoldFact gold, Prediction.Fact predicted) {
    for (Map.Entry<String, Optional<String>> f : new TreeMap<>(gold.fields()).entrySet()) {
      Optional<JsonNode> p = predicted.field(f.getKey());
      if (!equal(f.getValue(), p)) {
        return Optional.of(f.getKey() + ": gold " + f.getValue().orElse("null") + ", predicted "
            + p.map(JsonNode::asText).orElse("none"));
      }
    }
    return Optional.empty();
  }

  static boolean equal(Optional<String> gold, Optional<JsonNode> predicted) {
    if (gold.isEmpty() || predicted.isEmpty()) {
      return gold.isEmpty() && predicted.isEmpty();
    }
    Optional<BigDecimal> g = decimal(gold.get());
    Optional<BigDecimal> p = predicted.get().isNumber() ? Optional.of(predicted.get().decimalValue())
        : decimal(predicted.get().asText());
    if (g.isPresent() && p.isPresent()) {
      return g.get().compareTo(p.get()) == 0;
    }
    return gold.get().equals(predicted.get().asText());
  }

  private static Optional<BigDecimal> decimal(String s) {
    if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.')) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
