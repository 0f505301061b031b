package kz.taldau.eval;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to score: an optional type filter (only these entity and fact types are scored, within the types
 * the gold annotates), and the bootstrap settings for confidence intervals ({@code resamples} 0 turns
 * them off).
 */
public record ScoringOptions(Optional<Set<String>> types, int resamples, long seed, double level) {
  public static final int DEFAULT_RESAMPLES = 1000;
  public static final long DEFAULT_SEED = 42;
  public static final double DEFAULT_LEVEL = 0.95;

  public ScoringOptions {
    types = Objects.requireNonNull(types, "types").map(Set::copyOf);
    if (resamples < 0) {
      throw new IllegalArgumentException("resamples must be >= 0: " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
  }

  /** All annotated types; 1000 bootstrap resamples with seed 42 for 95% intervals. */
  public static ScoringOptions defaults() {
    return new ScoringOptions(Optional.empty(), DEFAULT_RESAMPLES, DEFAULT_SEED, DEFAULT_LEVEL);
  }

  /** A copy scoring only {@code onlyTypes}. */
  public ScoringOptions withTypes(Set<String> onlyTypes) {
    return new ScoringOptions(Optional.of(onlyTypes), resamples, seed, level);
  }

  /** A copy with other bootstrap settings. */
  public ScoringOptions withBootstrap(int newResamples, long newSeed) {
    return new ScoringOptions(types, newResamples, newSeed, level);
  }
}
