package kz.taldau.models.train;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import kz.taldau.Language;

/**
 * How to train a name finder: language, the OpenNLP trainer and its parameters, the tag coding and the
 * feature set. Immutable; start from {@link #defaults(Language)} (the settings of the shipped models) and
 * change with {@link #toBuilder()}, or read a {@code --params} file with {@link #read(Path, Language)}.
 *
 * @param algorithm OpenNLP trainer: {@code MAXENT}, {@code MAXENT_QN}, {@code PERCEPTRON} or
 *     {@code PERCEPTRON_SEQUENCE} (Collins' structured perceptron; trained by Taldau's own implementation,
 *     since OpenNLP's decodes the training sentences with its default features instead of the model's)
 * @param trainerParams further OpenNLP parameters (e.g. {@code L1Cost}, {@code L2Cost}, {@code Threads}),
 *     and Taldau's {@code Runs} (train that many models on shuffled sentence orders and average their
 *     weights into one; perceptron algorithms only), {@code ShuffleSeed} (seed of the first run's order),
 *     {@code RunThreads} (runs trained side by side; the same model) and {@code AlsoRuns} with
 *     {@code AlsoDescriptor} (that many more runs with a second descriptor, a subset of the model's,
 *     averaged in)
 * @param features {@link Features#TALDAU} (the bundled descriptor) or {@link Features#OPENNLP_DEFAULT}
 *     (OpenNLP's defaults, the baseline)
 * @param featureDescriptor with {@link Features#TALDAU}: the feature descriptor, empty for the bundled
 *     default {@code ner-features.xml}; otherwise the name of another descriptor bundled in taldau-core's
 *     {@code kz/taldau/ner/} (e.g. {@code ner-features-ru.xml}) or the path of an XML file (for
 *     experiments: a shipped model should name a bundled one, so the rebuild needs nothing else)
 */
