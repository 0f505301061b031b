package kz.taldau.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The terminal table: one block per section, a row per type plus micro and macro, then error counts. */
public final class TextReport {
  private TextReport() {}

  /** Writes the tables for {@code r} to {@code out} (flushed, not closed). */
  public static void write(EvaluationReport r, ReportInfo info, PrintWriter out) {
    out.printf("gold    %s (%s, %d %s)%n", info.gold(), info.format(), r.documents(),
        info.bootstrapUnit() + (r.documents() == 1 ? "" : "s"));
    out.printf("system  %s, language %s, split %s, %s%n", info.system(), info.language(), info.split(),
        ReportSections.seconds(info.seconds()));
    for (ReportSections.Section s : ReportSections.of(r)) {
      out.println();
      out.printf("%s: %s%n", s.title(), s.definition());
      out.printf("  %-10s %7s %7s %7s %7s %7s %7s  %s%n", "type", "P", "R", "F1", "TP", "FP", "FN",
          "95% CI of F1");
      Optional<Scores.Confidence> ci = s.scores().confidence();
      for (Map.Entry<String, Prf> e : s.scores().byType().entrySet()) {
        row(out, e.getKey(), e.getValue().precision(), e.getValue().recall(), e.getValue().f1(),
            e.getValue(), ReportSections.interval(ci.map(c -> c.typeF1().get(e.getKey())), 1));
      }
      Prf m = s.scores().micro();
      row(out, "micro", m.precision(), m.recall(), m.f1(), m,
          ReportSections.interval(ci.map(Scores.Confidence::microF1), 1));
      out.printf(Locale.ROOT, "  %-10s %7s %7s %7s %23s  %s%n", "macro", ReportSections.pct(s.scores()
          .macroPrecision(),
          2), ReportSections.pct(s.scores().macroRecall(), 2), ReportSections.pct(s.scores().macroF1(), 2),
              "",
          ReportSections.interval(ci.map(Scores.Confidence::macroF1), 1));
    }
    r.entities().ifPresent(e -> {
      out.println();
      out.println("Entity norm accuracy: " + ReportSections.normAccuracy(e));
    });
    if (r.entities().isEmpty() && r.facts().isEmpty()) {
      out.println();
      out.println("Nothing scored: the gold annotates no entity or fact type (after --types).");
    }
    out.println();
    StringBuilder errors = new StringBuilder("Errors:");
    ReportSections.errorCounts(r).forEach((k, n) -> errors.append(' ').append(ReportSections.errorKind(k))
        .append(' ').append(n).append(','));
    errors.setLength(errors.length() - 1);
    out.println(errors);
    out.flush();
  }

  private static void row(PrintWriter out, String label, double p, double r, double f, Prf c, String ci) {
    out.printf(Locale.ROOT, "  %-10s %7s %7s %7s %7d %7d %7d  %s%n", label, ReportSections.pct(p, 2),
        ReportSections.pct(r, 2), ReportSections.pct(f, 2), c.tp(), c.fp(), c.fn(), ci);
  }
}
