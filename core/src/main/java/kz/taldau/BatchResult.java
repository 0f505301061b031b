package kz.taldau;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one {@link TextInput} of {@link Pipeline#processAll}: the document, or the error that
 * stopped it (a text over the size limit, say). Exactly one of the two is present.
 */
public record BatchResult(String id, Optional<Document> document, Optional<RuntimeException> error) {
  public BatchResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(error, "error");
    if (document.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("exactly one of document and error must be present for " + id);
    }
  }

  static BatchResult success(String id, Document document) {
    return new BatchResult(id, Optional.of(document), Optional.empty());
  }

  static BatchResult failure(String id, RuntimeException error) {
    return new BatchResult(id, Optional.empty(), Optional.of(error));
  }

  public boolean isSuccess() {
    return document.isPresent();
  }
}
