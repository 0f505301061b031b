package kz.taldau.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A single self-contained HTML page (inline CSS, inline SVG, a few lines of inline script; no external
 * assets): summary cards, a bar chart and table per score section, confusion matrices, and the error list
 * with the gold and predicted items highlighted in their sentences, filterable by kind.
 */
public final class HtmlReport {
  private static final int CHART_WIDTH = 560;
  private static final int LABEL_WIDTH = 70;
  private static final int VALUE_WIDTH = 52;
  private static final int BAR_HEIGHT = 9;
  private static final int GROUP_GAP = 12;

  private static final String CSS = """
      :root { --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; --bg:#f5f7fa; --p:#9ecae1; --r:#4292c6;
        --f:#08519c; --gold:#c7ecd0; --goldline:#2f855a; --pred:#ffe1b3; --predline:#dd6b20; }
      * { box-sizing:border-box; }
      body { margin:0;
        font:14px/1.45 -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
        color:var(--ink); background:var(--bg); }
      main { max-width:1180px; margin:0 auto; padding:28px 32px 60px; }
      h1 { font-size:26px; margin:0 0 4px; letter-spacing:-.01em; }
      h2 { font-size:18px; margin:0 0 2px; }
      h3 { font-size:15px; margin:18px 0 8px; }
      .meta { color:var(--muted); margin-bottom:22px; }
      .meta code { background:#fff; border:1px solid var(--line); border-radius:4px; padding:1px 5px;
        color:var(--ink); }
      .cards { display:grid; grid-template-columns:repeat(auto-fit, minmax(170px, 1fr)); gap:14px;
        margin-bottom:22px; }
      .card { background:#fff; border:1px solid var(--line); border-radius:10px; padding:14px 16px; }
      .card .label { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.04em; }
      .card .value { font-size:30px; font-weight:650; margin-top:2px; font-variant-numeric:tabular-nums; }
      .card .sub { color:var(--muted); font-size:12px; font-variant-numeric:tabular-nums; }
      section { background:#fff; border:1px solid var(--line); border-radius:10px; padding:18px 20px;
        margin-bottom:18px; }
      .def { color:var(--muted); margin:0 0 12px; }
      .split { display:grid; grid-template-columns:minmax(320px, 1fr) auto; gap:28px; align-items:start; }
      .split > svg { width:100%; height:auto; max-width:600px; }
      @media (max-width:900px) { .split { grid-template-columns:1fr; } }
      table { border-collapse:collapse; font-variant-numeric:tabular-nums; }
      th, td { padding:5px 9px; border-bottom:1px solid var(--line); text-align:right; white-space:nowrap; }
      th { color:var(--muted); font-weight:600; font-size:12px; }
      th:first-child, td:first-child { text-align:left; }
      tr.total td { font-weight:650; border-top:2px solid var(--ink); }
      td.ci { color:var(--muted); font-size:12px; }
      .legend { display:flex; gap:14px; font-size:12px; color:var(--muted); margin:4px 0 10px;
        flex-wrap:wrap; }
      .sw { display:inline-block; width:11px; height:11px; border-radius:2px; vertical-align:-1px;
        margin-right:4px; }
      .matrices { display:flex; flex-wrap:wrap; gap:32px; }
      table.cm td { text-align:center; min-width:46px; border:1px solid #fff; border-radius:4px; }
      table.cm th { text-align:center; }
      table.cm th.row { text-align:left; }
      .filters { display:flex; flex-wrap:wrap; gap:8px; margin:6px 0 14px; }
      .filters button { border:1px solid var(--line); background:#fff; border-radius:999px; padding:4px 12px;
        font:inherit; font-size:13px; cursor:pointer; color:var(--ink); }
      .filters button.on { background:var(--ink); color:#fff; border-color:var(--ink); }
      ol.errors { list-style:none; padding:0; margin:0; }
      ol.errors li { border-top:1px solid var(--line); padding:10px 2px; }
      .head { display:flex; gap:8px; align-items:center; flex-wrap:wrap; font-size:12px; color:var(--muted); }
      .badge { font-size:11px; font-weight:650; text-transform:uppercase; letter-spacing:.03em;
        border-radius:4px; padding:1px 6px; color:#fff; }
      .k-MISSED { background:#c53030; }
      .k-SPURIOUS { background:#dd6b20; }
      .k-WRONG_TYPE { background:#6b46c1; }
      .k-WRONG_BOUNDARY { background:#2b6cb0; }
      .k-WRONG_VALUE { background:#b7791f; }
      .k-WRONG_NORM { background:#2c7a7b; }
      .ty { font-weight:650; color:var(--ink); }
      .doc { font-family:ui-monospace, "DejaVu Sans Mono", monospace; }
      .ctx { margin:5px 0 3px; font-size:15px; line-height:1.7; }
      .detail { color:var(--muted); font-size:13px; }
      .g { background:var(--gold); box-shadow:inset 0 -2px var(--goldline); border-radius:3px;
        padding:1px 0; }
      .p { background:var(--pred); box-shadow:inset 0 -2px var(--predline); border-radius:3px;
        padding:1px 0; }
      .gp { background:linear-gradient(var(--gold) 50%, var(--pred) 50%);
        box-shadow:inset 0 -2px var(--predline);
        border-radius:3px; padding:1px 0; }
      .more { color:var(--muted); font-style:italic; padding:10px 2px; border-top:1px solid var(--line); }
      .empty { color:var(--muted); }
      footer { color:var(--muted); font-size:12px; margin-top:24px; }
      """;

