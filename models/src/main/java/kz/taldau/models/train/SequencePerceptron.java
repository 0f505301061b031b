package kz.taldau.models.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Collins' structured (sequence) perceptron for the name finder, averaged, trained with the model's own
 * features and decoded during training exactly as the name finder decodes at tag time (OpenNLP's
 * {@link BeamSearch} with the codec's sequence validator, the perceptron's normalized scores).
 *
 * <p>Replaces OpenNLP 2.5's {@code SimplePerceptronSequenceTrainer} path of {@code NameFinderME.train}, which
 * cannot train a model with Taldau's features: its {@code NameSampleSequenceStream.updateContext} decodes
 * every training sentence with a {@code TokenNameFinderModel} made without the feature descriptor, i.e.
 * with OpenNLP's default feature generators (and the BIO codec whatever the factory's codec), so the
 * predicted sequences that the perceptron learns from come from other features than the model's; and it
 * rebuilds the whole predicate map after every sentence with an error, which makes one iteration take
 * many minutes.
 *
 * <p>Per iteration, every sentence (in corpus order) is decoded with the current weights; if the best
 * sequence differs from the gold one, the weights of the gold sequence's features are raised by one for
 * the gold outcomes and those of the predicted sequence's features lowered by one for the predicted
 * outcomes. The features of a token are the feature generators' (computed once, with no previous
 * outcomes, which they do not read) plus OpenNLP's four previous-outcome features ({@code po}, {@code pow},
 * {@code powf}, {@code ppo}, as {@code DefaultNameContextGenerator} makes them). Only predicates of the gold
 * sequences are parameters (as in OpenNLP). The returned model has the weights averaged over all
 * sentence steps (unless {@code UseAverage=false}). Deterministic.
 */
final class SequencePerceptron {
  private final int numOutcomes;
  private final String[] outcomeLabels;
  private final Map<String, Integer> outcomeIndex = new HashMap<>();
  private final String[] predLabels;
  private final Map<String, Integer> predIndex;
  /** Current weights, predicate-major: {@code w[p * numOutcomes + o]}. */
  private final double[] w;
  /** Sum of step times weighted updates, for the average. */
  private final double[] u;

  private final List<String[]> tokens = new ArrayList<>();
  /** Per sentence and token: the generators' predicate ids (no previous-outcome features). */
  private final List<int[][]> base = new ArrayList<>();
  /** Per sentence: gold outcome labels. */
  private final List<String[]> gold = new ArrayList<>();

