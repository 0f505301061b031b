package kz.taldau;

import java.util.Objects;

/**
 * One token. {@code text} is exactly {@code span.of(originalText)}; {@code form} is the same token after
 * {@link kz.taldau.text.TextNormalizer normalization} (NBSP to space, soft hyphens and zero-width
 * characters removed, quotes and dashes unified, NFC) and is what the taggers and extractors read.
 */
public record Token(TextSpan span, String text, String form, TokenKind kind) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(kind, "kind");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
