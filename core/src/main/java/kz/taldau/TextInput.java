package kz.taldau;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of a batch for {@link Pipeline#processAll}: an identifier that results and errors are reported
 * with, the text, and an optional document date.
 */
public record TextInput(String id, String text, Optional<LocalDate> documentDate) {
  public TextInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentDate, "documentDate");
  }

  public static TextInput of(String id, String text) {
    return new TextInput(id, text, Optional.empty());
  }

  public static TextInput of(String id, String text, LocalDate documentDate) {
    return new TextInput(id, text, Optional.ofNullable(documentDate));
  }
}
