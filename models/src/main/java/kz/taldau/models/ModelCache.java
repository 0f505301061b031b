package kz.taldau.models;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kz.taldau.Language;

/**
 * One value per language, made by {@code loader} on first use and kept; thread-safe. Concurrent first uses
 * of one language wait for a single load, while different languages load at the same time (a
 * {@code ConcurrentHashMap.computeIfAbsent} would hold a map bin, which two keys may share, and forbids
 * other updates of the map from inside the loader). A load that throws is not kept: the next use tries
 * again and reports its own failure.
 */
final class ModelCache<V> {
  private final Function<Language, V> loader;
  private final Map<Language, V> loaded = new ConcurrentHashMap<>();
  private final Map<Language, Object> locks = new EnumMap<>(Language.class);

  ModelCache(Function<Language, V> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
    for (Language l : Language.values()) {
      locks.put(l, new Object());
    }
  }

  /** Whether the value for {@code language} is loaded already. */
  boolean isLoaded(Language language) {
    return loaded.containsKey(language);
  }

  /** The value for {@code language}, loading it on this thread if no other thread has. */
  V get(Language language) {
    V v = loaded.get(language);
    if (v != null) {
      return v;
    }
    synchronized (locks.get(language)) {
      v = loaded.get(language);
      if (v == null) {
        v = Objects.requireNonNull(loader.apply(language), "loader returned null");
        loaded.put(language, v);
      }
      return v;
    }
  }
}
