package kz.taldau.corpus;

import java.util.Objects;
import java.util.Optional;
import kz.taldau.TextSpan;

/**
 * A hand-annotated entity: its project type ({@code PER}, {@code ORG}, {@code LOC} after type mapping),
 * its span in the document text, the covered text, the base form when annotated, and whether it is
 * {@code optional} (neither a miss nor a false alarm when scoring).
 */
public record GoldEntity(String type, TextSpan span, String text, Optional<String> norm, boolean optional) {

  public GoldEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    if (type.isBlank()) {
      throw new IllegalArgumentException("blank entity type at " + span);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("entity text \"" + text + "\" does not fit its span " + span);
    }
  }

  /** A required entity without a base form. */
  public static GoldEntity of(String type, TextSpan span, String text) {
    return new GoldEntity(type, span, text, Optional.empty(), false);
  }
}
