package kz.taldau.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.taldau.Language;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Dictionary features from the bundled {@link Gazetteer}: {@code gz=country:U}, {@code gz=org_head:L}
 * (nothing for tokens no list covers). With {@code lookahead} n > 0, a token also gets
 * {@code gz>org_head+d} when an organization head ends d ≤ n tokens later with no sentence punctuation in
 * between, which marks the start of long names such as «Қазақстан Республикасы Денсаулық сақтау
 * министрлігі». The labels of a sentence are computed once and kept for that token array, so an instance
 * must serve one thread, as every OpenNLP generator instance does.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
  private static final String HEAD_END = "org_head:";
  private final Gazetteer gazetteer;
  private final int lookahead;
  private String[] lastTokens;
  private List<List<String>> lastLabels;
  /**
   * The feature strings made so far, by label: a small, fixed set. One instance of each keeps the
   * model's lookups from hashing a new string for every token.
   */
  private final Map<String, String> made = new HashMap<>();
  /** The lookahead features by distance. */
  private final String[] ahead;

  GazetteerFeatureGenerator(Language language, int lookahead) {
    this(language, lookahead, 0);
  }

  /** With {@code level} > 0, the lists include {@link Gazetteer#forLanguage(Language, int) extension lists}. */
  GazetteerFeatureGenerator(Language language, int lookahead, int level) {
    this.gazetteer = Gazetteer.forLanguage(language, level);
    this.lookahead = lookahead;
    this.ahead = new String[Math.max(lookahead, 0) + 1];
    for (int d = 1; d <= lookahead; d++) {
      ahead[d] = "gz>org_head+" + d;
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) {
      lastLabels = labels(tokens);
      lastTokens = tokens;
    }
    features.addAll(lastLabels.get(index));
  }

  private List<List<String>> labels(String[] tokens) {
    List<List<String>> labels = gazetteer.label(tokens);
    List<List<String>> out = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      List<String> f = new ArrayList<>(labels.get(i).size() + 1);
      for (String l : labels.get(i)) {
        f.add(made.computeIfAbsent(l, k -> "gz=" + k));
      }
      for (int d = 1; d <= lookahead && i + d < tokens.length; d++) {
        if (breaksName(tokens[i + d])) {
          break;
        }
        if (endsHead(labels.get(i + d))) {
          f.add(ahead[d]);
          break;
        }
      }
      out.add(f);
    }
    return out;
  }

  private static boolean endsHead(List<String> labels) {
    for (String l : labels) {
      if (l.startsWith(HEAD_END) && (l.endsWith("U") || l.endsWith("L"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean breaksName(String token) {
    return token.length() == 1 && ".,;:!?()".indexOf(token.charAt(0)) >= 0;
  }

  /**
   * {@code <generator class="kz.taldau.ner.GazetteerFeatureGenerator$Factory">} with
   * {@code <str name="language">kk</str>} and optionally {@code <int name="lookahead">4</int>}.
   */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new GazetteerFeatureGenerator(FeatureArgs.language(getStr("language")), getInt("lookahead", 0));
    }
  }
}