  private static final String SCRIPT = """
      document.querySelectorAll('.filters button').forEach(function (b) {
        b.addEventListener('click', function () {
          document.querySelectorAll('.filters button').forEach(function (x) { x.classList.remove('on'); });
          b.classList.add('on');
          var k = b.getAttribute('data-kind');
          document.querySelectorAll('ol.errors > li').forEach(function (li) {
            li.style.display = (k === 'ALL' || li.getAttribute('data-kind') === k) ? '' : 'none';
          });
        });
      });
      """;

  private HtmlReport() {}

  /** Writes the page; at most {@code maxErrorsPerKind} errors of each kind are listed. */
  public static void write(EvaluationReport r, ReportInfo info, int maxErrorsPerKind, PrintWriter out) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Taldau evaluation: ").append(esc(fileName(info.gold()))).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>Taldau evaluation</h1>\n<div class=\"meta\">gold <code>").append(esc(info.gold()))
        .append("</code> · ").append(esc(info.format())).append(" · ").append(r.documents()).append(' ')
        .append(esc(info.bootstrapUnit())).append(r.documents() == 1 ? "" : "s").append(" · system ")
        .append(esc(info.system())).append(" · language ").append(esc(info.language())).append(" · split ")
        .append(esc(info.split())).append(" · ").append(esc(ReportSections.seconds(info.seconds())))
        .append("</div>\n");
    cards(h, r);
    List<ReportSections.Section> sections = ReportSections.of(r);
    if (sections.isEmpty()) {
      h.append("<section><p class=\"empty\">Nothing scored: the gold annotates no entity or fact type "
          + "(after the type filter).</p></section>\n");
    }
    for (ReportSections.Section s : sections) {
      section(h, s, r.options());
    }
    if (r.entities().isPresent() || r.facts().isPresent()) {
      h.append("<section>\n<h2>Type confusion</h2>\n<p class=\"def\">"
          + "Gold types (rows) against predicted types "
          + "(columns); items are paired by overlapping span, so boundary errors count on the diagonal. "
          + "<i>none</i>: no item on that side.</p>\n<div class=\"matrices\">\n");
      r.entities().ifPresent(e -> matrix(h, "Entities", e.confusion()));
      r.facts().ifPresent(f -> matrix(h, "Facts", f.confusion()));
      h.append("</div>\n</section>\n");
    }
    errors(h, r, maxErrorsPerKind);
    h.append("<footer>Taldau ").append(esc(kz.taldau.LibraryVersion.get())).append(". Scores in %. ")
        .append("Intervals: ").append(Math.round(r.options().level() * 100))
            .append("% percentile bootstrap over ")
        .append(esc(info.bootstrapUnit())).append("s, ").append(r.options().resamples())
        .append(" resamples, seed ").append(r.options().seed())
            .append(". Matching is one-to-one, greedy by largest ")
        .append("overlap; optional gold items are neither misses nor false alarms.</footer>\n");
    h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(h.toString());
    out.flush();
  }

  private static void cards(StringBuilder h, EvaluationReport r) {
    h.append("<div class=\"cards\">\n");
    r.entities().ifPresent(e -> {
      card(h, "Entities F1", e.exact().micro().f1(), e.exact().confidence().map(Scores.Confidence::microF1),
          "exact span, micro");
      card(h, "Entities F1, partial", e.partial().micro().f1(),
          e.partial().confidence().map(Scores.Confidence::microF1), "overlap, micro");
      h.append("<div class=\"card\"><div class=\"label\">Norm accuracy</div><div class=\"value\">")
          .append(e.normAccuracy().map(a -> ReportSections.pct(a, 1)).orElse("–"))
              .append("</div><div class=\"sub\">")
          .append(e.normCorrect()).append(" of ").append(e.normTotal())
              .append(" matched entities</div></div>\n");
    });
    r.facts().ifPresent(f -> {
      card(h, "Facts F1, span", f.span().micro().f1(), f.span().confidence().map(Scores.Confidence::microF1),
          "type + overlap, micro");
      card(h, "Facts F1, value", f.value().micro().f1(), f.value().confidence()
          .map(Scores.Confidence::microF1),
          "all gold fields equal, micro");
    });
    h.append("</div>\n");
  }

  private static void card(StringBuilder h, String label, double value, Optional<Interval> ci, String sub) {
    h.append("<div class=\"card\"><div class=\"label\">").append(esc(label))
        .append("</div><div class=\"value\">")
        .append(ReportSections.pct(value, 1)).append("</div><div class=\"sub\">").append(esc(sub))
        .append(ci.map(i -> "<br>95% CI " + ReportSections.pct(i.low(), 1) + "–"
            + ReportSections.pct(i.high(), 1))
            .orElse(""))
        .append("</div></div>\n");
  }

  private static void section(StringBuilder h, ReportSections.Section s, ScoringOptions options) {
    h.append("<section>\n<h2>").append(esc(s.title())).append("</h2>\n<p class=\"def\">")
        .append(esc(s.definition())).append(".</p>\n");
    if (s.scores().byType().isEmpty()) {
      h.append("<p class=\"empty\">No gold or predicted item of the scored types.</p>\n</section>\n");
      return;
    }
    h.append("<div class=\"legend\">")
        .append("<span><span class=\"sw\" style=\"background:var(--p)\"></span>precision</span>")
        .append("<span><span class=\"sw\" style=\"background:var(--r)\"></span>recall</span>")
        .append("<span><span class=\"sw\" style=\"background:var(--f)\"></span>F1</span>");
    if (s.scores().confidence().isPresent()) {
      h.append("<span>┝┥ ").append(Math.round(options.level() * 100)).append("% CI of F1</span>");
    }
    h.append("</div>\n<div class=\"split\">\n");
    chart(h, s.scores());
    table(h, s.scores());
    h.append("</div>\n</section>\n");
  }

  private static void chart(StringBuilder h, Scores s) {
    List<String> labels = new ArrayList<>(s.byType().keySet());
    List<Prf> rows = new ArrayList<>(s.byType().values());
    List<Optional<Interval>> cis = new ArrayList<>();
    for (String t : labels) {
      cis.add(s.confidence().map(c -> c.typeF1().get(t)));
    }
    labels.add("micro");
    rows.add(s.micro());
    cis.add(s.confidence().map(Scores.Confidence::microF1));
    int plot = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    int group = 3 * BAR_HEIGHT + GROUP_GAP;
    int height = labels.size() * group + 22;
    h.append("<svg width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"precision, recall and F1 per type\" ")
        .append("font-family=\"inherit\" font-size=\"11\">\n");
    for (int tick = 0; tick <= 100; tick += 25) {
      double x = LABEL_WIDTH + plot * tick / 100.0;
      h.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e4e7eb\"/>"
          + "<text x=\"%.1f\" y=\"%d\" fill=\"#616e7c\" text-anchor=\"middle\">%d</text>%n", x, x,
              height - 16,
          x, height - 3, tick));
    }
    String[] colors = {"#9ecae1", "#4292c6", "#08519c"};
    String[] names = {"precision", "recall", "F1"};
    for (int i = 0; i < labels.size(); i++) {
      Prf c = rows.get(i);
      double[] values = {c.precision(), c.recall(), c.f1()};
      int y0 = i * group + GROUP_GAP / 2;
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f2933\" font-weight=\"%s\" "
          + "dominant-baseline=\"middle\">%s</text>%n", 0, y0 + 3 * BAR_HEIGHT / 2,
          i == labels.size() - 1 ? "700" : "600", esc(labels.get(i))));
      for (int b = 0; b < 3; b++) {
        double w = Math.max(0.5, plot * values[b]);
        h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" "
            + "fill=\"%s\"><title>%s %s: %s%%</title></rect>%n", LABEL_WIDTH, y0 + b * BAR_HEIGHT, w,
            BAR_HEIGHT - 1, colors[b], esc(labels.get(i)), names[b], ReportSections.pct(values[b], 2)));
      }
      int yf = y0 + 2 * BAR_HEIGHT + (BAR_HEIGHT - 1) / 2;
      if (cis.get(i).isPresent()) {
        Interval ci = cis.get(i).get();
        double x1 = LABEL_WIDTH + plot * ci.low();
        double x2 = LABEL_WIDTH + plot * ci.high();
        h.append(String.format(Locale.ROOT,
            "<path d=\"M%.1f %dV%dM%.1f %dH%.1fM%.1f %dV%d\" stroke=\"#1f2933\" "
            + "stroke-width=\"1.2\" fill=\"none\"/>%n", x1, yf - 4, yf + 4, x1, yf, x2, x2, yf - 4, yf + 4));
      }
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f2933\" font-weight=\"600\" "
          + "dominant-baseline=\"middle\" text-anchor=\"end\">%s</text>%n", CHART_WIDTH - 2, yf,
          ReportSections.pct(values[2], 1)));
    }
    h.append("</svg>\n");
  }

  private static void table(StringBuilder h, Scores s) {
    h.append("<table>\n<tr><th>type</th><th>P</th><th>R</th><th>F1</th><th>95% CI</th><th>TP</th><th>FP</th>"
        + "<th>FN</th></tr>\n");
    for (Map.Entry<String, Prf> e : s.byType().entrySet()) {
      row(h, "", esc(e.getKey()), e.getValue(), s.confidence().map(c -> c.typeF1().get(e.getKey())));
    }
    row(h, " class=\"total\"", "micro", s.micro(), s.confidence().map(Scores.Confidence::microF1));
    h.append("<tr><td>macro</td><td>").append(ReportSections.pct(s.macroPrecision(), 2)).append("</td><td>")
        .append(ReportSections.pct(s.macroRecall(), 2)).append("</td><td>")
            .append(ReportSections.pct(s.macroF1(), 2))
        .append("</td><td class=\"ci\">")
        .append(esc(ReportSections.interval(s.confidence().map(Scores.Confidence::macroF1), 1)))
        .append("</td><td></td><td></td><td></td></tr>\n</table>\n");
  }

  private static void row(StringBuilder h, String cls, String label, Prf c, Optional<Interval> ci) {
    h.append("<tr").append(cls).append("><td>").append(label).append("</td><td>")
        .append(ReportSections.pct(c.precision(), 2)).append("</td><td>")
            .append(ReportSections.pct(c.recall(), 2))
        .append("</td><td>").append(ReportSections.pct(c.f1(), 2)).append("</td><td class=\"ci\">")
        .append(esc(ReportSections.interval(ci, 1))).append("</td><td>").append(c.tp()).append("</td><td>")
        .append(c.fp()).append("</td><td>").append(c.fn()).append("</td></tr>\n");
  }

  private static void matrix(StringBuilder h, String title, ConfusionMatrix c) {
    int max = 1;
    for (List<Integer> row : c.counts()) {
      for (int n : row) {
        max = Math.max(max, n);
      }
    }
    h.append("<div><h3>").append(esc(title))
        .append("</h3>\n<table class=\"cm\">\n<tr><th class=\"row\">gold ↓ "
        + "predicted →</th>");
    for (String l : c.labels()) {
      h.append("<th>").append(esc(l)).append("</th>");
    }
    h.append("</tr>\n");
    for (int i = 0; i < c.labels().size(); i++) {
      h.append("<tr><th class=\"row\">").append(esc(c.labels().get(i))).append("</th>");
      for (int j = 0; j < c.labels().size(); j++) {
        int n = c.counts().get(i).get(j);
        boolean noneNone = c.labels().get(i).equals(ConfusionMatrix.NONE) && i == j;
        if (noneNone) {
          h.append("<td></td>");
          continue;
        }
        boolean diagonal = i == j;
        double a = n == 0 ? 0 : 0.12 + 0.78 * Math.sqrt((double) n / max);
        String rgb = diagonal ? "47,133,90" : "197,48,48";
        h.append(String.format(Locale.ROOT, "<td style=\"background:rgba(%s,%.2f);color:%s\">%s</td>", rgb, a,
            a > 0.55 ? "#fff" : n == 0 ? "#9aa5b1" : "#1f2933", n));
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n");
  }

  private static void errors(StringBuilder h, EvaluationReport r, int maxPerKind) {
    Map<ErrorKind, Integer> counts = ReportSections.errorCounts(r);
    h.append("<section>\n<h2>Errors</h2>\n<p class=\"def\">").append(r.errors().size())
        .append(" in total; up to ").append(maxPerKind)
            .append(" of each kind are listed here, all of them in the "
        + "JSON report.</p>\n");
    h.append("<div class=\"legend\"><span><span class=\"sw\" "
        + "style=\"background:var(--gold);box-shadow:inset 0 -2px "
        + "var(--goldline)\"></span>gold</span><span><span class=\"sw\" style=\"background:var(--pred);"
        + "box-shadow:inset 0 -2px var(--predline)\"></span>predicted</span></div>\n");
    h.append("<div class=\"filters\"><button class=\"on\" data-kind=\"ALL\">all ").append(r.errors().size())
        .append("</button>");
    for (ErrorKind k : ErrorKind.values()) {
      if (counts.get(k) > 0) {
        h.append("<button data-kind=\"").append(k.name()).append("\">").append(ReportSections.errorKind(k))
            .append(' ').append(counts.get(k)).append("</button>");
      }
    }
    h.append("</div>\n<ol class=\"errors\">\n");
    Map<ErrorKind, Integer> shown = new java.util.EnumMap<>(ErrorKind.class);
    for (ErrorItem e : r.errors()) {
      int n = shown.merge(e.kind(), 1, Integer::sum);
      if (n > maxPerKind) {
        if (n == maxPerKind + 1) {
          h.append("<li class=\"more\" data-kind=\"").append(e.kind().name()).append("\">")
              .append(counts.get(e.kind()) - maxPerKind).append(" more ")
                  .append(ReportSections.errorKind(e.kind()))
              .append(" errors are in the JSON report.</li>\n");
        }
        continue;
      }
      h.append("<li data-kind=\"").append(e.kind().name())
          .append("\"><div class=\"head\"><span class=\"badge k-")
          .append(e.kind().name()).append("\">").append(ReportSections.errorKind(e.kind()))
          .append("</span><span class=\"ty\">").append(esc(e.type())).append("</span><span class=\"doc\">")
          .append(esc(e.documentId())).append("</span></div>\n<div class=\"ctx\">");
      highlight(h, e);
      h.append("</div><div class=\"detail\">").append(esc(e.detail())).append("</div></li>\n");
    }
    if (r.errors().isEmpty()) {
      h.append("<li class=\"empty\">No errors.</li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  /** The context with gold characters in {@code .g}, predicted in {@code .p}, both in {@code .gp}. */
  private static void highlight(StringBuilder h, ErrorItem e) {
    String ctx = e.contextText();
    int base = e.context().start();
    int state = 0;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= ctx.length(); i++) {
      int s = 0;
      if (i < ctx.length()) {
        int at = base + i;
        if (e.gold().isPresent() && e.gold().get().span().start() <= at && at < e.gold().get().span().end()) {
          s |= 1;
        }
        if (e.predicted().isPresent() && e.predicted().get().span().start() <= at
            && at < e.predicted().get().span().end()) {
          s |= 2;
        }
      }
      if (s != state || i == ctx.length()) {
        if (run.length() > 0) {
          String cls = state == 1 ? "g" : state == 2 ? "p" : state == 3 ? "gp" : null;
          if (cls != null) {
            h.append("<span class=\"").append(cls).append("\">").append(esc(run.toString()))
                .append("</span>");
          } else {
            h.append(esc(run.toString()));
          }
        }
        run.setLength(0);
        state = s;
      }
      if (i < ctx.length()) {
        run.append(ctx.charAt(i));
      }
    }
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
