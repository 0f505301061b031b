package kz.taldau.models.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.taldau.ner.NerFeatures;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.EventModelSequenceTrainer;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP name finders with Taldau's features (or OpenNLP's defaults, for the baseline) and writes
 * them reproducibly: the same samples and config give the same model bytes, because the zip entries get
 * a fixed time and OpenNLP's creation timestamp is dropped. Predicates with all-zero weights are pruned
 * from the written model ({@link ModelPruner}).
 */
public final class NerTrainer {
  private NerTrainer() {}

  /**
   * Trains a model on {@code samples}.
   *
   * @throws IllegalArgumentException if there are no samples or no names in them
   */
  public static TokenNameFinderModel train(List<NameSample> samples,
      TrainingConfig config) throws IOException {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(config, "config");
    if (samples.stream().noneMatch(s -> s.getNames().length > 0)) {
      throw new IllegalArgumentException("no names in the " + samples.size() + " training sentences");
    }
    NerFeatures.register();
    // TrainingConfig has checked these: whole numbers in range, AlsoRuns with AlsoDescriptor.
    int runs = (int) config.number(TrainingConfig.RUNS, 1);
    long seed = config.number(TrainingConfig.SHUFFLE_SEED, 0);
    int threads = (int) config.number(TrainingConfig.RUN_THREADS, 1);
    int alsoRuns = (int) config.number(TrainingConfig.ALSO_RUNS, 0);
    String alsoDescriptor = config.trainerParams().getOrDefault(TrainingConfig.ALSO_DESCRIPTOR, "");
    if (runs > 1 || seed != 0 || alsoRuns > 0) {
      TrainingConfig also = config.toBuilder().featureDescriptor(alsoDescriptor).build();
      List<Callable<TokenNameFinderModel>> jobs = new ArrayList<>();
      for (int r = 0; r < runs + alsoRuns; r++) {
        List<NameSample> order = new ArrayList<>(samples);
        // The runs of the other descriptor take the seeds of the first runs again: same orders, other features.
        Collections.shuffle(order, new Random(seed + (r < runs ? r : r - runs)));
        TrainingConfig c = r < runs ? config : also;
        jobs.add(() -> trainOnce(order, c));
      }
      return mix(inParallel(jobs, threads), config);
    }
    return trainOnce(samples, config);
  }

