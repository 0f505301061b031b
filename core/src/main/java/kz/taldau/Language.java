package kz.taldau;

import java.util.Locale;
import java.util.Optional;

/** The languages Taldau identifies. {@link #OTHER} is text that is neither Kazakh nor Russian. */
public enum Language {
  KAZAKH("kk"),
  RUSSIAN("ru"),
  OTHER("other");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The tag used in JSON and on the command line: {@code kk}, {@code ru} or {@code other}. */
  public String tag() {
    return tag;
  }

  /**
   * Parses {@code kk}, {@code ru}, {@code other} or a BCP 47 tag whose language is one of them
   * ({@code kk-KZ}, {@code ru-RU}, {@code kaz}, {@code rus}); anything else is empty.
   */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String t = tag.trim().toLowerCase(Locale.ROOT);
    if (t.equals("other")) {
      return Optional.of(OTHER);
    }
    String lang = Locale.forLanguageTag(t.replace('_', '-')).getLanguage();
    return switch (lang) {
      case "kk", "kaz" -> Optional.of(KAZAKH);
      case "ru", "rus" -> Optional.of(RUSSIAN);
      default -> Optional.empty();
    };
  }
}
