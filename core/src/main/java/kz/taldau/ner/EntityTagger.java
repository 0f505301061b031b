package kz.taldau.ner;

import java.util.List;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.Sentence;

/**
 * Finds named entities in some sentences of a tokenized document (the pipeline passes the sentences of
 * one language). Returns flat, non-overlapping mentions sorted by start; {@code norm} may be left equal
 * to the text, the pipeline's {@link EntityNormalizer} fills it. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface EntityTagger {
  List<EntityMention> tag(Document document, List<Sentence> sentences);
}
