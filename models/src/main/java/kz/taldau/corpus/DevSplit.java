package kz.taldau.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The fixed, deterministic dev/train split of a sentence-per-document corpus (KazNERD, read by
 * {@link ConllReader}): the sentence with 0-based index {@code i} in the file is in {@link #DEV} when
 * {@code i % 10 == 9}, in {@link #TRAIN} otherwise; {@link #ALL} keeps everything. Training and
 * {@code taldau eval --split} use this same class so that dev scores never see training sentences.
 */
public enum DevSplit {
  DEV,
  TRAIN,
  ALL;

  /** Every 10th sentence (index 9, 19, 29…) is a dev sentence. */
  public static final int PERIOD = 10;

  /** True when the sentence at 0-based {@code index} belongs to this split. */
  public boolean includes(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index " + index);
    }
    boolean dev = index % PERIOD == PERIOD - 1;
    switch (this) {
      case DEV:
        return dev;
      case TRAIN:
        return !dev;
      default:
        return true;
    }
  }

  /** The documents of {@code sentences} (in file order, one sentence each) that belong to this split. */
  public <T> List<T> select(List<T> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    List<T> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (includes(i)) {
        out.add(sentences.get(i));
      }
    }
    return out;
  }

  /** Parses {@code dev}, {@code train} or {@code all} (any case). */
  public static DevSplit parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown split '" + name + "': use dev, train or all", e);
    }
  }
}
