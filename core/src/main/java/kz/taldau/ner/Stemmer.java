package kz.taldau.ner;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.taldau.Language;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * A word-form key for features and for matching inflected mentions: lower-cased, ё folded to е, then
 * the Snowball Russian stemmer (Russian) or {@link KazakhSuffixStripper} (Kazakh). Not thread-safe (the
 * Snowball stemmer keeps its buffer): each feature generator and each tagging call owns one.
 */
final class Stemmer {
  private final Language language;
  private static final int CACHE_SIZE = 8192;
  private final RussianStemmer russian = new RussianStemmer();
  /** Recent stems: words repeat in news, and each token is stemmed for three window positions. */
  private final Map<String, String> cache = new HashMap<>();

  Stemmer(Language language) {
    this.language = language;
  }

  /** Lower-cases with the root locale and folds ё to е; Kazakh letters are kept (no ICU folding). */
  static String lower(String token) {
    return token.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** The stem of {@code token}, which may be in any case. */
  String stem(String token) {
    String cached = cache.get(token);
    if (cached != null) {
      return cached;
    }
    if (cache.size() >= CACHE_SIZE) {
      cache.clear();
    }
    String stem = compute(token);
    cache.put(token, stem);
    return stem;
  }

  private String compute(String token) {
    String w = lower(token);
    if (w.length() < 4) {
      return w;
    }
    if (language == Language.KAZAKH) {
      return KazakhSuffixStripper.strip(w);
    }
    russian.setCurrent(w);
    russian.stem();
    return russian.getCurrent();
  }
}
