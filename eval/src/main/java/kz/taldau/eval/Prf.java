package kz.taldau.eval;

/**
 * Counts of one comparison: true positives, false positives (spurious predictions) and false negatives
 * (missed gold items), with precision, recall and F1 as conlleval computes them: a ratio with a zero
 * denominator is 0, and F1 is 0 when precision and recall are both 0.
 */
public record Prf(int tp, int fp, int fn) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative counts tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** {@code tp / (tp + fp)}, or 0 when nothing was predicted. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** {@code tp / (tp + fn)}, or 0 when there is no gold item. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** The harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    return f1(precision(), recall());
  }

  /** Gold items: {@code tp + fn}. */
  public int support() {
    return tp + fn;
  }

  /** Predicted items: {@code tp + fp}. */
  public int predicted() {
    return tp + fp;
  }

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public boolean isEmpty() {
    return tp == 0 && fp == 0 && fn == 0;
  }

  static double ratio(long num, long den) {
    return den == 0 ? 0 : (double) num / den;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
