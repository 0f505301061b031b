package kz.taldau.norm;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.ner.EntityNormalizer;
import kz.taldau.text.Whitespace;

/**
 * Base forms of entity mentions by rules and small bundled lexicons, with whitespace collapsed and the
 * original capitalization kept. Russian: nominative singular, for Russian, Kazakh and foreign names
 * alike (Женисом Касымбеком → Женис Касымбек; Карагандинской области → Карагандинская область;
 * plural-only names stay plural: Соединенных Штатах → Соединенные Штаты). Kazakh: the case ending of
 * the last word removed, respecting vowel harmony (Алматыда → Алматы, Пьер Кабаремен → Пьер Кабаре);
 * the possessive of an izafet name stays (ассамблеясының → ассамблеясы). A quoted name left open is closed
 * (АО «Самрук-Казына → АО «Самрук-Казына»). {@link Language#OTHER}: only
 * whitespace is collapsed. Abbreviations, Latin words and words with digits are never changed.
 *
 * <p>Thread-safe; the lexicons load on first use. Results are remembered (a name recurs in an article and
 * across an archive): up to {@value #CACHE_SIZE} of them, then the memory is emptied.
 */
public final class RuleEntityNormalizer implements EntityNormalizer {
  private static final RuleEntityNormalizer INSTANCE = new RuleEntityNormalizer();
  static final int CACHE_SIZE = 20_000;

  private record Key(String text, EntityType type, Language language) {}

  private final Map<Key, String> cache = new ConcurrentHashMap<>();

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
    Key key = new Key(text, type, language);
    String known = cache.get(key);
    if (known != null) {
      return known;
    }
    if (cache.size() >= CACHE_SIZE) {
      cache.clear();
    }
    String norm = compute(text, type, language);
    cache.put(key, norm);
    return norm;
  }

  private static String compute(String text, EntityType type, Language language) {
    String collapsed = Whitespace.collapse(text);
    if (collapsed.isEmpty()) {
      return collapsed;
    }
    switch (language) {
      case RUSSIAN:
        return closeQuote(RussianEntityNormalizer.normalize(collapsed, type));
      case KAZAKH:
        return closeQuote(KazakhEntityNormalizer.normalize(collapsed, type));
      default:
        return collapsed;
    }
  }

  /**
   * Closes a quoted name left open: a mention may end inside the quotes (NEREL's spans of an organization
   * whose name ends with a quoted name leave the closing quote out: правления АО «Самрук-Казына), its base
   * form should not (правление АО «Самрук-Казына»). Only one missing closing guillemet is added.
   */
  static String closeQuote(String norm) {
    int open = 0;
    int close = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      open += c == '«' ? 1 : 0;
      close += c == '»' ? 1 : 0;
    }
    return open == close + 1 && norm.lastIndexOf('«') > norm.lastIndexOf('»') ? norm + '»' : norm;
  }
}
