package kz.taldau.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.taldau.Language;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Taldau's token features in one generator, computed once per sentence and then assembled per token
 * (OpenNLP's window generator would recompute each neighbour's features for every position): lower-cased
 * tokens ({@code w=}) and shapes ({@code sh=}) in a window, the token's script ({@code sc=}, {@code kz}),
 * prefixes and suffixes ({@code pf3=}, {@code sf2=}), stems ({@code st=}) and gazetteer labels
 * ({@code gz=}) in a window, and the organization-head lookahead ({@code gz>org_head+d}); opt in, the phrase,
 * cluster and Russian word-class features ({@code mc=}, {@code mk=}; {@link RussianWordClasses}). Neighbours'
 * features carry the offset as a prefix: {@code p1w=}, {@code n2sh=}. An instance remembers the last
 * sentence, so it must serve one thread, as every OpenNLP generator instance does.
 */
public final class TokenFeatureSet implements AdaptiveFeatureGenerator {
  /** The gazetteer features of a token that is a country, region or city by itself. */
  private static final Set<String> PLACES = Set.of("gz=" + Gazetteer.Kind.COUNTRY.unit,
      "gz=" + Gazetteer.Kind.REGION.unit, "gz=" + Gazetteer.Kind.CITY.unit);

  private final int tokenWindow;
  private final int shapeWindow;
  private final int stemWindow;
  private final int gazetteerWindow;
  private final AffixFeatureGenerator affixes;
  private final ShapeFeatureGenerator shapes = new ShapeFeatureGenerator();
  private final StemFeatureGenerator stems;
  private final GazetteerFeatureGenerator gazetteer;
  private final boolean quotes;
  private final boolean phraseWords;
  private final boolean capitalRuns;
  private final boolean namePairs;
  private final int lookbehind;
  private final WordClusters clusters;
  private final int clusterWindow;
  private final int[] clusterPrefixes;
  /** Word classes from the Russian dictionary, or null when the descriptor does not ask for them. */
  private final RussianWordClasses wordClasses;

  private String[] wordsOf;
  private Word[] words;
  /** The sentence whose context features {@link #context} holds, one list per token. */
  private String[] contextOf;
  private List<String>[] context;
  /** Gazetteer labels with their window prefixes, by label (see {@link #windowed}). */
  private final Map<String, String[]> windowed = new HashMap<>();

  TokenFeatureSet(Language language, int tokenWindow, int shapeWindow, int stemWindow, int gazetteerWindow,
      int prefixLength, int suffixLength, int lookahead) {
    this(language, tokenWindow, shapeWindow, stemWindow, gazetteerWindow, prefixLength, suffixLength,
        lookahead, false, false, false, 0, null, 0, new int[0], 0, true, false);
  }

  TokenFeatureSet(Language language, int tokenWindow, int shapeWindow, int stemWindow, int gazetteerWindow,
      int prefixLength, int suffixLength, int lookahead, boolean quotes, boolean capitalRuns,
      boolean namePairs, int lookbehind, WordClusters clusters, int clusterWindow, int[] clusterPrefixes,
      int gazetteerLevel, boolean phraseWords, boolean morphology) {
    this.tokenWindow = tokenWindow;
    this.shapeWindow = shapeWindow;
    this.stemWindow = stemWindow;
    this.gazetteerWindow = gazetteerWindow;
    this.affixes = new AffixFeatureGenerator(prefixLength, suffixLength);
    this.stems = new StemFeatureGenerator(language);
    this.gazetteer = new GazetteerFeatureGenerator(language, lookahead, gazetteerLevel);
    this.quotes = quotes;
    this.phraseWords = phraseWords;
    this.capitalRuns = capitalRuns;
    this.namePairs = namePairs;
    this.lookbehind = lookbehind;
    this.clusters = clusters;
    this.clusterWindow = clusterWindow;
    this.clusterPrefixes = clusterPrefixes.clone();
    if (morphology && language != Language.RUSSIAN) {
      throw new IllegalArgumentException("morphology features need a dictionary of the language; there is "
          + "one for Russian only, not for " + language.tag());
    }
    this.wordClasses = morphology ? new RussianWordClasses() : null;
  }

