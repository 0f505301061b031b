package kz.taldau.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring: document count, entity scores (when the gold annotates entities), fact scores
 * (when it annotates facts), and the error list in document order.
 */
public record EvaluationReport(int documents, ScoringOptions options, Optional<EntityScores> entities,
    Optional<FactScores> facts, List<ErrorItem> errors) {

  public EvaluationReport {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(facts, "facts");
    errors = List.copyOf(errors);
  }

  /**
   * Entity scores: exact span and type ({@code exact}, the CoNLL/seqeval convention), overlap with the same
   * type ({@code partial}), {@code norm} accuracy over exactly matched entities whose gold has a norm, and
   * the
   * type confusion matrix.
   */
  public record EntityScores(Scores exact, Scores partial, int normCorrect, int normTotal,
      ConfusionMatrix confusion) {
    public EntityScores {
      Objects.requireNonNull(exact, "exact");
      Objects.requireNonNull(partial, "partial");
      Objects.requireNonNull(confusion, "confusion");
    }

    /** {@code normCorrect / normTotal}, or empty when no matched entity had a gold norm. */
    public Optional<Double> normAccuracy() {
      return normTotal == 0 ? Optional.empty() : Optional.of((double) normCorrect / normTotal);
    }
  }

  /**
   * Fact scores: {@code span} (same type, overlapping spans) and {@code value} (also every typed field of the
   * gold fact equal), and the type confusion matrix.
   */
  public record FactScores(Scores span, Scores value, ConfusionMatrix confusion) {
    public FactScores {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(confusion, "confusion");
    }
  }
}
