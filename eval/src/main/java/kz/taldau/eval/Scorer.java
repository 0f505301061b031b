package kz.taldau.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import kz.taldau.TextSpan;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.GoldEntity;
import kz.taldau.corpus.GoldFact;
import kz.taldau.corpus.TypeMapping;

/**
 * Scores predictions against annotated documents as SPEC's "Scoring" section defines. Stateless and
 * thread-safe.
 *
 * <p>Per document and layer, only types the gold annotates (intersected with the type filter) are
 * scored, and when the document has a {@code body} only items lying inside it, gold and predicted alike.
 * <ul>
 *   <li><b>Entities, exact</b>: a prediction matches a gold entity with the same type and the same span
 *       (conlleval / seqeval strict; on CoNLL input the same numbers).</li>
 *   <li><b>Entities, partial</b>: same type and overlapping spans.</li>
 *   <li><b>Norm accuracy</b>: over exact matches whose gold entity has a {@code norm}; base forms compared
 *       after NFC and whitespace collapsing.</li>
 *   <li><b>Facts, span</b>: same type and overlapping spans. <b>Facts, value</b>: also every typed field of
 *       the gold fact equal to the prediction's (see {@link FieldComparison}).</li>
 * </ul>
 * Every metric matches one-to-one with {@link Matching}: first predictions against the required gold items,
 * then the remaining predictions against the {@code optional} gold items. A prediction matched to an
 * optional item is ignored, and an unmatched optional item is not a miss. Unmatched required gold items
 * are false negatives, unmatched (and not ignored) predictions false positives.
 */
public final class Scorer {
  private static final int MAX_CONTEXT = 400;
  private static final int CONTEXT_WINDOW = 150;

  /** The four compared quantities; each has its own matching. */
  enum Metric { ENTITY_EXACT, ENTITY_PARTIAL, FACT_SPAN, FACT_VALUE }

  private final ScoringOptions options;

