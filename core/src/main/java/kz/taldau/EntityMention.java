package kz.taldau;

import java.util.Objects;

/**
 * A named entity in the original text. {@code norm} is its base form (Russian nominative singular,
 * Kazakh without case and possessive endings), equal to the whitespace-collapsed text when no rule applies.
 * {@code score} is the tagger's probability in {@code [0, 1]}.
 */
public record EntityMention(TextSpan span, String text, EntityType type, String norm, double score) {

  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(norm, "norm");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** A copy with another base form. */
  public EntityMention withNorm(String newNorm) {
    return new EntityMention(span, text, type, newNorm, score);
  }
}
