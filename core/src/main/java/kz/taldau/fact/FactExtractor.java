package kz.taldau.fact;

import java.util.List;
import kz.taldau.Document;

/**
 * Finds figures in a tokenized document. Implementations are stateless and thread-safe; they read
 * {@link Document#tokens()}, {@link Document#sentences()}, {@link Document#normalized()} and
 * {@link Document#documentDate()}, and return facts sorted by start offset.
 */
@FunctionalInterface
public interface FactExtractor {
  List<Fact> extract(Document document);
}
