package kz.taldau.models.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.TextSpan;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.GoldEntity;
import kz.taldau.ner.EntityTagger;

/**
 * Exact-span entity scores of a tagger on annotated documents, per type and micro-averaged, as SPEC's
 * "Scoring" defines them (CoNLL convention): a prediction counts only when type, start and end all equal
 * a gold entity's; optional gold entities are neither misses nor false alarms; only the document's body is
 * scored when it has one. Used for the model card at training time; {@code taldau eval} reports the same.
 */
public final class DevScores {
  /** Counts and the derived precision, recall and F1 of one type (or {@code micro}). */
  public record Prf(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf o) {
      return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** Per-type scores (sorted by type), the micro average, and the tagging speed. */
  public record Report(Map<String, Prf> byType, Prf micro, long tokens, double seconds) {
    public Report {
      byType = Map.copyOf(byType);
      Objects.requireNonNull(micro, "micro");
    }

    /** A Markdown table: type, gold count, P, R, F1, then the micro row. */
    public String markdown() {
      StringBuilder sb = new StringBuilder("| type | gold | P | R | F1 |\n|---|---:|---:|---:|---:|\n");
      for (Map.Entry<String, Prf> e : new TreeMap<>(byType).entrySet()) {
        sb.append(row(e.getKey(), e.getValue()));
      }
      sb.append(row("**micro**", micro));
      return sb.toString();
    }

    private static String row(String name, Prf p) {
      return String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f |%n", name, p.tp() + p.fn(),
          p.precision(), p.recall(), p.f1());
    }
  }

  private DevScores() {}

  /** Tags every document with {@code tagger} for {@code language} and scores PER, ORG and LOC. */
  public static Report score(EntityTagger tagger, Language language, List<AnnotatedDocument> docs) {
    Pipeline pipeline = Pipeline.builder().language(language).entityTagger(language, tagger).build();
    Map<String, Prf> byType = new TreeMap<>();
    for (String t : List.of("PER", "ORG", "LOC")) {
      byType.put(t, new Prf(0, 0, 0));
    }
    long tokens = 0;
    long nanos = 0;
    for (AnnotatedDocument d : docs) {
      long t0 = System.nanoTime();
      Document doc = d.sentences().isPresent()
          ? pipeline.processSegmented(d.text(), d.sentences().get(), null)
          : pipeline.process(d.text());
      nanos += System.nanoTime() - t0;
      tokens += doc.tokens().size();
      TextSpan body = d.body().orElse(new TextSpan(0, d.text().length()));
      Set<Key> required = new HashSet<>();
      Set<Key> optional = new HashSet<>();
      for (GoldEntity g : d.entities().orElse(List.of())) {
        if (body.contains(g.span())) {
          (g.optional() ? optional : required).add(key(g.type(), g.span()));
        }
      }
      List<Key> predicted = new ArrayList<>();
      for (EntityMention m : doc.entities()) {
        if (body.contains(m.span())) {
          predicted.add(key(m.type().name(), m.span()));
        }
      }
      for (Key p : predicted) {
        String type = p.type();
        if (required.remove(p)) {
          byType.merge(type, new Prf(1, 0, 0), Prf::plus);
        } else if (!optional.contains(p)) {
          byType.merge(type, new Prf(0, 1, 0), Prf::plus);
        }
      }
      for (Key g : required) {
        byType.merge(g.type(), new Prf(0, 0, 1), Prf::plus);
      }
    }
    Prf micro = byType.values().stream().reduce(new Prf(0, 0, 0), Prf::plus);
    return new Report(byType, micro, tokens, nanos / 1e9);
  }

  private static Key key(String type, TextSpan span) {
    return new Key(type, span);
  }

  private record Key(String type, TextSpan span) {}
}
