package kz.taldau.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.taldau.LibraryVersion;

/**
 * The machine-readable report. Field names are stable: scores are fractions in [0, 1], confidence
 * intervals {@code [low, high]} arrays under {@code ci}:
 * <pre>
 * entities.micro.{precision, recall, f1, tp, fp, fn, ci.{precision, recall, f1}}
 * entities.macro.{precision, recall, f1, ci.f1}
 * entities.byType.TYPE.{precision, recall, f1, tp, fp, fn, support, ci.f1}
 * entities.partial.{micro, macro, byType}, entities.normAccuracy (null when nothing to compare),
 * entities.normCorrect, entities.normTotal, entities.confusion.{labels, matrix}
 * facts.span.{micro, macro, byType}, facts.value.{micro, macro, byType}, facts.confusion
 * errorCounts.KIND, errors[].{kind, layer, document, detail, gold, predicted, context}
 * </pre>
 * {@code entities} or {@code facts} is {@code null} when the gold does not annotate that layer.
 */
public final class JsonReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /** Writes the report as indented JSON to {@code out} (flushed, not closed). */
  public static void write(EvaluationReport r, ReportInfo info, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("taldau", LibraryVersion.get());
      g.writeStringField("gold", info.gold());
      g.writeStringField("format", info.format());
      g.writeStringField("system", info.system());
      g.writeStringField("language", info.language());
      g.writeStringField("split", info.split());
      g.writeNumberField("documents", r.documents());
      g.writeNumberField("seconds", Math.round(info.seconds() * 10) / 10.0);
      g.writeObjectFieldStart("bootstrap");
      g.writeNumberField("resamples", r.options().resamples());
      g.writeNumberField("seed", r.options().seed());
      g.writeNumberField("level", r.options().level());
      g.writeStringField("unit", info.bootstrapUnit());
      g.writeEndObject();

      g.writeFieldName("entities");
      if (r.entities().isPresent()) {
        EvaluationReport.EntityScores e = r.entities().get();
        g.writeStartObject();
        writeScores(g, e.exact());
        g.writeObjectFieldStart("partial");
        writeScores(g, e.partial());
        g.writeEndObject();
        g.writeFieldName("normAccuracy");
        if (e.normAccuracy().isPresent()) {
          g.writeNumber(e.normAccuracy().get());
        } else {
          g.writeNull();
        }
        g.writeNumberField("normCorrect", e.normCorrect());
        g.writeNumberField("normTotal", e.normTotal());
        writeConfusion(g, e.confusion());
        g.writeEndObject();
      } else {
        g.writeNull();
      }

      g.writeFieldName("facts");
      if (r.facts().isPresent()) {
        EvaluationReport.FactScores f = r.facts().get();
        g.writeStartObject();
        g.writeObjectFieldStart("span");
        writeScores(g, f.span());
        g.writeEndObject();
        g.writeObjectFieldStart("value");
        writeScores(g, f.value());
        g.writeEndObject();
        writeConfusion(g, f.confusion());
        g.writeEndObject();
      } else {
        g.writeNull();
      }

      g.writeObjectFieldStart("errorCounts");
      for (Map.Entry<ErrorKind, Integer> e : ReportSections.errorCounts(r).entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("errors");
      for (ErrorItem e : r.errors()) {
        writeError(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeScores(JsonGenerator g, Scores s) throws IOException {
    Optional<Scores.Confidence> ci = s.confidence();
    g.writeObjectFieldStart("micro");
    writePrf(g, s.micro());
    if (ci.isPresent()) {
      g.writeObjectFieldStart("ci");
      writeInterval(g, "precision", ci.get().microPrecision());
      writeInterval(g, "recall", ci.get().microRecall());
      writeInterval(g, "f1", ci.get().microF1());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("macro");
    g.writeNumberField("precision", s.macroPrecision());
    g.writeNumberField("recall", s.macroRecall());
    g.writeNumberField("f1", s.macroF1());
    if (ci.isPresent()) {
      g.writeObjectFieldStart("ci");
      writeInterval(g, "f1", ci.get().macroF1());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("byType");
    for (Map.Entry<String, Prf> e : s.byType().entrySet()) {
      g.writeObjectFieldStart(e.getKey());
      writePrf(g, e.getValue());
      g.writeNumberField("support", e.getValue().support());
      Optional<Interval> i = ci.map(c -> c.typeF1().get(e.getKey()));
      if (i.isPresent()) {
        g.writeObjectFieldStart("ci");
        writeInterval(g, "f1", i.get());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writePrf(JsonGenerator g, Prf p) throws IOException {
    g.writeNumberField("precision", p.precision());
    g.writeNumberField("recall", p.recall());
    g.writeNumberField("f1", p.f1());
    g.writeNumberField("tp", p.tp());
    g.writeNumberField("fp", p.fp());
    g.writeNumberField("fn", p.fn());
  }

  private static void writeInterval(JsonGenerator g, String name, Interval i) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeNumber(i.low());
    g.writeNumber(i.high());
    g.writeEndArray();
  }

  private static void writeConfusion(JsonGenerator g, ConfusionMatrix c) throws IOException {
    g.writeObjectFieldStart("confusion");
    g.writeArrayFieldStart("labels");
    for (String l : c.labels()) {
      g.writeString(l);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("matrix");
    for (List<Integer> row : c.counts()) {
      g.writeStartArray();
      for (int n : row) {
        g.writeNumber(n);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeError(JsonGenerator g, ErrorItem e) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", e.kind().name());
    g.writeStringField("layer", e.layer().name());
    g.writeStringField("document", e.documentId());
    g.writeStringField("detail", e.detail());
    writeItem(g, "gold", e.gold());
    writeItem(g, "predicted", e.predicted());
    g.writeObjectFieldStart("context");
    g.writeNumberField("start", e.context().start());
    g.writeNumberField("end", e.context().end());
    g.writeStringField("text", e.contextText());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeItem(JsonGenerator g, String name,
      Optional<ErrorItem.Item> item) throws IOException {
    g.writeFieldName(name);
    if (item.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("type", item.get().type());
    g.writeNumberField("start", item.get().span().start());
    g.writeNumberField("end", item.get().span().end());
    g.writeStringField("text", item.get().text());
    g.writeEndObject();
  }
}
