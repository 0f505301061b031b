package kz.taldau.eval;

import static kz.taldau.eval.Fixtures.entities;
import static kz.taldau.eval.Fixtures.entitiesOnly;
import static kz.taldau.eval.Fixtures.gold;
import static kz.taldau.eval.Fixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.taldau.EntityType;
import kz.taldau.corpus.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static final String HIT = "Ержан келді";
  private static final String MISS = "Айгүл кетті";

  /** 30 documents whose PER is found, 10 whose PER is missed: recall 0.75. */
  private static EvaluationReport run(long seed) {
    List<AnnotatedDocument> gold = new ArrayList<>();
    List<Prediction> pred = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String t = i % 4 == 3 ? MISS : HIT;
      gold.add(entitiesOnly("d" + i, t, List.of(gold(t, "PER", t.split(" ")[0]))));
      pred.add(t.equals(HIT) ? entities(t, mention(t, EntityType.PER, "Ержан")) : entities(t));
    }
    return new Scorer(ScoringOptions.defaults().withBootstrap(1000, seed)).score(gold, pred);
  }

  @Test
  void seededIntervalsAreReproducibleAndContainTheEstimate() {
    Scores a = run(7).entities().orElseThrow().exact();
    Scores b = run(7).entities().orElseThrow().exact();
    assertEquals(a.confidence(), b.confidence());
    Scores.Confidence c = a.confidence().orElseThrow();
    assertEquals(0.75, a.micro().recall(), 1e-9);
    assertTrue(c.microRecall().low() < 0.75 && 0.75 < c.microRecall().high(), c.microRecall().toString());
    // Recall of 40 Bernoulli(0.75) documents: standard error ~0.068, so the 95% interval is about ±0.13.
    assertTrue(c.microRecall().low() > 0.55 && c.microRecall().high() < 0.92, c.microRecall().toString());
    assertEquals(new Interval(1, 1), c.microPrecision(), "every prediction is right in every resample");
    assertEquals(c.microF1(), c.typeF1().get("PER"));
    assertNotEquals(run(8).entities().orElseThrow().exact().confidence(), a.confidence());
  }

  @Test
  void quantilesInterpolate() {
    double[] v = new double[101];
    for (int i = 0; i <= 100; i++) {
      v[i] = (100 - i) / 100.0;
    }
    Interval i = Bootstrap.interval(v, 0.95);
    assertEquals(0.025, i.low(), 1e-12);
    assertEquals(0.975, i.high(), 1e-12);
  }
}
