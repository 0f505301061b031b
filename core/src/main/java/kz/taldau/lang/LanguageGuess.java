package kz.taldau.lang;

import java.util.Objects;
import kz.taldau.Language;

/**
 * A language decision with its confidence in {@code [0, 1]} and the evidence it rests on: the number of
 * letters looked at (zero when the text had none, in which case the guess should not be trusted).
 */
public record LanguageGuess(Language language, double confidence, int letters) {
  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }
}