  public Scorer(ScoringOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Scores {@code predicted.get(i)} against {@code gold.get(i)}.
   *
   * @throws IllegalArgumentException when the lists differ in size or a prediction is for another text
   */
  public EvaluationReport score(List<AnnotatedDocument> gold, List<Prediction> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold documents but " + predicted.size()
          + " predictions");
    }
    List<EnumMap<Metric, Map<String, Prf>>> perDocument = new ArrayList<>();
    EnumMap<Metric, Map<String, Prf>> totals = new EnumMap<>(Metric.class);
    List<ErrorItem> errors = new ArrayList<>();
    ConfusionMatrix.Builder entityConfusion = new ConfusionMatrix.Builder();
    ConfusionMatrix.Builder factConfusion = new ConfusionMatrix.Builder();
    boolean entitiesScored = false;
    boolean factsScored = false;
    int[] norm = new int[2];
    for (int i = 0; i < gold.size(); i++) {
      AnnotatedDocument g = gold.get(i);
      Prediction p = predicted.get(i);
      if (!g.text().equals(p.text())) {
        throw new IllegalArgumentException("the prediction for document " + g.id() + " is for another text");
      }
      DocumentScorer d = new DocumentScorer(g, p);
      Set<String> entityTypes = scoredTypes(g.entities().isPresent() ? g.entityTypes() : Set.of());
      if (!entityTypes.isEmpty()) {
        entitiesScored = true;
        d.entities(entityTypes, entityConfusion, norm);
      }
      Set<String> factTypes = scoredTypes(g.facts().isPresent() ? g.factTypes() : Set.of());
      if (!factTypes.isEmpty()) {
        factsScored = true;
        d.facts(factTypes, factConfusion);
      }
      perDocument.add(d.counts);
      d.counts.forEach((m, byType) -> byType.forEach((t, c) ->
          totals.computeIfAbsent(m, k -> new TreeMap<>()).merge(t, c, Prf::plus)));
      d.errors.sort(Comparator.comparingInt(DocumentScorer::position).thenComparingInt(e -> e.kind()
          .ordinal()));
      errors.addAll(d.errors);
    }
    EnumMap<Metric, Scores> scores = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      scores.put(m, Scores.of(totals.getOrDefault(m, Map.of())));
    }
    if (options.resamples() > 0 && !gold.isEmpty()) {
      Map<Metric, List<String>> types = new EnumMap<>(Metric.class);
      scores.forEach((m, s) -> types.put(m, new ArrayList<>(s.byType().keySet())));
      Bootstrap.run(perDocument, types, options.resamples(), options.seed(), options.level())
          .forEach((m, c) -> scores.put(m, scores.get(m).withConfidence(c)));
    }
    Optional<EvaluationReport.EntityScores> entities = entitiesScored
        ? Optional.of(new EvaluationReport.EntityScores(scores.get(Metric.ENTITY_EXACT),
            scores.get(Metric.ENTITY_PARTIAL), norm[0], norm[1], entityConfusion.build()))
        : Optional.empty();
    Optional<EvaluationReport.FactScores> facts = factsScored
        ? Optional.of(new EvaluationReport.FactScores(scores.get(Metric.FACT_SPAN),
            scores.get(Metric.FACT_VALUE),
            factConfusion.build()))
        : Optional.empty();
    return new EvaluationReport(gold.size(), options, entities, facts, errors);
  }

  private Set<String> scoredTypes(Set<String> annotated) {
    Set<String> s = new HashSet<>(annotated);
    options.types().ifPresent(s::retainAll);
    return s;
  }

  /** The outcome of matching one layer of one document under one metric. */
  private static final class Outcome {
    final List<Matching.Pair> pairs;
    final boolean[] goldMatched;
    final boolean[] predMatched;
    final boolean[] predIgnored;

    Outcome(List<Matching.Pair> pairs, boolean[] goldMatched, boolean[] predMatched, boolean[] predIgnored) {
      this.pairs = pairs;
      this.goldMatched = goldMatched;
      this.predMatched = predMatched;
      this.predIgnored = predIgnored;
    }

    /** Gold items that need no error: matched, or optional. */
    boolean[] goldSettled(boolean[] optional) {
      boolean[] b = goldMatched.clone();
      for (int i = 0; i < b.length; i++) {
        b[i] |= optional[i];
      }
      return b;
    }

    /** Predictions that need no error: matched, or ignored for matching an optional item. */
    boolean[] predSettled() {
      boolean[] b = predMatched.clone();
      for (int i = 0; i < b.length; i++) {
        b[i] |= predIgnored[i];
      }
      return b;
    }
  }

  /** Scores one document; collects its counts and errors. */
  private static final class DocumentScorer {
    private final AnnotatedDocument gold;
    private final Prediction pred;
    private final List<TextSpan> sentences;
    final EnumMap<Metric, Map<String, Prf>> counts = new EnumMap<>(Metric.class);
    final List<ErrorItem> errors = new ArrayList<>();

    DocumentScorer(AnnotatedDocument gold, Prediction pred) {
      this.gold = gold;
      this.pred = pred;
      this.sentences = gold.sentences().isPresent() ? gold.sentences().get().stream()
          .filter(s -> !s.isEmpty()).map(s -> new TextSpan(s.get(0).start(), s.get(s.size() - 1).end()))
              .toList()
          : pred.sentences();
    }

    private boolean inBody(TextSpan span) {
      return gold.body().map(b -> b.contains(span)).orElse(true);
    }

    void entities(Set<String> types, ConfusionMatrix.Builder confusion, int[] norm) {
      List<GoldEntity> g = scoped(gold.entities().orElseThrow(), types, GoldEntity::type, GoldEntity::span);
      List<Prediction.Entity> p = scoped(pred.entities(), types, Prediction.Entity::type,
          Prediction.Entity::span);
      List<TextSpan> gs = g.stream().map(GoldEntity::span).toList();
      List<TextSpan> ps = p.stream().map(Prediction.Entity::span).toList();
      boolean[] optional = optionalMask(g.stream().map(GoldEntity::optional).toList());
      Function<Integer, String> gt = i -> g.get(i).type();
      Function<Integer, String> pt = i -> p.get(i).type();

      Outcome exact = match(gs, ps, optional,
          (a, b) -> gt.apply(a).equals(pt.apply(b)) && gs.get(a).equals(ps.get(b)));
      count(Metric.ENTITY_EXACT, exact, optional, gt, pt);
      Outcome partial = match(gs, ps, optional,
          (a, b) -> gt.apply(a).equals(pt.apply(b)) && gs.get(a).overlaps(ps.get(b)));
      count(Metric.ENTITY_PARTIAL, partial, optional, gt, pt);

      for (Matching.Pair pair : exact.pairs) {
        GoldEntity ge = g.get(pair.gold());
        confusion.add(ge.type(), ge.type());
        if (ge.norm().isPresent()) {
          norm[1]++;
          String predicted = p.get(pair.pred()).norm();
          if (normalForm(ge.norm().get()).equals(normalForm(predicted))) {
            norm[0]++;
          } else {
            error(ErrorKind.WRONG_NORM, TypeMapping.Layer.ENTITY, item(ge), item(p.get(pair.pred())),
                "gold norm «" + ge.norm().get() + "», predicted «" + predicted + "»");
          }
        }
      }
      boolean[] gUsed = exact.goldSettled(optional);
      boolean[] pUsed = exact.predSettled();
      for (Matching.Pair pair : Matching.greedy(gs, ps, gUsed, pUsed,
          (a, b) -> gt.apply(a).equals(pt.apply(b)) && gs.get(a).overlaps(ps.get(b)))) {
        GoldEntity ge = g.get(pair.gold());
        Prediction.Entity pe = p.get(pair.pred());
        confusion.add(ge.type(), pe.type());
        error(ErrorKind.WRONG_BOUNDARY, TypeMapping.Layer.ENTITY, item(ge), item(pe),
            "gold «" + ge.text() + "», predicted «" + pe.text() + "»");
      }
      for (Matching.Pair pair : Matching.greedy(gs, ps, gUsed, pUsed, (a, b) -> gs.get(a)
          .overlaps(ps.get(b)))) {
        GoldEntity ge = g.get(pair.gold());
        Prediction.Entity pe = p.get(pair.pred());
        confusion.add(ge.type(), pe.type());
        error(ErrorKind.WRONG_TYPE, TypeMapping.Layer.ENTITY, item(ge), item(pe),
            "gold " + ge.type() + " «" + ge.text() + "», predicted " + pe.type() + " «" + pe.text() + "»");
      }
      leftovers(TypeMapping.Layer.ENTITY, gUsed, pUsed, i -> item(g.get(i)), i -> item(p.get(i)), confusion);
    }

    void facts(Set<String> types, ConfusionMatrix.Builder confusion) {
      List<GoldFact> g = scoped(gold.facts().orElseThrow(), types, GoldFact::type, GoldFact::span);
      List<Prediction.Fact> p = scoped(pred.facts(), types, Prediction.Fact::type, Prediction.Fact::span);
      List<TextSpan> gs = g.stream().map(GoldFact::span).toList();
      List<TextSpan> ps = p.stream().map(Prediction.Fact::span).toList();
      boolean[] optional = optionalMask(g.stream().map(GoldFact::optional).toList());
      Function<Integer, String> gt = i -> g.get(i).type();
      Function<Integer, String> pt = i -> p.get(i).type();
      Outcome span = match(gs, ps, optional,
          (a, b) -> gt.apply(a).equals(pt.apply(b)) && gs.get(a).overlaps(ps.get(b)));
      count(Metric.FACT_SPAN, span, optional, gt, pt);
      Outcome value = match(gs, ps, optional,
          (a, b) -> gt.apply(a).equals(pt.apply(b)) && gs.get(a).overlaps(ps.get(b))
              && FieldComparison.firstDifference(g.get(a), p.get(b)).isEmpty());
      count(Metric.FACT_VALUE, value, optional, gt, pt);

      for (Matching.Pair pair : span.pairs) {
        GoldFact gf = g.get(pair.gold());
        Prediction.Fact pf = p.get(pair.pred());
        confusion.add(gf.type(), gf.type());
        Optional<String> diff = FieldComparison.firstDifference(gf, pf);
        if (diff.isPresent()) {
          error(ErrorKind.WRONG_VALUE, TypeMapping.Layer.FACT, item(gf), item(pf), diff.get());
        }
      }
      boolean[] gUsed = span.goldSettled(optional);
      boolean[] pUsed = span.predSettled();
      for (Matching.Pair pair : Matching.greedy(gs, ps, gUsed, pUsed, (a, b) -> gs.get(a)
          .overlaps(ps.get(b)))) {
        GoldFact gf = g.get(pair.gold());
        Prediction.Fact pf = p.get(pair.pred());
        confusion.add(gf.type(), pf.type());
        error(ErrorKind.WRONG_TYPE, TypeMapping.Layer.FACT, item(gf), item(pf),
            "gold " + gf.type() + " «" + gf.text() + "», predicted " + pf.type() + " «" + pf.text() + "»");
      }
      leftovers(TypeMapping.Layer.FACT, gUsed, pUsed, i -> item(g.get(i)), i -> item(p.get(i)), confusion);
    }

    /** The items of the scored types inside the body, in text order (then by type). */
    private <T> List<T> scoped(List<T> items, Set<String> types, Function<T, String> type,
        Function<T, TextSpan> span) {
      return items.stream().filter(x -> types.contains(type.apply(x)) && inBody(span.apply(x)))
          .sorted(Comparator.comparing(span).thenComparing(type)).toList();
    }

    private static boolean[] optionalMask(List<Boolean> optional) {
      boolean[] b = new boolean[optional.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = optional.get(i);
      }
      return b;
    }

    private void leftovers(TypeMapping.Layer layer, boolean[] gUsed, boolean[] pUsed,
        Function<Integer, ErrorItem.Item> goldItem, Function<Integer, ErrorItem.Item> predItem,
        ConfusionMatrix.Builder confusion) {
      for (int i = 0; i < gUsed.length; i++) {
        if (!gUsed[i]) {
          ErrorItem.Item it = goldItem.apply(i);
          confusion.add(it.type(), ConfusionMatrix.NONE);
          error(ErrorKind.MISSED, layer, Optional.of(it), Optional.empty(),
              it.type() + " «" + it.text() + "» not found");
        }
      }
      for (int i = 0; i < pUsed.length; i++) {
        if (!pUsed[i]) {
          ErrorItem.Item it = predItem.apply(i);
          confusion.add(ConfusionMatrix.NONE, it.type());
          error(ErrorKind.SPURIOUS, layer, Optional.empty(), Optional.of(it),
              it.type() + " «" + it.text() + "» is not in the gold");
        }
      }
    }

    private static Outcome match(List<TextSpan> gs, List<TextSpan> ps, boolean[] optional,
        Matching.PairTest test) {
      boolean[] gUsed = optional.clone();
      boolean[] pUsed = new boolean[ps.size()];
      List<Matching.Pair> pairs = Matching.greedy(gs, ps, gUsed, pUsed, test);
      boolean[] goldMatched = new boolean[gs.size()];
      for (Matching.Pair pair : pairs) {
        goldMatched[pair.gold()] = true;
      }
      boolean[] predMatched = pUsed.clone();
      boolean[] required = new boolean[gs.size()];
      for (int i = 0; i < required.length; i++) {
        required[i] = !optional[i];
      }
      boolean[] pIgnored = pUsed.clone();
      List<Matching.Pair> ignored = Matching.greedy(gs, ps, required, pIgnored, test);
      boolean[] predIgnored = new boolean[ps.size()];
      for (Matching.Pair pair : ignored) {
        predIgnored[pair.pred()] = true;
      }
      return new Outcome(pairs, goldMatched, predMatched, predIgnored);
    }

    private void count(Metric metric, Outcome o, boolean[] optional, Function<Integer, String> goldType,
        Function<Integer, String> predType) {
      Map<String, Prf> m = counts.computeIfAbsent(metric, k -> new TreeMap<>());
      for (Matching.Pair pair : o.pairs) {
        m.merge(goldType.apply(pair.gold()), new Prf(1, 0, 0), Prf::plus);
      }
      for (int i = 0; i < optional.length; i++) {
        if (!optional[i] && !o.goldMatched[i]) {
          m.merge(goldType.apply(i), new Prf(0, 0, 1), Prf::plus);
        }
      }
      for (int i = 0; i < o.predMatched.length; i++) {
        if (!o.predMatched[i] && !o.predIgnored[i]) {
          m.merge(predType.apply(i), new Prf(0, 1, 0), Prf::plus);
        }
      }
    }

    private void error(ErrorKind kind, TypeMapping.Layer layer, ErrorItem.Item g, ErrorItem.Item p,
        String detail) {
      error(kind, layer, Optional.of(g), Optional.of(p), detail);
    }

    private void error(ErrorKind kind, TypeMapping.Layer layer, Optional<ErrorItem.Item> g,
        Optional<ErrorItem.Item> p, String detail) {
      int start = Math.min(g.map(x -> x.span().start()).orElse(Integer.MAX_VALUE),
          p.map(x -> x.span().start()).orElse(Integer.MAX_VALUE));
      int end = Math.max(g.map(x -> x.span().end()).orElse(-1), p.map(x -> x.span().end()).orElse(-1));
      TextSpan ctx = context(new TextSpan(start, end));
      errors.add(new ErrorItem(kind, layer, gold.id(), g, p, detail, ctx, ctx.of(gold.text())));
    }

    /** Where an error starts in the text: its earliest item's start. */
    static int position(ErrorItem e) {
      return Math.min(e.gold().map(x -> x.span().start()).orElse(Integer.MAX_VALUE),
          e.predicted().map(x -> x.span().start()).orElse(Integer.MAX_VALUE));
    }

    /** The sentence(s) around {@code item}, or a window of text when there is no sentence or it is long. */
    private TextSpan context(TextSpan item) {
      String text = gold.text();
      int start = -1;
      int end = -1;
      for (TextSpan s : sentences) {
        if (s.end() > item.start() && s.start() < Math.max(item.end(), item.start() + 1)) {
          start = start < 0 ? s.start() : Math.min(start, s.start());
          end = Math.max(end, s.end());
        }
      }
      if (start < 0) {
        start = text.lastIndexOf('\n', Math.max(0, item.start() - 1)) + 1;
        int nl = text.indexOf('\n', item.end());
        end = nl < 0 ? text.length() : nl;
      }
      start = Math.min(start, item.start());
      end = Math.max(end, item.end());
      if (end - start > MAX_CONTEXT) {
        start = Math.max(start, item.start() - CONTEXT_WINDOW);
        end = Math.min(end, item.end() + CONTEXT_WINDOW);
      }
      return new TextSpan(start, end);
    }

    private static ErrorItem.Item item(GoldEntity e) {
      return new ErrorItem.Item(e.type(), e.span(), e.text());
    }

    private static ErrorItem.Item item(Prediction.Entity e) {
      return new ErrorItem.Item(e.type(), e.span(), e.text());
    }

    private static ErrorItem.Item item(GoldFact f) {
      return new ErrorItem.Item(f.type(), f.span(), f.text());
    }

    private static ErrorItem.Item item(Prediction.Fact f) {
      return new ErrorItem.Item(f.type(), f.span(), f.text());
    }
  }

  /** A base form compared: NFC, whitespace runs (including NBSP) collapsed to one space, trimmed. */
  static String normalForm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
  }
}
