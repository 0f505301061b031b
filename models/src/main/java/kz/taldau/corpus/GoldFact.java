package kz.taldau.corpus;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.taldau.TextSpan;

/**
 * A hand-annotated fact: its type ({@code MONEY}, {@code PERCENT}, {@code RATIO}, {@code QUANTITY},
 * {@code DATE}), span, covered text, the typed fields the annotator gave, and whether it is optional.
 *
 * <p>{@code fields} maps SPEC field names ({@link #FIELD_NAMES}) to their values as written: numbers in
 * plain decimal notation ({@code "30000000"}, {@code "1.5"}), everything else as the JSON string. An
 * empty value means the annotator wrote {@code null}, i.e. the field must be absent. Corpora that annotate
 * only spans (KazNERD, NEREL) give no fields.
 */
public record GoldFact(String type, TextSpan span, String text, Map<String, Optional<String>> fields,
    boolean optional) {

  /** The typed fact fields SPEC defines; only these are compared. */
  public static final Set<String> FIELD_NAMES = Set.of("amount", "value", "min", "max", "currency", "unit",
      "bound", "change", "indicator");

  public GoldFact {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    if (type.isBlank()) {
      throw new IllegalArgumentException("blank fact type at " + span);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("fact text \"" + text + "\" does not fit its span " + span);
    }
    for (String f : fields.keySet()) {
      if (!FIELD_NAMES.contains(f)) {
        throw new IllegalArgumentException("unknown fact field \"" + f + "\"; known: " + FIELD_NAMES);
      }
    }
  }

  /** A required fact with a span only (no typed fields). */
  public static GoldFact spanOnly(String type, TextSpan span, String text) {
    return new GoldFact(type, span, text, Map.of(), false);
  }
}
