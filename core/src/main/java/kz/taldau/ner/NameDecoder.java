package kz.taldau.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Finds names in one sentence at a time, as {@link NameFinderME#find(String[])} does; spans carry the mean
 * probability of their tokens' outcomes. Not thread-safe: an instance holds feature generators that remember
 * the last sentence. {@link #of} picks the implementation.
 */
abstract class NameDecoder {
  /** The entry of the classifier in an OpenNLP name finder model (private in TokenNameFinderModel). */
  private static final String MODEL_ENTRY = "nameFinder.model";

  /** The names in {@code tokens}; each span's probability is set. */
  abstract Span[] find(String[] tokens);

  /** Forgets what the feature generators learned from the last sentence. */
  abstract void clearAdaptiveData();

  /**
   * A decoder for {@code model}: {@link Perceptron} for perceptron models (with OpenNLP's "other"
   * outcome, which every name finder codec has), whose results are the same as {@link NameFinderME}'s and
   * come 3-4 times as fast, and {@link NameFinderME} for every other model.
   */
  static NameDecoder of(TokenNameFinderModel model) {
    return factory(model).get();
  }

  /**
   * Makes decoders for {@code model} (see {@link #of}); the decoders of one factory share what can be
   * shared, and the factory is thread-safe.
   */
  static Supplier<NameDecoder> factory(TokenNameFinderModel model) {
    if (model.getNameFinderSequenceModel() instanceof BeamSearch
        && model.getArtifact(MODEL_ENTRY) instanceof PerceptronModel p
        && List.of((String[]) p.getDataStructures()[2]).contains(NameFinderME.OTHER)) {
      BigramWords bigrams = new BigramWords(Perceptron.predicates(p));
      return () -> new Perceptron(model, p, model.getFactory().createFeatureGenerators(), bigrams);
    }
    return () -> new OpenNlp(new NameFinderME(model));
  }

  /**
   * The words that occur in the model's token-bigram features ({@code pw,w=a,b} and {@code w,nw=a,b}), on
   * each side: a pair whose words do not both occur cannot be a feature of the model, so its string need
   * not be built. Read from the model on first use, once for all decoders of a factory. A word with a
   * comma could split a feature either way, so every split counts.
   */
  static final class BigramWords {
    private static final String[] PREFIXES = {"pw,w=", "w,nw="};
    private final Map<String, Context> predicates;
    private volatile List<Set<String>> sides;

    BigramWords(Map<String, Context> predicates) {
      this.predicates = predicates;
    }

    /** Side {@code 2 * p + s}: words on the left (s = 0) or right (s = 1) of prefix {@code p}'s features. */
    Set<String> side(int index) {
      List<Set<String>> s = sides;
      if (s == null) {
        synchronized (this) {
          s = sides;
          if (s == null) {
            s = read();
            sides = s;
          }
        }
      }
      return s.get(index);
    }

    private List<Set<String>> read() {
      List<Set<String>> out = new ArrayList<>();
      for (int k = 0; k < 2 * PREFIXES.length; k++) {
        out.add(new HashSet<>());
      }
      for (String key : predicates.keySet()) {
        for (int p = 0; p < PREFIXES.length; p++) {
          if (key.startsWith(PREFIXES[p])) {
            String pair = key.substring(PREFIXES[p].length());
            for (int c = pair.indexOf(','); c >= 0; c = pair.indexOf(',', c + 1)) {
              out.get(2 * p).add(pair.substring(0, c));
              out.get(2 * p + 1).add(pair.substring(c + 1));
            }
          }
        }
      }
      return List.copyOf(out);
    }
  }

  /** {@link NameFinderME} as it is. */
  static final class OpenNlp extends NameDecoder {
    private final NameFinderME finder;

    OpenNlp(NameFinderME finder) {
      this.finder = finder;
    }

    @Override
    Span[] find(String[] tokens) {
      return finder.find(tokens);
    }

    @Override
    void clearAdaptiveData() {
      finder.clearAdaptiveData();
    }
  }

  /**
   * NameFinderME's beam search for a perceptron model, with the work per token cut. NameFinderME builds a
   * token's whole context (the feature generators' features plus four features of the previous outcomes)
   * as strings and looks every one up in the model once for each hypothesis in the beam (three by
   * default). The generators' features do not depend on the previous outcomes (OpenNLP's and Taldau's
   * generators read the tokens and their own adaptive data only, and the descriptor's cache makes them
   * so in any case), so here they are summed into a score vector once per token, and only the four
   * outcome features are added per hypothesis. With Taldau's {@link TokenFeatureSet} first in the
   * descriptor, the features that depend on one word alone (its lower-cased form and shape in the
   * window, affixes, script, stem) and the outcome features are resolved to model parameters once per
   * distinct word and kept in a bounded cache, so a frequent word costs no string building or hashing.
   * Parameters are added in OpenNLP's order and normalized by its formula, so scores, beam and result
   * are bit for bit the same (a test in taldau-models compares the two on whole corpora).
   */
  static final class Perceptron extends NameDecoder {
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /** Distinct words whose resolved parameters are kept; the cache is emptied when it is full. */
    private static final int WORD_CACHE_SIZE = 16_384;
    /** A feature the model does not know: adds nothing. */
    private static final Context ABSENT = new Context(new int[0], new double[0]);
    /** The row of a feature the model does not know: adds nothing. */
    private static final double[] NO_ROW = new double[0];

    private final Map<String, Context> predicates;
    private final String[] outcomeNames;
    private final int beamSize;
    private final SequenceCodec<String> codec;
    /** For BIO models: the spans of an outcome sequence without OpenNLP's regex per token; else null. */
    private final BioSpans bio;
    private final SequenceValidator<String> validator;
    /** valid[p + 1][o]: outcome o may follow outcome p (p = -1 at the start); null if not known. */
    private final boolean[][] valid;
    private final double[][] previousOutcome;
    private final double[][] secondPreviousOutcome;
    /** Rows made for contexts with fewer than all outcomes (sparse models), made once per context. */
    private final Map<Context, double[]> sparseRows = new IdentityHashMap<>();
    private final int other;
    /** The whole generator, used when the descriptor does not start with a TokenFeatureSet. */
    private final AdaptiveFeatureGenerator generator;
    private final TokenFeatureSet wordFeatures;
    /** The generators after the TokenFeatureSet (an array: the loop over them runs for every token). */
    private final AdaptiveFeatureGenerator[] rest;
    private final Map<String, WordParameters> words = new HashMap<>();
    private final Map<String, Map<String, double[][]>> classPairs = new HashMap<>();
    private final BigramWords bigramWords;
    private final List<String> features = new ArrayList<>();

    Perceptron(TokenNameFinderModel model, PerceptronModel perceptron, AdaptiveFeatureGenerator generator,
        BigramWords bigramWords) {
      this.predicates = predicates(perceptron);
      this.outcomeNames = (String[]) perceptron.getDataStructures()[2];
      this.bigramWords = bigramWords;
      String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
      this.codec = model.getFactory().createSequenceCodec();
      this.bio = codec.getClass() == BioCodec.class ? new BioSpans(outcomeNames) : null;
      this.validator = codec.createSequenceValidator();
      this.valid = validity(validator, outcomeNames);
      int n = outcomeNames.length;
      this.previousOutcome = new double[n][];
      this.secondPreviousOutcome = new double[n][];
      for (int o = 0; o < n; o++) {
        previousOutcome[o] = row("po=" + outcomeNames[o]);
        secondPreviousOutcome[o] = row("ppo=" + outcomeNames[o]);
      }
      this.other = List.of(outcomeNames).indexOf(NameFinderME.OTHER);
      this.generator = generator;
      AdaptiveFeatureGenerator inner = generator instanceof CachedFeatureGenerator c
          ? c.getCachedFeatureGenerator() : generator;
      List<AdaptiveFeatureGenerator> parts = inner instanceof AggregatedFeatureGenerator a
          ? List.copyOf(a.getGenerators()) : List.of(inner);
      if (parts.get(0) instanceof TokenFeatureSet set) {
        this.wordFeatures = set;
        this.rest = parts.subList(1, parts.size()).toArray(new AdaptiveFeatureGenerator[0]);
      } else {
        this.wordFeatures = null;
        this.rest = new AdaptiveFeatureGenerator[0];
      }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Context> predicates(PerceptronModel perceptron) {
      return (Map<String, Context>) perceptron.getDataStructures()[1];
    }

    /** The validity table for OpenNLP's BIO and BILOU validators, which look at the last outcome only. */
    private static boolean[][] validity(SequenceValidator<String> validator, String[] names) {
      if (!(validator instanceof NameFinderSequenceValidator
          || validator instanceof BilouNameFinderSequenceValidator)) {
        return null;
      }
      boolean[][] table = new boolean[names.length + 1][names.length];
      for (int p = -1; p < names.length; p++) {
        String[] history = p < 0 ? new String[0] : new String[] {names[p]};
        for (int o = 0; o < names.length; o++) {
          table[p + 1][o] = validator.validSequence(history.length, null, history, names[o]);
        }
      }
      return table;
    }

    @Override
    Span[] find(String[] tokens) {
      int n = outcomeNames.length;
      WordParameters[] sentence = wordFeatures == null ? null : lookUp(tokens);
      PriorityQueue<Hypothesis> prev = new PriorityQueue<>(beamSize);
      PriorityQueue<Hypothesis> next = new PriorityQueue<>(beamSize);
      prev.add(Hypothesis.START);
      double[] base = new double[n];
      double[] scores = new double[n];
      double[] sorted = new double[Math.min(beamSize, n)];
      for (int i = 0; i < tokens.length; i++) {
        if (sentence == null) {
          generatorScores(tokens, i, base);
        } else {
          wordScores(tokens, sentence, i, base);
        }
        int size = Math.min(beamSize, prev.size());
        for (int k = 0; k < size && !prev.isEmpty(); k++) {
          Hypothesis top = prev.remove();
          int po = i > 0 ? top.outcome : other;
          int ppo = i > 1 ? top.parent.outcome : other;
          System.arraycopy(base, 0, scores, 0, n);
          add(previousOutcome[po], scores);
          add(sentence == null ? row("pow=" + outcomeNames[po] + "," + tokens[i])
              : sentence[i].previousWord(this, po), scores);
          add(sentence == null
              ? row("powf=" + outcomeNames[po] + "," + FeatureGeneratorUtil.tokenFeature(tokens[i]))
              : sentence[i].previousClass(this, po), scores);
          add(secondPreviousOutcome[ppo], scores);
          normalize(scores);
          double min = kthLargest(scores, Math.min(beamSize, n), sorted);
          for (int o = 0; o < n; o++) {
            if (scores[o] >= min) {
              extend(top, tokens, i, o, scores[o], next);
            }
          }
          if (next.isEmpty()) {
            for (int o = 0; o < n; o++) {
              extend(top, tokens, i, o, scores[o], next);
            }
          }
        }
        prev.clear();
        PriorityQueue<Hypothesis> swap = prev;
        prev = next;
        next = swap;
      }
      Hypothesis best = prev.poll();
      if (best == null) {
        return new Span[0];
      }
      int[] outcomes = new int[tokens.length];
      double[] probs = new double[tokens.length];
      for (Hypothesis h = best; h.length > 0; h = h.parent) {
        outcomes[h.length - 1] = h.outcome;
        probs[h.length - 1] = h.prob;
      }
      Span[] spans = bio != null ? bio.decode(outcomes) : codec.decode(names(outcomes));
      for (int s = 0; s < spans.length; s++) {
        double p = 0;
        for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
          p += probs[t];
        }
        spans[s] = new Span(spans[s], p / spans[s].length());
      }
      return spans;
    }

    /**
     * The {@code k}-th largest of {@code values}, duplicates counted (BeamSearch sorts a copy and takes
     * {@code sorted[n - k]}); {@code top} is scratch space of length {@code k}.
     */
    static double kthLargest(double[] values, int k, double[] top) {
      int filled = 0;
      for (double v : values) {
        if (filled < k) {
          int at = filled++;
          while (at > 0 && Double.compare(top[at - 1], v) < 0) {
            top[at] = top[at - 1];
            at--;
          }
          top[at] = v;
        } else if (Double.compare(v, top[k - 1]) > 0) {
          int at = k - 1;
          while (at > 0 && Double.compare(top[at - 1], v) < 0) {
            top[at] = top[at - 1];
            at--;
          }
          top[at] = v;
        }
      }
      return top[k - 1];
    }

    private void extend(Hypothesis top, String[] tokens, int i, int outcome, double score,
        PriorityQueue<Hypothesis> next) {
      boolean ok = valid != null ? valid[(top.length == 0 ? -1 : top.outcome) + 1][outcome]
          : validator.validSequence(i, tokens, top.history(outcomeNames), outcomeNames[outcome]);
      if (ok) {
        Hypothesis extended = new Hypothesis(top, outcome, score);
        if (extended.score > MIN_SEQUENCE_SCORE) {
          next.add(extended);
        }
      }
    }

    /** Sums the parameters of token {@code i}'s generator features into {@code sums}, from zero. */
    private void generatorScores(String[] tokens, int i, double[] sums) {
      Arrays.fill(sums, 0);
      features.clear();
      generator.createFeatures(features, tokens, i, null);
      for (String f : features) {
        add(resolve(f), sums);
      }
    }

    /**
     * The same sums as {@link #generatorScores} when the descriptor starts with a TokenFeatureSet: its
     * word features from the resolved cache, in the order {@link TokenFeatureSet#createFeatures} makes
     * them, then its context features and the other generators' features as strings.
     */
    private void wordScores(String[] tokens, WordParameters[] sentence, int i, double[] sums) {
      Arrays.fill(sums, 0);
      int n = tokens.length;
      // Window bounds computed before each loop, not tested inside it: a test inside made C2's loop
      // predicates fail at the sentence edges, and each failure recompiled this method (seconds of C2).
      int tw = wordFeatures.tokenWindow();
      for (int d = Math.max(-tw, -i), last = Math.min(tw, n - 1 - i); d <= last; d++) {
        add(sentence[i + d].lower[d + tw], sums);
      }
      int sw = wordFeatures.shapeWindow();
      for (int d = Math.max(-sw, -i), last = Math.min(sw, n - 1 - i); d <= last; d++) {
        add(sentence[i + d].shape[d + sw], sums);
      }
      for (double[] r : sentence[i].own) {
        add(r, sums);
      }
      int stw = wordFeatures.stemWindow();
      for (int d = Math.max(-stw, -i), last = Math.min(stw, n - 1 - i); d <= last; d++) {
        add(sentence[i + d].stem[d + stw], sums);
      }
      features.clear();
      wordFeatures.contextFeatures(features, tokens, i);
      addAll(features, sums);
      for (AdaptiveFeatureGenerator g : rest) {
        if (g instanceof BigramNameFeatureGenerator) {
          bigrams(tokens, sentence, i, sums);
        } else {
          features.clear();
          g.createFeatures(features, tokens, i, null);
          addAll(features, sums);
        }
      }
    }

    private void addAll(List<String> features, double[] sums) {
      for (String f : features) {
        add(resolve(f), sums);
      }
    }

    /**
     * {@link BigramNameFeatureGenerator}'s features in its order; the token-class pairs (a handful of
     * classes) come from a small table instead of the model's map.
     */
    private void bigrams(String[] tokens, WordParameters[] sentence, int i, double[] sums) {
      if (i > 0) {
        if (sentence[i - 1].bigramSides[0] && sentence[i].bigramSides[1]) {
          add(resolve("pw,w=" + tokens[i - 1] + "," + tokens[i]), sums);
        }
        add(classPair(sentence[i - 1].tokenClass, sentence[i].tokenClass)[0], sums);
      }
      if (i + 1 < tokens.length) {
        if (sentence[i].bigramSides[2] && sentence[i + 1].bigramSides[3]) {
          add(resolve("w,nw=" + tokens[i] + "," + tokens[i + 1]), sums);
        }
        add(classPair(sentence[i].tokenClass, sentence[i + 1].tokenClass)[1], sums);
      }
    }

    /** The parameters of {@code pwc,wc=left,right} and {@code wc,nc=left,right}. */
    private double[][] classPair(String left, String right) {
      return classPairs.computeIfAbsent(left, k -> new HashMap<>()).computeIfAbsent(right,
          k -> new double[][] {row("pwc,wc=" + left + "," + right), row("wc,nc=" + left + "," + right)});
    }

    private WordParameters[] lookUp(String[] tokens) {
      if (words.size() + tokens.length > WORD_CACHE_SIZE) {
        words.clear();
      }
      WordParameters[] out = new WordParameters[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        out[i] = words.computeIfAbsent(tokens[i], this::wordParameters);
      }
      return out;
    }

    private WordParameters wordParameters(String token) {
      TokenFeatureSet.Word word = wordFeatures.word(token);
      int tw = wordFeatures.tokenWindow();
      double[][] lower = new double[2 * tw + 1][];
      for (int d = -tw; d <= tw; d++) {
        lower[d + tw] = row(TokenFeatureSet.prefix(d) + "w=" + word.lower());
      }
      int sw = wordFeatures.shapeWindow();
      double[][] shape = new double[2 * sw + 1][];
      for (int d = -sw; d <= sw; d++) {
        shape[d + sw] = row(TokenFeatureSet.prefix(d) + word.shape());
      }
      double[][] own = new double[word.own().size()][];
      for (int k = 0; k < own.length; k++) {
        own[k] = row(word.own().get(k));
      }
      int stw = wordFeatures.stemWindow();
      double[][] stem = new double[2 * stw + 1][];
      for (int d = -stw; d <= stw; d++) {
        stem[d + stw] = word.stem() == null ? NO_ROW : row(TokenFeatureSet.prefix(d) + word.stem());
      }
      boolean[] sides = new boolean[4];
      for (int k = 0; k < sides.length; k++) {
        sides[k] = bigramWords.side(k).contains(token);
      }
      return new WordParameters(token, FeatureGeneratorUtil.tokenFeature(token), lower, shape, own, stem,
          sides, outcomeNames.length);
    }

    private Context resolve(String feature) {
      Context c = predicates.get(feature);
      return c == null ? ABSENT : c;
    }

    /**
     * The parameters of {@code feature} by outcome index (zero where the model has none), or
     * {@link #NO_ROW} if the model does not know it. For a context with every outcome (the averaged
     * models' layout) that is its own parameter array, shared, not copied; the cached word features are
     * kept as rows, so adding them reads one array instead of a context and two arrays. Adding a zero
     * leaves a sum unchanged, so scores stay the same as OpenNLP's.
     */
    private double[] row(String feature) {
      Context c = predicates.get(feature);
      if (c == null) {
        return NO_ROW;
      }
      int[] active = c.getOutcomes();
      int n = outcomeNames.length;
      boolean all = active.length == n;
      for (int a = 0; all && a < n; a++) {
        all = active[a] == a;
      }
      if (all) {
        return c.getParameters();
      }
      return sparseRows.computeIfAbsent(c, k -> {
        double[] r = new double[n];
        double[] params = k.getParameters();
        for (int a = 0; a < active.length; a++) {
          r[active[a]] = params[a];
        }
        return r;
      });
    }

    private static void add(double[] row, double[] sums) {
      for (int o = 0; o < row.length; o++) {
        sums[o] += row[o];
      }
    }

    private static void add(Context c, double[] sums) {
      int[] active = c.getOutcomes();
      double[] params = c.getParameters();
      for (int a = 0; a < active.length; a++) {
        sums[active[a]] += params[a];
      }
    }

    /** PerceptronModel's normalization: scale by the largest magnitude (at least 1), then softmax. */
    private static void normalize(double[] sums) {
      double max = 1;
      for (double s : sums) {
        max = Math.max(max, StrictMath.abs(s));
      }
      double total = 0;
      for (int o = 0; o < sums.length; o++) {
        sums[o] = StrictMath.exp(sums[o] / max);
        total += sums[o];
      }
      for (int o = 0; o < sums.length; o++) {
        sums[o] /= total;
      }
    }

    @Override
    void clearAdaptiveData() {
      generator.clearAdaptiveData();
    }

    /** A word's features resolved to model parameters, by offset from the token being tagged. */
    private static final class WordParameters {
      final String token;
      final String tokenClass;
      final double[][] lower;
      final double[][] shape;
      final double[][] own;
      final double[][] stem;
      /** The word occurs left/right in pw,w= features, left/right in w,nw= features. */
      final boolean[] bigramSides;
      /** pow=/powf= parameters by previous outcome, resolved on first use. */
      final double[][] previousWord;
      final double[][] previousClass;

      WordParameters(String token, String tokenClass, double[][] lower, double[][] shape, double[][] own,
          double[][] stem, boolean[] bigramSides, int outcomes) {
        this.token = token;
        this.tokenClass = tokenClass;
        this.lower = lower;
        this.shape = shape;
        this.own = own;
        this.stem = stem;
        this.bigramSides = bigramSides;
        this.previousWord = new double[outcomes][];
        this.previousClass = new double[outcomes][];
      }

      double[] previousWord(Perceptron decoder, int po) {
        return previous(decoder, previousWord, "pow=", po, token);
      }

      double[] previousClass(Perceptron decoder, int po) {
        return previous(decoder, previousClass, "powf=", po, tokenClass);
      }

      /** {@code cache[po]}, resolving {@code <name><previous outcome>,<value>} on first use. */
      private static double[] previous(Perceptron decoder, double[][] cache, String name, int po, String value) {
        double[] r = cache[po];
        if (r == null) {
          r = decoder.row(name + decoder.outcomeNames[po] + "," + value);
          cache[po] = r;
        }
        return r;
      }
    }

    /** A beam entry; ordered like OpenNLP's Sequence (higher score first) so the beam keeps the same. */
    private List<String> names(int[] outcomes) {
      String[] names = new String[outcomes.length];
      for (int t = 0; t < outcomes.length; t++) {
        names[t] = outcomeNames[outcomes[t]];
      }
      return Arrays.asList(names);
    }

    /**
     * {@link BioCodec#decode} on outcome indexes: the same spans (a span's type is the name type of the
     * outcome before the tag that ends it, as there), with each outcome's kind and type found once.
     */
    static final class BioSpans {
      private static final Pattern TYPED = Pattern.compile("(.+)-\\w+");
      private static final int START = 0;
      private static final int CONTINUE = 1;
      private static final int OTHER = 2;
      private static final int NONE = 3;
      private final int[] kind;
      private final String[] type;

      BioSpans(String[] outcomeNames) {
        kind = new int[outcomeNames.length];
        type = new String[outcomeNames.length];
        for (int o = 0; o < outcomeNames.length; o++) {
          String name = outcomeNames[o];
          kind[o] = name.endsWith(BioCodec.START) ? START : name.endsWith(BioCodec.CONTINUE) ? CONTINUE
              : name.endsWith(BioCodec.OTHER) ? OTHER : NONE;
          Matcher m = TYPED.matcher(name);
          type[o] = m.matches() ? m.group(1) : null;
        }
      }

      Span[] decode(int[] outcomes) {
        int start = -1;
        int end = -1;
        List<Span> spans = new ArrayList<>();
        for (int t = 0; t < outcomes.length; t++) {
          switch (kind[outcomes[t]]) {
            case START -> {
              if (start != -1) {
                spans.add(new Span(start, end, type[outcomes[t - 1]]));
              }
              start = t;
              end = t + 1;
            }
            case CONTINUE -> end = t + 1;
            case OTHER -> {
              if (start != -1) {
                spans.add(new Span(start, end, type[outcomes[t - 1]]));
                start = -1;
                end = -1;
              }
            }
            default -> { }
          }
        }
        if (start != -1) {
          spans.add(new Span(start, end, type[outcomes[outcomes.length - 1]]));
        }
        return spans.toArray(new Span[0]);
      }
    }

    private static final class Hypothesis implements Comparable<Hypothesis> {
      static final Hypothesis START = new Hypothesis();

      final Hypothesis parent;
      final int outcome;
      final double prob;
      final double score;
      final int length;

      private Hypothesis() {
        this.parent = null;
        this.outcome = -1;
        this.prob = 1;
        this.score = 0;
        this.length = 0;
      }

      Hypothesis(Hypothesis parent, int outcome, double prob) {
        this.parent = parent;
        this.outcome = outcome;
        this.prob = prob;
        this.score = parent.score + StrictMath.log(prob);
        this.length = parent.length + 1;
      }

      String[] history(String[] names) {
        String[] out = new String[length];
        for (Hypothesis h = this; h.length > 0; h = h.parent) {
          out[h.length - 1] = names[h.outcome];
        }
        return out;
      }

      @Override
      public int compareTo(Hypothesis o) {
        return Double.compare(o.score, score);
      }
    }
  }
}
