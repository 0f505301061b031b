package kz.taldau.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Percentile bootstrap over documents (for CoNLL input each document is one sentence): {@code resamples}
 * times, draw as many documents as there are, with replacement, from a {@link Random} seeded with
 * {@code seed}, sum their counts and compute the scores. The interval bounds are the {@code (1-level)/2}
 * and {@code 1-(1-level)/2} quantiles, interpolated linearly. Macro F1 averages over the types scored on the
 * whole data, whether or not a resample contains them.
 */
final class Bootstrap {
  private Bootstrap() {}

  static Map<Scorer.Metric, Scores.Confidence> run(List<EnumMap<Scorer.Metric, Map<String, Prf>>> perDocument,
      Map<Scorer.Metric, List<String>> types, int resamples, long seed, double level) {
    // Columns: one (metric, type) pair each, three ints (tp, fp, fn) per column.
    List<Scorer.Metric> metrics = new ArrayList<>(types.keySet());
    Map<Scorer.Metric, Integer> firstColumn = new EnumMap<>(Scorer.Metric.class);
    int columns = 0;
    for (Scorer.Metric m : metrics) {
      firstColumn.put(m, columns);
      columns += types.get(m).size();
    }
    int n = perDocument.size();
    List<int[]> vectors = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      int[] v = new int[columns * 3];
      boolean any = false;
      for (Scorer.Metric m : metrics) {
        Map<String, Prf> counts = perDocument.get(d).getOrDefault(m, Map.of());
        List<String> ts = types.get(m);
        for (int t = 0; t < ts.size(); t++) {
          Prf c = counts.get(ts.get(t));
          if (c != null && !c.isEmpty()) {
            int col = (firstColumn.get(m) + t) * 3;
            v[col] = c.tp();
            v[col + 1] = c.fp();
            v[col + 2] = c.fn();
            any = true;
          }
        }
      }
      if (any) {
        vectors.add(v);
        owners.add(d);
      }
    }
    Map<Scorer.Metric, double[][]> samples = new EnumMap<>(Scorer.Metric.class);
    for (Scorer.Metric m : metrics) {
      // rows: micro P, micro R, micro F1, macro F1, then one F1 per type
      samples.put(m, new double[4 + types.get(m).size()][resamples]);
    }
    Random random = new Random(seed);
    int[] weight = new int[n];
    long[] sum = new long[columns * 3];
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(weight, 0);
      for (int i = 0; i < n; i++) {
        weight[random.nextInt(n)]++;
      }
      Arrays.fill(sum, 0);
      for (int k = 0; k < vectors.size(); k++) {
        int w = weight[owners.get(k)];
        if (w != 0) {
          int[] v = vectors.get(k);
          for (int c = 0; c < v.length; c++) {
            sum[c] += (long) w * v[c];
          }
        }
      }
      for (Scorer.Metric m : metrics) {
        double[][] s = samples.get(m);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        double macro = 0;
        int nt = types.get(m).size();
        for (int t = 0; t < nt; t++) {
          int col = (firstColumn.get(m) + t) * 3;
          tp += sum[col];
          fp += sum[col + 1];
          fn += sum[col + 2];
          double f = Prf.f1(Prf.ratio(sum[col], sum[col] + sum[col + 1]), Prf.ratio(sum[col], sum[col]
              + sum[col + 2]));
          s[4 + t][r] = f;
          macro += f;
        }
        double p = Prf.ratio(tp, tp + fp);
        double rc = Prf.ratio(tp, tp + fn);
        s[0][r] = p;
        s[1][r] = rc;
        s[2][r] = Prf.f1(p, rc);
        s[3][r] = nt == 0 ? 0 : macro / nt;
      }
    }
    Map<Scorer.Metric, Scores.Confidence> out = new EnumMap<>(Scorer.Metric.class);
    for (Scorer.Metric m : metrics) {
      double[][] s = samples.get(m);
      Map<String, Interval> byType = new LinkedHashMap<>();
      List<String> ts = types.get(m);
      for (int t = 0; t < ts.size(); t++) {
        byType.put(ts.get(t), interval(s[4 + t], level));
      }
      out.put(m, new Scores.Confidence(interval(s[0], level), interval(s[1], level), interval(s[2], level),
          interval(s[3], level), byType));
    }
    return out;
  }

  static Interval interval(double[] values, double level) {
    double[] v = values.clone();
    Arrays.sort(v);
    double alpha = (1 - level) / 2;
    return new Interval(quantile(v, alpha), quantile(v, 1 - alpha));
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
