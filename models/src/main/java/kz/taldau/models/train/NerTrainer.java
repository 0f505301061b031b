package kz.taldau.models.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.taldau.ner.NerFeatures;
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
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    for (Map.Entry<String, String> e : config.trainerParams().entrySet()) {
      p.put(e.getKey(), e.getValue());
    }
    SequenceCodec<String> codec = config.codec() == TrainingConfig.Codec.BILOU ? new BilouCodec()
        : new BioCodec();
    byte[] descriptor = config.features() == TrainingConfig.Features.TALDAU
        ? descriptor(config) : null;
    TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, Map.of(), codec);
    return NameFinderME.train(config.language().tag(), null, new CollectionObjectStream<>(samples), p,
        factory);
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