  private SequencePerceptron(List<NameSample> samples, NameContextGenerator cg, SequenceCodec<String> codec,
      int cutoff) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    List<String[][]> contexts = new ArrayList<>();
    for (NameSample s : samples) {
      if (s.isClearAdaptiveDataSet()) {
        cg.clearAdaptiveData();
      }
      String[] toks = s.getSentence();
      String[] tags = codec.encode(s.getNames(), toks.length);
      String[][] ctx = new String[toks.length][];
      for (int i = 0; i < toks.length; i++) {
        ctx[i] = cg.getContext(i, toks, null, null);
        for (String f : ctx[i]) {
          counts.merge(f, 1, Integer::sum);
        }
        for (String f : outcomeFeatures(toks, tags, i)) {
          counts.merge(f, 1, Integer::sum);
        }
        outcomes.putIfAbsent(tags[i], outcomes.size());
      }
      cg.updateAdaptiveData(toks, tags);
      tokens.add(toks);
      gold.add(tags);
      contexts.add(ctx);
    }
    predIndex = new HashMap<>();
    List<String> labels = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= cutoff) {
        predIndex.put(e.getKey(), labels.size());
        labels.add(e.getKey());
      }
    }
    predLabels = labels.toArray(new String[0]);
    outcomeLabels = outcomes.keySet().toArray(new String[0]);
    for (int o = 0; o < outcomeLabels.length; o++) {
      outcomeIndex.put(outcomeLabels[o], o);
    }
    numOutcomes = outcomeLabels.length;
    for (String[][] ctx : contexts) {
      int[][] ids = new int[ctx.length][];
      for (int i = 0; i < ctx.length; i++) {
        ids[i] = ids(ctx[i]);
      }
      base.add(ids);
    }
    w = new double[predLabels.length * numOutcomes];
    u = new double[w.length];
  }

  /**
   * Trains on {@code samples} with the factory's features and codec.
   *
   * @param iterations passes over the training data
   * @param cutoff predicates seen fewer times in the gold sequences are not parameters
   * @param beamSize the beam of the decoder (the model's, 3 by default)
   * @param average whether to return the averaged weights (Collins) rather than the last ones
   */
  static PerceptronModel train(List<NameSample> samples, TokenNameFinderFactory factory, int iterations,
      int cutoff, int beamSize, boolean average) {
    NameContextGenerator cg = factory.createContextGenerator();
    SequenceCodec<String> codec = factory.createSequenceCodec();
    SequencePerceptron p = new SequencePerceptron(samples, cg, codec, cutoff);
    return p.run(iterations, beamSize, codec.createSequenceValidator(), average);
  }

  private PerceptronModel run(int iterations, int beamSize, SequenceValidator<String> validator,
      boolean average) {
    Scorer scorer = new Scorer();
    BeamSearch beam = new BeamSearch(beamSize, scorer);
    long step = 1;
    for (int it = 0; it < iterations; it++) {
      long correct = 0;
      long total = 0;
      for (int s = 0; s < tokens.size(); s++) {
        String[] toks = tokens.get(s);
        String[] tags = gold.get(s);
        scorer.sentence(toks, base.get(s));
        Sequence best = beam.bestSequence(toks, null, scorer, validator);
        List<String> guess = best.getOutcomes();
        boolean same = true;
        for (int i = 0; i < tags.length; i++) {
          if (tags[i].equals(guess.get(i))) {
            correct++;
          } else {
            same = false;
          }
          total++;
        }
        if (!same) {
          String[] predicted = guess.toArray(new String[0]);
          for (int i = 0; i < toks.length; i++) {
            update(base.get(s)[i], ids(outcomeFeatures(toks, tags, i)), outcomeIndex.get(tags[i]), 1, step);
            update(base.get(s)[i], ids(outcomeFeatures(toks, predicted, i)),
                outcomeIndex.get(predicted[i]), -1, step);
          }
        }
        step++;
      }
      if (Boolean.getBoolean("taldau.train.verbose")) {
        System.err.printf("sequence perceptron iteration %d: %d/%d tokens right (%.5f)%n", it + 1, correct,
            total, (double) correct / total);
      }
    }
    Context[] params = new Context[predLabels.length];
    int[] all = new int[numOutcomes];
    for (int o = 0; o < numOutcomes; o++) {
      all[o] = o;
    }
    for (int p = 0; p < predLabels.length; p++) {
      double[] v = new double[numOutcomes];
      for (int o = 0; o < numOutcomes; o++) {
        int k = p * numOutcomes + o;
        v[o] = average ? w[k] - u[k] / step : w[k];
      }
      params[p] = new Context(all, v);
    }
    return new PerceptronModel(params, predLabels, outcomeLabels);
  }

  private void update(int[] baseIds, int[] outcomeIds, int outcome, int delta, long step) {
    for (int p : baseIds) {
      int k = p * numOutcomes + outcome;
      w[k] += delta;
      u[k] += (double) step * delta;
    }
    for (int p : outcomeIds) {
      int k = p * numOutcomes + outcome;
      w[k] += delta;
      u[k] += (double) step * delta;
    }
  }

  private int[] ids(String[] features) {
    int[] out = new int[features.length];
    int n = 0;
    for (String f : features) {
      Integer id = predIndex.get(f);
      if (id != null) {
        out[n++] = id;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** OpenNLP's previous-outcome features of token {@code i} (DefaultNameContextGenerator). */
  static String[] outcomeFeatures(String[] toks, String[] prior, int i) {
    String po = i > 0 ? prior[i - 1] : NameFinderME.OTHER;
    String ppo = i > 1 ? prior[i - 2] : NameFinderME.OTHER;
    return new String[] {"po=" + po, "pow=" + po + "," + toks[i],
        "powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(toks[i]), "ppo=" + ppo};
  }

  /**
   * The current weights as the beam search's model and context generator: the context of token i is its
   * index and the previous-outcome features; the generators' part of the score is summed once per token.
   */
  private final class Scorer implements MaxentModel, BeamSearchContextGenerator<String> {
    private String[] toks;
    private int[][] ids;
    private double[][] baseScores;
    private int current;

    void sentence(String[] t, int[][] i) {
      toks = t;
      ids = i;
      baseScores = new double[t.length][];
    }

    @Override
    public String[] getContext(int index, String[] sequence, String[] priorDecisions,
        Object[] additionalContext) {
      current = index;
      String po = index > 0 ? priorDecisions[index - 1] : NameFinderME.OTHER;
      String ppo = index > 1 ? priorDecisions[index - 2] : NameFinderME.OTHER;
      return new String[] {"po=" + po, "pow=" + po + "," + toks[index],
          "powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(toks[index]), "ppo=" + ppo};
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      double[] b = baseScores[current];
      if (b == null) {
        b = new double[numOutcomes];
        for (int p : ids[current]) {
          int k = p * numOutcomes;
          for (int o = 0; o < numOutcomes; o++) {
            b[o] += w[k + o];
          }
        }
        baseScores[current] = b;
      }
      double[] prior = probs.length == numOutcomes ? probs : new double[numOutcomes];
      System.arraycopy(b, 0, prior, 0, numOutcomes);
      for (String f : context) {
        Integer id = predIndex.get(f);
        if (id != null) {
          int k = id * numOutcomes;
          for (int o = 0; o < numOutcomes; o++) {
            prior[o] += w[k + o];
          }
        }
      }
      // PerceptronModel's normalization
      double maxPrior = 1;
      for (int o = 0; o < numOutcomes; o++) {
        maxPrior = Math.max(maxPrior, StrictMath.abs(prior[o]));
      }
      double normal = 0;
      for (int o = 0; o < numOutcomes; o++) {
        prior[o] = StrictMath.exp(prior[o] / maxPrior);
        normal += prior[o];
      }
      for (int o = 0; o < numOutcomes; o++) {
        prior[o] /= normal;
      }
      return prior;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[numOutcomes]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context, new double[numOutcomes]);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      int best = 0;
      for (int o = 1; o < outcomes.length; o++) {
        if (outcomes[o] > outcomes[best]) {
          best = o;
        }
      }
      return outcomeLabels[best];
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      StringBuilder sb = new StringBuilder();
      for (int o = 0; o < outcomes.length; o++) {
        sb.append(outcomeLabels[o]).append('[').append(outcomes[o]).append("] ");
      }
      return sb.toString();
    }

    @Override
    public String getOutcome(int i) {
      return outcomeLabels[i];
    }

    @Override
    public int getIndex(String outcome) {
      return outcomeIndex.getOrDefault(outcome, -1);
    }

    @Override
    public int getNumOutcomes() {
      return numOutcomes;
    }
  }
}
