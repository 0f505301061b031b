package kz.taldau.norm;

import java.util.Objects;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.ner.EntityNormalizer;

/**
 * Base forms of entity mentions by rules and small bundled lexicons, with whitespace collapsed and the
 * original capitalization kept. Russian: nominative singular, for Russian, Kazakh and foreign names
 * alike (Женисом Касымбеком → Женис Касымбек; Карагандинской области → Карагандинская область;
 * plural-only names stay plural: Соединенных Штатах → Соединенные Штаты). Kazakh: the case ending of
 * the last word removed, respecting vowel harmony (Алматыда → Алматы, Пьер Кабаремен → Пьер Кабаре);
 * the possessive of an izafet name stays (ассамблеясының → ассамблеясы). {@link Language#OTHER}: only
 * whitespace is collapsed. Abbreviations, Latin words and words with digits are never changed.
 *
 * <p>Stateless and thread-safe; the lexicons load on first use.
 */
public final class RuleEntityNormalizer implements EntityNormalizer {
  private static final RuleEntityNormalizer INSTANCE = new RuleEntityNormalizer();

  /** The shared instance. */
  public static RuleEntityNormalizer getInstance() {
    return INSTANCE;
  }

  private RuleEntityNormalizer() {}

  @Override
  public String normalize(EntityMention mention, Language language) {
    Objects.requireNonNull(mention, "mention");
    return normalize(mention.text(), mention.type(), language);
  }

  /** The base form of an entity text of the given type and language (see the class comment). */
  public String normalize(String text, EntityType type, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(language, "language");
    String collapsed = Letters.collapseWhitespace(text);
    if (collapsed.isEmpty()) {
      return collapsed;
    }
    switch (language) {
      case RUSSIAN:
        return RussianEntityNormalizer.normalize(collapsed, type);
      case KAZAKH:
        return KazakhEntityNormalizer.normalize(collapsed, type);
      default:
        return collapsed;
    }
  }
}