  /**
   * The jobs' results in job order, computed on up to {@code threads} threads. Each run builds its own
   * feature generators and trainer and reads only the shared (immutable) samples, so the result does not
   * depend on the number of threads.
   */
  private static List<TokenNameFinderModel> inParallel(List<Callable<TokenNameFinderModel>> jobs, int threads)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
    try {
      List<Future<TokenNameFinderModel>> futures = new ArrayList<>();
      for (Callable<TokenNameFinderModel> j : jobs) {
        futures.add(pool.submit(j));
      }
      List<TokenNameFinderModel> out = new ArrayList<>();
      for (Future<TokenNameFinderModel> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while training", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("training run failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static TokenNameFinderModel trainOnce(List<NameSample> samples, TrainingConfig config)
      throws IOException {
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    for (Map.Entry<String, String> e : config.trainerParams().entrySet()) {
      if (!TrainingConfig.TALDAU_PARAMS.contains(e.getKey())) {
        p.put(e.getKey(), e.getValue());
      }
    }
    SequenceCodec<String> codec = codec(config);
    byte[] descriptor = features(config);
    TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, Map.of(), codec);
    if (config.algorithm().equals("PERCEPTRON_SEQUENCE")) {
      // OpenNLP's sequence perceptron decodes with its default features, not the model's (SequencePerceptron)
      int beamSize = p.getIntParameter(BeamSearch.BEAM_SIZE_PARAMETER, NameFinderME.DEFAULT_BEAM_SIZE);
      PerceptronModel model = SequencePerceptron.train(samples, factory, config.iterations(), config.cutoff(),
          beamSize, p.getBooleanParameter("UseAverage", true));
      return new TokenNameFinderModel(config.language().tag(), model, beamSize, descriptor,
          Map.of(), Map.of(TrainingParameters.TRAINER_TYPE_PARAM,
              EventModelSequenceTrainer.SEQUENCE_VALUE), codec, factory);
    }
    return NameFinderME.train(config.language().tag(), null, new CollectionObjectStream<>(samples), p,
        factory);
  }

  /**
   * One model whose weights are the mean of the given perceptron models' (by predicate and outcome name;
   * a predicate missing in a model counts as zero there): a mixture of runs that differ only in the order
   * of the training sentences, which averages out the trajectory noise of a single run. Tagging with it
   * costs the same as with one model.
   */
  private static TokenNameFinderModel mix(List<TokenNameFinderModel> models, TrainingConfig config)
      throws IOException {
    if (models.size() == 1) {
      return models.get(0);
    }
    List<String> outcomes = new ArrayList<>();
    Map<String, double[]> sums = new java.util.TreeMap<>();
    List<PerceptronModel> ps = new ArrayList<>();
    for (TokenNameFinderModel m : models) {
      if (!(m.getArtifact("nameFinder.model") instanceof PerceptronModel pm)) {
        throw new IllegalArgumentException(TrainingConfig.RUNS + " > 1 needs a perceptron algorithm");
      }
      ps.add(pm);
      for (String o : (String[]) pm.getDataStructures()[2]) {
        if (!outcomes.contains(o)) {
          outcomes.add(o);
        }
      }
    }
    for (PerceptronModel pm : ps) {
      Object[] data = pm.getDataStructures();
      @SuppressWarnings("unchecked")
      Map<String, opennlp.tools.ml.model.Context> preds = (Map<String, opennlp.tools.ml.model.Context>) data[1];
      String[] names = (String[]) data[2];
      for (Map.Entry<String, opennlp.tools.ml.model.Context> e : preds.entrySet()) {
        double[] sum = sums.computeIfAbsent(e.getKey(), k -> new double[outcomes.size()]);
        int[] os = e.getValue().getOutcomes();
        double[] vs = e.getValue().getParameters();
        for (int k = 0; k < os.length; k++) {
          sum[outcomes.indexOf(names[os[k]])] += vs[k] / ps.size();
        }
      }
    }
    int[] all = new int[outcomes.size()];
    for (int o = 0; o < all.length; o++) {
      all[o] = o;
    }
    String[] labels = sums.keySet().toArray(new String[0]);
    opennlp.tools.ml.model.Context[] params = new opennlp.tools.ml.model.Context[labels.length];
    for (int i = 0; i < labels.length; i++) {
      params[i] = new opennlp.tools.ml.model.Context(all, sums.get(labels[i]));
    }
    PerceptronModel mixed = new PerceptronModel(params, labels, outcomes.toArray(new String[0]));
    SequenceCodec<String> codec = codec(config);
    byte[] descriptor = features(config);
    TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, Map.of(), codec);
    int beamSize = Integer.parseInt(config.trainerParams().getOrDefault(BeamSearch.BEAM_SIZE_PARAMETER,
        Integer.toString(NameFinderME.DEFAULT_BEAM_SIZE)));
    return new TokenNameFinderModel(config.language().tag(), mixed, beamSize, descriptor, Map.of(),
        Map.of(TrainingParameters.TRAINER_TYPE_PARAM, models.get(0).getManifestProperty(
            TrainingParameters.TRAINER_TYPE_PARAM), TrainingConfig.RUNS, Integer.toString(models.size())), codec,
        factory);
  }

  private static SequenceCodec<String> codec(TrainingConfig config) {
    return config.codec() == TrainingConfig.Codec.BILOU ? new BilouCodec() : new BioCodec();
  }

  /** The feature descriptor of {@code config}; null for OpenNLP's default features. */
  private static byte[] features(TrainingConfig config) throws IOException {
    return config.features() == TrainingConfig.Features.TALDAU ? descriptor(config) : null;
  }

  /** The feature descriptor bytes of a {@code Features=TALDAU} config. */
  static byte[] descriptor(TrainingConfig config) throws IOException {
    String d = config.featureDescriptor();
    if (d.isEmpty()) {
      return NerFeatures.descriptor(config.language());
    }
    if (d.contains("/") || d.contains(java.io.File.separator)) {
      return NerFeatures.descriptor(java.nio.file.Files.readString(java.nio.file.Path.of(d)),
          config.language());
    }
    return NerFeatures.bundledDescriptor(d, config.language());
  }

  /**
   * The model's bytes, made reproducible and small: every zip entry gets a fixed time, the
   * {@code Timestamp} and comment lines of OpenNLP's {@code manifest.properties} are dropped, and
   * predicates whose weights are all zero are pruned from the classifier.
   */
  public static byte[] serialize(TokenNameFinderModel model) {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      model.serialize(raw);
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size());
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          byte[] data = in.readAllBytes();
          if (e.getName().equals("manifest.properties")) {
            data = stableManifest(data);
          } else if (e.getName().endsWith(".model")) {
            data = ModelPruner.prune(data);
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTime(0L);
          zip.putNextEntry(copy);
          zip.write(data);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the model in memory", e);
    }
  }

  private static byte[] stableManifest(byte[] data) {
    StringBuilder sb = new StringBuilder();
    for (String line : new String(data, StandardCharsets.ISO_8859_1).split("\n")) {
      // Properties.store writes ISO-8859-1 with a date comment; OpenNLP adds a creation Timestamp.
      if (!line.startsWith("#") && !line.startsWith("Timestamp=")) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
