package kz.taldau.ner;

import java.util.ArrayList;
import java.util.List;
import kz.taldau.Language;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Taldau's token features in one generator, computed once per sentence and then assembled per token
 * (OpenNLP's window generator would recompute each neighbour's features for every position): lower-cased
 * tokens ({@code w=}) and shapes ({@code sh=}) in a window, the token's script ({@code sc=}, {@code kz}),
 * prefixes and suffixes ({@code pf3=}, {@code sf2=}), stems ({@code st=}) and gazetteer labels
 * ({@code gz=}) in a window, and the organization-head lookahead ({@code gz>org_head+d}). Neighbours'
 * features carry the offset as a prefix: {@code p1w=}, {@code n2sh=}. An instance remembers the last
 * sentence, so it must serve one thread, as every OpenNLP generator instance does.
 */
public final class TokenFeatureSet implements AdaptiveFeatureGenerator {
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

  private String[] lastTokens;
  private String[] lower;
  private String[] shape;
  private List<List<String>> own;
  private String[] stem;
  private List<List<String>> gaz;
  private List<List<String>> phrase;
  private String[] cluster;

  TokenFeatureSet(Language language, int tokenWindow, int shapeWindow, int stemWindow, int gazetteerWindow,
      int prefixLength, int suffixLength, int lookahead) {
    this(language, tokenWindow, shapeWindow, stemWindow, gazetteerWindow, prefixLength, suffixLength,
        lookahead, false, false, false, 0, null, 0, new int[0], false, true);
  }

  TokenFeatureSet(Language language, int tokenWindow, int shapeWindow, int stemWindow, int gazetteerWindow,
      int prefixLength, int suffixLength, int lookahead, boolean quotes, boolean capitalRuns,
      boolean namePairs, int lookbehind, WordClusters clusters, int clusterWindow, int[] clusterPrefixes,
      boolean extendedGazetteer, boolean phraseWords) {
    this.tokenWindow = tokenWindow;
    this.shapeWindow = shapeWindow;
    this.stemWindow = stemWindow;
    this.gazetteerWindow = gazetteerWindow;
    this.affixes = new AffixFeatureGenerator(prefixLength, suffixLength);
    this.stems = new StemFeatureGenerator(language);
    this.gazetteer = new GazetteerFeatureGenerator(language, lookahead, extendedGazetteer);
    this.quotes = quotes;
    this.phraseWords = phraseWords;
    this.capitalRuns = capitalRuns;
    this.namePairs = namePairs;
    this.lookbehind = lookbehind;
    this.clusters = clusters;
    this.clusterWindow = clusterWindow;
    this.clusterPrefixes = clusterPrefixes.clone();
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) {
      prepare(tokens);
    }
    int n = tokens.length;
    for (int d = -tokenWindow; d <= tokenWindow; d++) {
      int j = index + d;
      if (j >= 0 && j < n) {
        features.add(prefix(d) + "w=" + lower[j]);
      }
    }
    for (int d = -shapeWindow; d <= shapeWindow; d++) {
      int j = index + d;
      if (j >= 0 && j < n) {
        features.add(prefix(d) + shape[j]);
      }
    }
    features.addAll(own.get(index));
    for (int d = -stemWindow; d <= stemWindow; d++) {
      int j = index + d;
      if (j >= 0 && j < n && stem[j] != null) {
        features.add(prefix(d) + stem[j]);
      }
    }
    for (int d = -gazetteerWindow; d <= gazetteerWindow; d++) {
      int j = index + d;
      if (j >= 0 && j < n) {
        for (String g : gaz.get(j)) {
          if (d == 0 || !g.startsWith("gz>")) {
            features.add(d == 0 ? g : prefix(d) + g);
          }
        }
      }
    }
    if (phrase != null) {
      features.addAll(phrase.get(index));
    }
    if (clusters != null) {
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
  }

  private static String prefix(int d) {
    return d == 0 ? "" : d < 0 ? "p" + -d : "n" + d;
  }

  private void prepare(String[] tokens) {
    int n = tokens.length;
    lower = new String[n];
    shape = new String[n];
    stem = new String[n];
    own = new ArrayList<>(n);
    gaz = new ArrayList<>(n);
    List<String> f = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lower[i] = Stemmer.lower(tokens[i]);
      f.clear();
      shapes.createFeatures(f, tokens, i, null);
      shape[i] = f.get(0);
      List<String> mine = new ArrayList<>(f.subList(1, f.size()));
      affixes.createFeatures(mine, tokens, i, null);
      own.add(mine);
      f.clear();
      stems.createFeatures(f, tokens, i, null);
      stem[i] = f.isEmpty() ? null : f.get(0);
      List<String> g = new ArrayList<>(2);
      gazetteer.createFeatures(g, tokens, i, null);
      gaz.add(g);
    }
    phrase = null;
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
    lastTokens = tokens;
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
   * {@code extendedGazetteer} adds the extension lists ({@link Gazetteer#extended}); {@code phraseWords}
   * (true) false leaves out the word features {@code qw=} and {@code crw=} of the quote and capital-run
   * features.
   */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String clusterName = getStr("clusters", "");
      WordClusters clusters = clusterName.isEmpty() ? null : WordClusters.bundled(clusterName);
      return new TokenFeatureSet(FeatureArgs.language(getStr("language")), getInt("tokenWindow", 2),
          getInt("shapeWindow", 2), getInt("stemWindow", 1), getInt("gazetteerWindow", 1),
          getInt("prefixLength", 5), getInt("suffixLength", 5), getInt("lookahead", 4),
          getBool("quotes", false), getBool("capitalRuns", false), getBool("namePairs", false),
          getInt("lookbehind", 0), clusters, getInt("clusterWindow", 1),
          prefixes(getStr("clusterPrefixes", "4,6,10")), getBool("extendedGazetteer", false),
          getBool("phraseWords", true));
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
