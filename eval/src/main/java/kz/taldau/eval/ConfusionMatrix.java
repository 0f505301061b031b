package kz.taldau.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gold types (rows) against predicted types (columns), with {@value #NONE} for "no item": a gold item
 * paired with no prediction counts in its row's {@code none} column, a prediction paired with nothing in
 * the {@code none} row. Items are paired by overlapping span, so boundary errors count on the diagonal.
 */
public record ConfusionMatrix(List<String> labels, List<List<Integer>> counts) {
  public static final String NONE = "none";

  public ConfusionMatrix {
    labels = List.copyOf(labels);
    counts = counts.stream().map(List::copyOf).toList();
    int n = labels.size();
    if (counts.size() != n || counts.stream().anyMatch(r -> r.size() != n)) {
      throw new IllegalArgumentException("confusion counts must be " + n + "x" + n);
    }
  }

  /** The count of gold {@code goldType} predicted as {@code predictedType}. */
  public int count(String goldType, String predictedType) {
    int r = labels.indexOf(goldType);
    int c = labels.indexOf(predictedType);
    return r < 0 || c < 0 ? 0 : counts.get(r).get(c);
  }

  /** Collects pairs; labels are the sorted types followed by {@value #NONE}. */
  static final class Builder {
    private final Map<String, Map<String, Integer>> cells = new TreeMap<>();
    private final Set<String> types = new TreeSet<>();

    void add(String goldType, String predictedType) {
      Objects.requireNonNull(goldType, "goldType");
      Objects.requireNonNull(predictedType, "predictedType");
      if (!goldType.equals(NONE)) {
        types.add(goldType);
      }
      if (!predictedType.equals(NONE)) {
        types.add(predictedType);
      }
      cells.computeIfAbsent(goldType, k -> new TreeMap<>()).merge(predictedType, 1, Integer::sum);
    }

    ConfusionMatrix build() {
      List<String> labels = new ArrayList<>(types);
      labels.add(NONE);
      List<List<Integer>> counts = new ArrayList<>();
      for (String g : labels) {
        List<Integer> row = new ArrayList<>();
        for (String p : labels) {
          row.add(cells.getOrDefault(g, Map.of()).getOrDefault(p, 0));
        }
        counts.add(row);
      }
      return new ConfusionMatrix(labels, counts);
    }
  }
}
