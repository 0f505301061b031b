package kz.taldau.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one version of a model: {@code <language>-<task>-<domain>@<version>}, e.g. {@code kk-ner-news@1}.
 * The files live at {@code kz/taldau/models/<task>/<language>-<domain>-v<version>.bin} and
 * {@code .properties} (the manifest), so the version is part of every file name.
 */
public record ModelId(String language, String task, String domain, int version) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern ID =
      Pattern.compile("([a-z][a-z0-9]*)-([a-z][a-z0-9]*)-([a-z][a-z0-9]*)@([0-9]{1,6})");

  public ModelId {
    requireName("language", language);
    requireName("task", task);
    requireName("domain", domain);
    if (version < 1) {
      throw new IllegalArgumentException("model version must be positive: " + version);
    }
  }

  private static void requireName(String what, String value) {
    Objects.requireNonNull(value, what);
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException("model " + what + " must be lower-case letters and digits: '"
          + value + "'");
    }
  }

  /**
   * Parses {@code kk-ner-news@1}.
   *
   * @throws IllegalArgumentException if {@code id} does not have that shape
   */
  public static ModelId parse(String id) {
    Objects.requireNonNull(id, "id");
    Matcher m = ID.matcher(id.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("invalid model id '" + id
          + "': expected <language>-<task>-<domain>@<version>,"
          + " e.g. kk-ner-news@1");
    }
    return new ModelId(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)));
  }

  /** The file name without extension: {@code kk-news-v1}. */
  public String baseName() {
    return language + "-" + domain + "-v" + version;
  }

  /** The classpath directory of the model files, without leading slash: {@code kz/taldau/models/ner}. */
  public String resourceDirectory() {
    return "kz/taldau/models/" + task;
  }

  /*
   * equals and hashCode written out, with the record's meaning: the generated ones are linked through
   * invokedynamic (ObjectMethods) on first use, which is a measurable part of loading the models.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ModelId other && version == other.version && language.equals(other.language)
        && task.equals(other.task) && domain.equals(other.domain);
  }

  @Override
  public int hashCode() {
    return ((language.hashCode() * 31 + task.hashCode()) * 31 + domain.hashCode()) * 31 + version;
  }

  /** {@code kk-ner-news@1}. */
  @Override
  public String toString() {
    return language + "-" + task + "-" + domain + "@" + version;
  }
}
