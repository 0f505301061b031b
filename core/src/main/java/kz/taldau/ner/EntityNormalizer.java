package kz.taldau.ner;

import kz.taldau.EntityMention;
import kz.taldau.Language;

/**
 * Gives the base form of an entity: Russian nominative singular, Kazakh without case and possessive
 * endings, whitespace collapsed. Thread-safe.
 */
@FunctionalInterface
public interface EntityNormalizer {
  String normalize(EntityMention mention, Language language);
}
