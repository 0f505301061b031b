package kz.taldau.eval;

/** A confidence interval {@code [low, high]} of a score in {@code [0, 1]}. */
public record Interval(double low, double high) {
  public Interval {
    if (!(low <= high)) {
      throw new IllegalArgumentException("interval low " + low + " > high " + high);
    }
  }
}
