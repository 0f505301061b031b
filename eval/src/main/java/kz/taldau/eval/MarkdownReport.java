package kz.taldau.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Markdown report: the score tables, norm accuracy, confusion matrices and the first errors of each kind.
/** */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** Writes the report; at most {@code maxErrorsPerKind} errors of each kind are listed. */
  public static void write(EvaluationReport r, ReportInfo info, int maxErrorsPerKind, PrintWriter out) {
    out.println("# Taldau evaluation");
    out.println();
    out.println("| | |");
    out.println("|---|---|");
    out.println("| gold | `" + info.gold() + "` (" + info.format() + ") |");
    out.println("| " + info.bootstrapUnit() + "s | " + r.documents() + " |");
    out.println("| system | " + cell(info.system()) + ", language " + info.language() + ", split "
        + info.split()
        + " |");
    out.println("| run time | " + ReportSections.seconds(info.seconds()) + " |");
    out.println("| confidence intervals | " + Math.round(r.options().level() * 100) + "% bootstrap over "
        + info.bootstrapUnit() + "s, " + r.options().resamples() + " resamples, seed " + r.options().seed()
            + " |");
    for (ReportSections.Section s : ReportSections.of(r)) {
      out.println();
      out.println("## " + s.title());
      out.println();
      out.println(s.definition() + ". Scores in %.");
      out.println();
      out.println("| type | P | R | F1 | 95% CI of F1 | TP | FP | FN |");
      out.println("|---|---:|---:|---:|---|---:|---:|---:|");
      Optional<Scores.Confidence> ci = s.scores().confidence();
      for (Map.Entry<String, Prf> e : s.scores().byType().entrySet()) {
        Prf c = e.getValue();
        out.println("| " + e.getKey() + " | " + ReportSections.pct(c.precision(), 2) + " | "
            + ReportSections.pct(c.recall(), 2) + " | " + ReportSections.pct(c.f1(), 2) + " | "
            + ReportSections.interval(ci.map(x -> x.typeF1().get(e.getKey())), 1) + " | " + c.tp() + " | "
                + c.fp()
            + " | " + c.fn() + " |");
      }
      Prf m = s.scores().micro();
      out.println("| **micro** | " + ReportSections.pct(m.precision(), 2) + " | "
          + ReportSections.pct(m.recall(), 2)
          + " | **" + ReportSections.pct(m.f1(), 2) + "** | "
          + ReportSections.interval(ci.map(Scores.Confidence::microF1), 1) + " | " + m.tp() + " | " + m.fp()
              + " | "
          + m.fn() + " |");
      out.println("| macro | " + ReportSections.pct(s.scores().macroPrecision(), 2) + " | "
          + ReportSections.pct(s.scores().macroRecall(), 2) + " | " + ReportSections.pct(s.scores().macroF1(),
              2)
          + " | " + ReportSections.interval(ci.map(Scores.Confidence::macroF1), 1) + " | | | |");
    }
    r.entities().ifPresent(e -> {
      out.println();
      out.println("Entity norm accuracy: " + ReportSections.normAccuracy(e) + ".");
      confusion(out, "Entity types: gold (rows) × predicted (columns)", e.confusion());
    });
    r.facts().ifPresent(f -> confusion(out, "Fact types: gold (rows) × predicted (columns)", f.confusion()));
    out.println();
    out.println("## Errors");
    out.println();
    out.println("In each sentence the gold item is in ⟦ ⟧, the predicted one in ⟨ ⟩.");
    Map<ErrorKind, Integer> counts = ReportSections.errorCounts(r);
    for (ErrorKind k : ErrorKind.values()) {
      if (counts.get(k) == 0) {
        continue;
      }
      out.println();
      out.println("### " + ReportSections.errorKind(k) + " (" + counts.get(k) + ")");
      out.println();
      int shown = 0;
      for (ErrorItem e : r.errors()) {
        if (e.kind() != k) {
          continue;
        }
        if (shown++ == maxErrorsPerKind) {
          out.println("- … " + (counts.get(k) - maxErrorsPerKind) + " more in the JSON report");
          break;
        }
        out.println("- `" + cell(e.documentId()) + "` " + cell(e.detail()) + ": " + highlighted(e));
      }
    }
    out.flush();
  }

  private static void confusion(PrintWriter out, String title, ConfusionMatrix c) {
    out.println();
    out.println("### " + title);
    out.println();
    List<String> labels = c.labels();
    StringBuilder head = new StringBuilder("| gold \\ predicted |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String l : labels) {
      head.append(' ').append(l).append(" |");
      rule.append("---:|");
    }
    out.println(head);
    out.println(rule);
    for (int i = 0; i < labels.size(); i++) {
      StringBuilder row = new StringBuilder("| " + labels.get(i) + " |");
      for (int j = 0; j < labels.size(); j++) {
        int n = c.counts().get(i).get(j);
        row.append(' ').append(i == j && n > 0 ? "**" + n + "**" : String.valueOf(n)).append(" |");
      }
      out.println(row);
    }
  }

  /** The context with the gold item in ⟦ ⟧ and the prediction in ⟨ ⟩ (brackets nest or cross as the spans
  /** do). */
  private static String highlighted(ErrorItem e) {
    String ctx = e.contextText();
    int base = e.context().start();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= ctx.length(); i++) {
      int at = base + i;
      // Closing brackets before opening ones, so that adjacent spans read ⟧⟨.
      if (e.predicted().isPresent() && e.predicted().get().span().end() == at) {
        sb.append('⟩');
      }
      if (e.gold().isPresent() && e.gold().get().span().end() == at) {
        sb.append('⟧');
      }
      if (e.gold().isPresent() && e.gold().get().span().start() == at) {
        sb.append('⟦');
      }
      if (e.predicted().isPresent() && e.predicted().get().span().start() == at) {
        sb.append('⟨');
      }
      if (i < ctx.length()) {
        char ch = ctx.charAt(i);
        sb.append(ch == '\n' ? ' ' : ch == '|' ? '¦' : ch);
      }
    }
    return sb.toString().replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
  }

  private static String cell(String s) {
    return s.replace("|", "¦").replace("\n", " ");
  }
}
