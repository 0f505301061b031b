package kz.taldau;

/**
 * Limits that protect the pipeline from inputs it cannot handle well. Immutable; build with
 * {@link #builder()} or start from {@link #defaults()}. Error messages name the setting to change.
 *
 * @param maxChars longest accepted text, in UTF-16 units; longer input is rejected with
 *     {@link InputTooLargeException}, never truncated
 * @param maxTokenChars longer runs without a break (URLs, base64) are split into tokens of this length
 * @param maxSentenceTokens longer sentences are split into windows of this many tokens for NER
 */
public record ProcessingLimits(int maxChars, int maxTokenChars, int maxSentenceTokens) {

  public static final int DEFAULT_MAX_CHARS = 1_000_000;
  public static final int DEFAULT_MAX_TOKEN_CHARS = 256;
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 256;

  private static final ProcessingLimits DEFAULTS =
      new ProcessingLimits(DEFAULT_MAX_CHARS, DEFAULT_MAX_TOKEN_CHARS, DEFAULT_MAX_SENTENCE_TOKENS);

  public ProcessingLimits {
    requirePositive("maxChars", maxChars);
    requirePositive("maxTokenChars", maxTokenChars);
    requirePositive("maxSentenceTokens", maxSentenceTokens);
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("ProcessingLimits." + name + " must be positive: " + value);
    }
  }

  public static ProcessingLimits defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Throws {@link InputTooLargeException} when {@code length} exceeds {@link #maxChars()}. */
  public void checkLength(int length) {
    if (length > maxChars) {
      throw new InputTooLargeException(length, maxChars);
    }
  }

  /** Builder for {@link ProcessingLimits}. */
  public static final class Builder {
    private int maxChars;
    private int maxTokenChars;
    private int maxSentenceTokens;

    private Builder(ProcessingLimits from) {
      this.maxChars = from.maxChars;
      this.maxTokenChars = from.maxTokenChars;
      this.maxSentenceTokens = from.maxSentenceTokens;
    }

    public Builder maxChars(int value) {
      this.maxChars = value;
      return this;
    }

    public Builder maxTokenChars(int value) {
      this.maxTokenChars = value;
      return this;
    }

    public Builder maxSentenceTokens(int value) {
      this.maxSentenceTokens = value;
      return this;
    }

    public ProcessingLimits build() {
      return new ProcessingLimits(maxChars, maxTokenChars, maxSentenceTokens);
    }
  }
}
