package kz.taldau.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The score sections every report shows, in order, and shared number formatting. */
final class ReportSections {
  private ReportSections() {}

  /** One table: a title, a one-line definition, the scores. */
  record Section(String key, String title, String definition, Scores scores) {}

  static List<Section> of(EvaluationReport r) {
    List<Section> out = new ArrayList<>();
    r.entities().ifPresent(e -> {
      out.add(new Section("entities", "Entities, exact span",
          "same type and same span (CoNLL / seqeval strict)", e.exact()));
      out.add(new Section("entities.partial", "Entities, partial", "same type, overlapping spans",
          e.partial()));
    });
    r.facts().ifPresent(f -> {
      out.add(new Section("facts.span", "Facts, span", "same type, overlapping spans", f.span()));
      out.add(new Section("facts.value", "Facts, value",
          "span match and every typed field of the gold fact equal", f.value()));
    });
    return out;
  }

  static Map<ErrorKind, Integer> errorCounts(EvaluationReport r) {
    Map<ErrorKind, Integer> m = new EnumMap<>(ErrorKind.class);
    for (ErrorKind k : ErrorKind.values()) {
      m.put(k, 0);
    }
    for (ErrorItem e : r.errors()) {
      m.merge(e.kind(), 1, Integer::sum);
    }
    return m;
  }

  /** A score in [0, 1] as a percentage with {@code decimals} digits: {@code 87.12}. */
  static String pct(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", 100 * v);
  }

  static String interval(Optional<Interval> i, int decimals) {
    return i.map(x -> "[" + pct(x.low(), decimals) + ", " + pct(x.high(), decimals) + "]").orElse("");
  }

  static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f s", s);
  }

  static String normAccuracy(EvaluationReport.EntityScores e) {
    return e.normAccuracy().map(a -> pct(a, 2) + "% (" + e.normCorrect() + " of " + e.normTotal() + ")")
        .orElse("n/a (no matched entity has a gold norm)");
  }

  static String errorKind(ErrorKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