public record TrainingConfig(Language language, String algorithm, int iterations, int cutoff, Codec codec,
    Features features, String featureDescriptor, Map<String, String> trainerParams) {

  /** The tag coding of the name sequences. */
  public enum Codec { BIO, BILOU }

  /** The feature set. */
  public enum Features { TALDAU, OPENNLP_DEFAULT }

  public TrainingConfig {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(featureDescriptor, "featureDescriptor");
    trainerParams = Map.copyOf(Objects.requireNonNull(trainerParams, "trainerParams"));
    if (language == Language.OTHER) {
      throw new IllegalArgumentException("models are trained for kk or ru, not " + language.tag());
    }
    if (!algorithm.matches("MAXENT|MAXENT_QN|PERCEPTRON|PERCEPTRON_SEQUENCE")) {
      throw new IllegalArgumentException("unknown algorithm '" + algorithm
          + "': use MAXENT, MAXENT_QN, PERCEPTRON or PERCEPTRON_SEQUENCE");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive: " + iterations);
    }
    if (cutoff < 0) {
      throw new IllegalArgumentException("cutoff must not be negative: " + cutoff);
    }
    // Taldau's own trainer parameters are checked here, before any corpus is read.
    wholeNumber(trainerParams, RUNS, 1, Integer.MAX_VALUE);
    wholeNumber(trainerParams, RUN_THREADS, 1, Integer.MAX_VALUE);
    wholeNumber(trainerParams, ALSO_RUNS, 0, Integer.MAX_VALUE);
    wholeNumber(trainerParams, SHUFFLE_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    String alsoRuns = trainerParams.getOrDefault(ALSO_RUNS, "0");
    String alsoDescriptor = trainerParams.getOrDefault(ALSO_DESCRIPTOR, "");
    if ((Long.parseLong(alsoRuns) > 0) == alsoDescriptor.isEmpty()) {
      throw new IllegalArgumentException("AlsoRuns (a positive number) and AlsoDescriptor go together: "
          + "AlsoRuns=" + alsoRuns + ", AlsoDescriptor='" + alsoDescriptor + "'");
    }
  }

  /** Trainer parameter: the number of runs on shuffled sentence orders whose weights are averaged. */
  static final String RUNS = "Runs";
  /**
   * Trainer parameter: the seed of the first run's sentence order (run r uses seed + r); 0 and one run:
   * the corpus order.
   */
  static final String SHUFFLE_SEED = "ShuffleSeed";
  /** Trainer parameter: how many of the runs train at the same time (the model does not depend on it). */
  static final String RUN_THREADS = "RunThreads";
  /**
   * Trainer parameters: {@code AlsoRuns} more runs (seeds as the first ones) with the features of
   * {@code AlsoDescriptor}, averaged with the others into the model, which keeps {@code FeatureDescriptor}.
   * Every feature of the other descriptor must also be one of the model's descriptor (a descriptor with
   * fewer opt-in features): the mixture then scores each feature set's view of a token together, an
   * ensemble of feature sets that tags as fast as one model.
   */
  static final String ALSO_RUNS = "AlsoRuns";
  static final String ALSO_DESCRIPTOR = "AlsoDescriptor";
  /** Taldau's own trainer parameters, which are not passed on to OpenNLP. */
  static final java.util.Set<String> TALDAU_PARAMS =
      java.util.Set.of(RUNS, SHUFFLE_SEED, RUN_THREADS, ALSO_RUNS, ALSO_DESCRIPTOR);

  /** The whole-number trainer parameter {@code key} (checked when the config was made), or {@code absent}. */
  long number(String key, long absent) {
    String v = trainerParams.get(key);
    return v == null ? absent : Long.parseLong(v);
  }

  private static void wholeNumber(Map<String, String> params, String key, long min, long max) {
    String v = params.get(key);
    if (v == null) {
      return;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number: '" + v + "'");
    }
    if (n < min) {
      throw new IllegalArgumentException(key + " must be " + (min == 0 ? "0 or more" : "at least " + min)
          + ": " + v);
    }
    if (n > max) {
      throw new IllegalArgumentException(key + " must be at most " + max + ": " + v);
    }
  }

  /** The settings the shipped models were trained with, chosen on the dev sets (see the model cards). */
  public static TrainingConfig defaults(Language language) {
    return new TrainingConfig(language, "PERCEPTRON", 300, 0, Codec.BIO, Features.TALDAU, "", Map.of());
  }

  /**
   * Reads a {@code --params} file: Java properties with {@code Algorithm}, {@code Iterations},
   * {@code Cutoff}, {@code Codec} (BIO or BILOU), {@code Features} (TALDAU or OPENNLP_DEFAULT),
   * {@code FeatureDescriptor} (see {@link #featureDescriptor()}); any other
   * key is passed to the OpenNLP trainer. Missing keys keep the {@link #defaults(Language)}.
   *
   * @throws IllegalArgumentException naming the file and key when a value is invalid
   */
  public static TrainingConfig read(Path file, Language language) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    TrainingConfig d = defaults(language);
    Map<String, String> extra = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (!key.matches("Algorithm|Iterations|Cutoff|Codec|Features|FeatureDescriptor")) {
        extra.put(key, p.getProperty(key).trim());
      }
    }
    try {
      return new TrainingConfig(language, p.getProperty("Algorithm", d.algorithm).trim(),
          Integer.parseInt(p.getProperty("Iterations", Integer.toString(d.iterations)).trim()),
          Integer.parseInt(p.getProperty("Cutoff", Integer.toString(d.cutoff)).trim()),
          Codec.valueOf(p.getProperty("Codec", d.codec.name()).trim().toUpperCase(Locale.ROOT)),
          Features.valueOf(p.getProperty("Features", d.features.name()).trim().toUpperCase(Locale.ROOT)),
          p.getProperty("FeatureDescriptor", d.featureDescriptor).trim(), extra);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": invalid training parameter: " + e.getMessage(), e);
    }
  }

  /**
   * The parameters as one line, keys sorted after the main ones, e.g.
   * {@code Algorithm=PERCEPTRON,Iterations=300,Cutoff=0,Codec=BILOU,Features=TALDAU}, with
   * {@code FeatureDescriptor=...} after {@code Features} when it is not the default; stored in the
   * manifest's {@code training.params}.
   */
  public String summary() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Algorithm", algorithm);
    m.put("Iterations", Integer.toString(iterations));
    m.put("Cutoff", Integer.toString(cutoff));
    m.put("Codec", codec.name());
    m.put("Features", features.name());
    if (features == Features.TALDAU && !featureDescriptor.isEmpty()) {
      m.put("FeatureDescriptor", featureDescriptor);
    }
    m.putAll(new TreeMap<>(trainerParams));
    StringBuilder sb = new StringBuilder();
    m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return sb.toString();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builder for {@link TrainingConfig}. */
  public static final class Builder {
    private Language language;
    private String algorithm;
    private int iterations;
    private int cutoff;
    private Codec codec;
    private Features features;
    private String featureDescriptor;
    private Map<String, String> trainerParams;

    private Builder(TrainingConfig c) {
      language = c.language;
      algorithm = c.algorithm;
      iterations = c.iterations;
      cutoff = c.cutoff;
      codec = c.codec;
      features = c.features;
      featureDescriptor = c.featureDescriptor;
      trainerParams = new TreeMap<>(c.trainerParams);
    }

    public Builder algorithm(String value) {
      algorithm = value;
      return this;
    }

    public Builder iterations(int value) {
      iterations = value;
      return this;
    }

    public Builder cutoff(int value) {
      cutoff = value;
      return this;
    }

    public Builder codec(Codec value) {
      codec = value;
      return this;
    }

    public Builder features(Features value) {
      features = value;
      return this;
    }

    /** The feature descriptor: empty for the default, a bundled name or a file path. */
    public Builder featureDescriptor(String value) {
      featureDescriptor = value;
      return this;
    }

    /** Sets one further OpenNLP trainer parameter, e.g. {@code L2Cost}. */
    public Builder param(String key, String value) {
      trainerParams.put(key, value);
      return this;
    }

    public TrainingConfig build() {
      return new TrainingConfig(language, algorithm, iterations, cutoff, codec, features,
          featureDescriptor, trainerParams);
    }
  }
}
