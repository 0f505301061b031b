package kz.taldau;

import java.util.Objects;

/**
 * A sentence: its span in the original text, the tokens {@code [firstToken, endToken)} of
 * {@link Document#tokens()}, and the language identified for it with a confidence in {@code [0, 1]}.
 */
public record Sentence(TextSpan span, int firstToken, int endToken, Language language, double confidence) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(language, "language");
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  public int tokenCount() {
    return endToken - firstToken;
  }

  /** A copy with another language. */
  public Sentence withLanguage(Language lang, double conf) {
    return new Sentence(span, firstToken, endToken, lang, conf);
  }
}
