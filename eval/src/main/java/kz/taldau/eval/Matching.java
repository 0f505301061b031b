package kz.taldau.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.taldau.TextSpan;

/**
 * One-to-one matching of gold items to predictions. Every (gold, prediction) pair that passes the test is
 * a candidate; candidates are taken greedily by the largest overlap in characters, ties broken by the
 * earlier gold item and then the earlier prediction (both lists are in text order), and a pair is kept
 * when neither side is matched yet. Deterministic; with exact-span tests it is simply "equal spans".
 */
final class Matching {
  private Matching() {}

  /** A test on the gold item at index {@code g} and the prediction at index {@code p}. */
  @FunctionalInterface
  interface PairTest {
    boolean test(int g, int p);
  }

  /** A matched pair of indices. */
  record Pair(int gold, int pred) {}

  /**
   * Matches the gold items not yet in {@code goldUsed} to the predictions not yet in {@code predUsed},
   * marking both arrays; returns the pairs in the order they were taken.
   */
  static List<Pair> greedy(List<TextSpan> gold, List<TextSpan> pred, boolean[] goldUsed, boolean[] predUsed,
      PairTest test) {
    List<int[]> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (goldUsed[g]) {
        continue;
      }
      for (int p = 0; p < pred.size(); p++) {
        if (!predUsed[p] && test.test(g, p)) {
          candidates.add(new int[] {overlap(gold.get(g), pred.get(p)), g, p});
        }
      }
    }
    candidates.sort(Comparator.<int[]>comparingInt(c -> -c[0]).thenComparingInt(c -> c[1])
        .thenComparingInt(c -> c[2]));
    List<Pair> pairs = new ArrayList<>();
    for (int[] c : candidates) {
      if (!goldUsed[c[1]] && !predUsed[c[2]]) {
        goldUsed[c[1]] = true;
        predUsed[c[2]] = true;
        pairs.add(new Pair(c[1], c[2]));
      }
    }
    return pairs;
  }

  /** Shared characters of two spans (0 when they do not overlap). */
  static int overlap(TextSpan a, TextSpan b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }
}
