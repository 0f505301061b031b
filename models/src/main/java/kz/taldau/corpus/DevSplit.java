package kz.taldau.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed, deterministic dev/train split of a sentence-per-document corpus (KazNERD, read by
 * {@link ConllReader}): the sentence with 0-based index {@code i} in the file is in {@link #DEV} when
 * {@code i % 10 == 9}, in {@link #TRAIN} otherwise; {@link #ALL} keeps everything. Training and
 * {@code taldau eval --split} use this same class so that dev scores never see training sentences.
 *
 * <p>KazNERD stores many sentences two or more times, once with numbers as words and once with digits
 * (ids {@code AID283875}, {@code BID283875}, … in its {@code with_sentID} files); such twins differ only
 * in how numbers are written, so an index split puts one twin in training and the other in dev and the
 * dev score measures memory. {@link #selectSentences} therefore splits sentences that carry a KazNERD
 * id by the id's number ({@code number % 10 == 9} is dev), keeping twins on one side.
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

  /**
   * The sentences of {@code documents} (in file order) that belong to this split: by KazNERD sentence id
   * (see the class comment) when the document id ends with one ({@code …:AID283875}), else by index.
   */
  public List<AnnotatedDocument> selectSentences(List<AnnotatedDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    List<AnnotatedDocument> out = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      AnnotatedDocument d = documents.get(i);
      OptionalLong group = kazNerdGroup(d.id());
      if (includes(group.isPresent() ? group.getAsLong() : i)) {
        out.add(d);
      }
    }
    return out;
  }

  /** The number of a KazNERD sentence id at the end of a document id ({@code …:BID283875} → 283875). */
  static OptionalLong kazNerdGroup(String documentId) {
    Matcher m = KAZNERD_ID.matcher(documentId);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  private static final Pattern KAZNERD_ID = Pattern.compile(":[A-Z]ID(\\d{1,18})$");

  private boolean includes(long key) {
    return includes((int) (key % PERIOD));
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