  /**
   * The features of one token that depend on the token alone: the lower-cased form (for {@code w=}), the
   * shape feature ({@code sh=...}), the token's own features (script and affixes; offset 0 only) and the
   * stem feature ({@code st=...}, or null).
   */
  record Word(String lower, String shape, List<String> own, String stem) {}

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != wordsOf) {
      words = new Word[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        words[i] = word(tokens[i]);
      }
      wordsOf = tokens;
    }
    int n = tokens.length;
    for (int d = -tokenWindow; d <= tokenWindow; d++) {
      int j = index + d;
      if (j >= 0 && j < n) {
        features.add(prefix(d) + "w=" + words[j].lower());
      }
    }
    for (int d = -shapeWindow; d <= shapeWindow; d++) {
      int j = index + d;
      if (j >= 0 && j < n) {
        features.add(prefix(d) + words[j].shape());
      }
    }
    features.addAll(words[index].own());
    for (int d = -stemWindow; d <= stemWindow; d++) {
      int j = index + d;
      if (j >= 0 && j < n && words[j].stem() != null) {
        features.add(prefix(d) + words[j].stem());
      }
    }
    contextFeatures(features, tokens, index);
  }

  /**
   * The features of {@code tokens[index]} that depend on its neighbours, not only on the words in the
   * window: gazetteer labels in the window and the organization-head lookahead, then the opt-in phrase
   * ({@link PhraseFeatures}) and cluster features. They follow the word features in
   * {@link #createFeatures}. Every feature that is not one of {@link Word}'s belongs here: the fast
   * decoder computes the word features itself and asks this method for the rest.
   */
  void contextFeatures(List<String> features, String[] tokens, int index) {
    if (tokens != contextOf) {
      prepareContext(tokens);
    }
    features.addAll(context[index]);
  }

  /**
   * Makes the context features of every token of the sentence at once. Kept out of
   * {@link #contextFeatures}, which runs for every token, so that the per-token path stays small for the
   * JIT compiler.
   */
  @SuppressWarnings("unchecked")
  private void prepareContext(String[] tokens) {
    int n = tokens.length;
    List<List<String>> gaz = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> g = new ArrayList<>(2);
      gazetteer.createFeatures(g, tokens, i, null);
      gaz.add(g);
    }
    List<List<String>> phrase = null;
    String[] cluster = null;
    if (quotes || capitalRuns || namePairs || lookbehind > 0 || clusters != null) {
      String[] lower = new String[n];
      for (int i = 0; i < n; i++) {
        lower[i] = Stemmer.lower(tokens[i]);
      }
      if (quotes || capitalRuns || namePairs || lookbehind > 0) {
        phrase = PhraseFeatures.empty(n);
        if (namePairs) {
          PhraseFeatures.namePairs(tokens, lower, gaz, phrase);
        }
        if (lookbehind > 0) {
          PhraseFeatures.headBehind(tokens, gaz, lookbehind, phrase);
        }
        if (quotes) {
          PhraseFeatures.quotes(tokens, lower, phraseWords, phrase);
        }
        if (capitalRuns) {
          PhraseFeatures.capitalRuns(tokens, lower, phraseWords, phrase);
        }
      }
      if (clusters != null) {
        cluster = new String[n];
        for (int i = 0; i < n; i++) {
          cluster[i] = clusters.path(lower[i]);
        }
      }
    }
    String[][][] classes = null;
    if (wordClasses != null) {
      classes = new String[n][][];
      for (int i = 0; i < n; i++) {
        classes[i] = wordClasses.features(tokens[i], isPlace(gaz.get(i)));
      }
    }
    List<String>[] out = new List[n];
    for (int index = 0; index < n; index++) {
      List<String> features = new ArrayList<>();
      for (int d = -gazetteerWindow; d <= gazetteerWindow; d++) {
        int j = index + d;
        if (j >= 0 && j < n) {
          for (String g : gaz.get(j)) {
            if (d == 0) {
              features.add(g);
            } else if (!g.startsWith("gz>")) {
              features.add(windowed(g, d));
            }
          }
        }
      }
      if (phrase != null) {
        features.addAll(phrase.get(index));
      }
      if (cluster != null) {
        for (int d = -clusterWindow; d <= clusterWindow; d++) {
          int j = index + d;
          if (j >= 0 && j < n && cluster[j] != null) {
            String p = cluster[j];
            String pre = prefix(d) + "bc";
            for (int len : clusterPrefixes) {
              if (len < p.length()) {
                features.add(pre + len + "=" + p.substring(0, len));
              }
            }
            features.add(pre + "=" + p);
          }
        }
      }
      if (classes != null) {
        for (int d = -1; d <= 1; d++) {
          int j = index + d;
          if (j >= 0 && j < n && classes[j] != null) {
            Collections.addAll(features, classes[j][d + 1]);
          }
        }
      }
      out[index] = features;
    }
    context = out;
    contextOf = tokens;
  }

  /** Whether a token's gazetteer features say it is a country, region or city by itself. */
  private static boolean isPlace(List<String> gazetteerFeatures) {
    for (String g : gazetteerFeatures) {
      if (PLACES.contains(g)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code prefix(d) + label}, one instance per gazetteer label and offset (the labels are a small, fixed
   * set): no new string per token, and the model's lookups find the hash code cached.
   */
  private String windowed(String label, int d) {
    String[] byOffset = windowed.computeIfAbsent(label, k -> new String[2 * gazetteerWindow + 1]);
    String w = byOffset[d + gazetteerWindow];
    if (w == null) {
      w = prefix(d) + label;
      byOffset[d + gazetteerWindow] = w;
    }
    return w;
  }

  /** The word features of {@code token} (see {@link Word}). */
  Word word(String token) {
    String[] tokens = {token};
    int i = 0;
    List<String> f = new ArrayList<>(4);
    shapes.createFeatures(f, tokens, i, null);
    String shape = f.get(0);
    List<String> own = new ArrayList<>(f.subList(1, f.size()));
    affixes.createFeatures(own, tokens, i, null);
    f.clear();
    stems.createFeatures(f, tokens, i, null);
    return new Word(Stemmer.lower(token), shape, List.copyOf(own), f.isEmpty() ? null : f.get(0));
  }

  int tokenWindow() {
    return tokenWindow;
  }

  int shapeWindow() {
    return shapeWindow;
  }

  int stemWindow() {
    return stemWindow;
  }

  /** The prefix of a neighbour's feature at offset {@code d}: {@code p2}, {@code p1}, none, {@code n1}... */
  static String prefix(int d) {
    return d == 0 ? "" : d < 0 ? "p" + -d : "n" + d;
  }

  /**
   * {@code <generator class="kz.taldau.ner.TokenFeatureSet$Factory">} with {@code <str name="language">},
   * and optionally the ints {@code tokenWindow} (2), {@code shapeWindow} (2), {@code stemWindow} (1),
   * {@code gazetteerWindow} (1), {@code prefixLength} (5), {@code suffixLength} (5), {@code lookahead} (4).
   * Opt-in, off unless given (so descriptors written before them keep their meaning): the bools
   * {@code quotes}, {@code capitalRuns} and {@code namePairs}, the int {@code lookbehind} (0)
   * ({@link PhraseFeatures}), and {@code <str name="clusters">}
   * naming bundled {@link WordClusters}, with {@code clusterWindow} (1) and {@code clusterPrefixes}
   * (comma-separated path prefix lengths, "4,6,10"): {@code bc4=0110}, {@code p1bc=0110101101}; the bool
   * {@code extendedGazetteer} adds the extension lists of level 1, the int {@code gazetteerLevel} those of
   * that level ({@link Gazetteer#forLanguage(Language, int)}; the higher of the two counts); {@code phraseWords}
   * (true) false leaves out the word features {@code qw=} and {@code crw=} of the quote and capital-run
   * features; the bool {@code morphology} (Russian only) adds the word classes and cases of the token and its
   * neighbours from the Russian dictionary ({@link RussianWordClasses}).
   */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String clusterName = getStr("clusters", "");
      WordClusters clusters = clusterName.isEmpty() ? null : WordClusters.bundled(clusterName);
      try {
        return new TokenFeatureSet(FeatureArgs.language(getStr("language")), getInt("tokenWindow", 2),
            getInt("shapeWindow", 2), getInt("stemWindow", 1), getInt("gazetteerWindow", 1),
            getInt("prefixLength", 5), getInt("suffixLength", 5), getInt("lookahead", 4),
            getBool("quotes", false), getBool("capitalRuns", false), getBool("namePairs", false),
            getInt("lookbehind", 0), clusters, getInt("clusterWindow", 1),
            prefixes(getStr("clusterPrefixes", "4,6,10")), gazetteerLevel(), getBool("phraseWords", true),
            getBool("morphology", false));
      } catch (IllegalArgumentException e) {
        throw new InvalidFormatException(e.getMessage());
      }
    }

    private int gazetteerLevel() throws InvalidFormatException {
      int level = Math.max(getInt("gazetteerLevel", 0), getBool("extendedGazetteer", false) ? 1 : 0);
      try {
        return Gazetteer.checkLevel(level);
      } catch (IllegalArgumentException e) {
        throw new InvalidFormatException(e.getMessage());
      }
    }

    private static int[] prefixes(String list) throws InvalidFormatException {
      try {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(x -> !x.isEmpty())
            .mapToInt(Integer::parseInt).toArray();
      } catch (NumberFormatException e) {
        throw new InvalidFormatException("clusterPrefixes must be comma-separated integers: '" + list + "'");
      }
    }
  }
}
