package kz.taldau.eval;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * P/R/F1 of one metric per type, micro-averaged (counts summed over types, conlleval's "overall") and
 * macro-averaged (the mean of the per-type precisions, recalls and F1s, as seqeval's "macro avg"), with
 * optional bootstrap confidence intervals. Only types with at least one gold or predicted item appear.
 */
public record Scores(Map<String, Prf> byType, Prf micro, double macroPrecision, double macroRecall,
    double macroF1, Optional<Confidence> confidence) {

  public Scores {
    byType = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(byType, "byType")));
    Objects.requireNonNull(micro, "micro");
    Objects.requireNonNull(confidence, "confidence");
  }

  /** The scores of the given per-type counts (types with no item at all are left out). */
  public static Scores of(Map<String, Prf> counts) {
    Map<String, Prf> byType = new TreeMap<>();
    counts.forEach((t, c) -> {
      if (!c.isEmpty()) {
        byType.put(t, c);
      }
    });
    Prf micro = Prf.ZERO;
    double p = 0;
    double r = 0;
    double f = 0;
    for (Prf c : byType.values()) {
      micro = micro.plus(c);
      p += c.precision();
      r += c.recall();
      f += c.f1();
    }
    int n = byType.size();
    return new Scores(byType, micro, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n == 0 ? 0 : f / n,
        Optional.empty());
  }

  /** A copy with confidence intervals. */
  public Scores withConfidence(Confidence c) {
    return new Scores(byType, micro, macroPrecision, macroRecall, macroF1, Optional.of(c));
  }

  /**
   * 95% (or other level) bootstrap intervals: micro precision, recall and F1, macro F1, and each type's F1.
   */
  public record Confidence(Interval microPrecision, Interval microRecall, Interval microF1, Interval macroF1,
      Map<String, Interval> typeF1) {
    public Confidence {
      Objects.requireNonNull(microPrecision, "microPrecision");
      Objects.requireNonNull(microRecall, "microRecall");
      Objects.requireNonNull(microF1, "microF1");
      Objects.requireNonNull(macroF1, "macroF1");
      typeF1 = Collections.unmodifiableMap(new TreeMap<>(typeF1));
    }
  }
}
