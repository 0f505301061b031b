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

  private String[] wordsOf;
  private Word[] words;
  private String[] gazetteerOf;
  private List<List<String>> gaz;

  TokenFeatureSet(Language language, int tokenWindow, int shapeWindow, int stemWindow, int gazetteerWindow,
      int prefixLength, int suffixLength, int lookahead) {
    this.tokenWindow = tokenWindow;
    this.shapeWindow = shapeWindow;
    this.stemWindow = stemWindow;
    this.gazetteerWindow = gazetteerWindow;
    this.affixes = new AffixFeatureGenerator(prefixLength, suffixLength);
    this.stems = new StemFeatureGenerator(language);
    this.gazetteer = new GazetteerFeatureGenerator(language, lookahead);
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
   * window: gazetteer labels in the window and the organization-head lookahead. They follow the word
   * features in {@link #createFeatures}.
   */
  void contextFeatures(List<String> features, String[] tokens, int index) {
    if (tokens != gazetteerOf) {
      gaz = new ArrayList<>(tokens.length);
      for (int i = 0; i < tokens.length; i++) {
        List<String> g = new ArrayList<>(2);
        gazetteer.createFeatures(g, tokens, i, null);
        gaz.add(g);
      }
      gazetteerOf = tokens;
    }
    int n = tokens.length;
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
   */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new TokenFeatureSet(FeatureArgs.language(getStr("language")), getInt("tokenWindow", 2),
          getInt("shapeWindow", 2), getInt("stemWindow", 1), getInt("gazetteerWindow", 1),
          getInt("prefixLength", 5), getInt("suffixLength", 5), getInt("lookahead", 4));
    }
  }
}
