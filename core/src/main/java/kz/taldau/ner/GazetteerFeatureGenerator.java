package kz.taldau.ner;

import java.util.List;
import kz.taldau.Language;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Dictionary features from the bundled {@link Gazetteer}: {@code gz=country:U}, {@code gz=org_head:L}
 * (nothing for tokens
 * no list covers). The labels of a sentence are computed once and kept for that
 * token array, so an instance must serve one thread, as every OpenNLP generator instance does.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
  private final Gazetteer gazetteer;
  private String[] lastTokens;
  private List<List<String>> lastLabels;

  GazetteerFeatureGenerator(Language language) {
    this.gazetteer = Gazetteer.forLanguage(language);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) {
      lastLabels = gazetteer.label(tokens);
      lastTokens = tokens;
    }
    List<String> labels = lastLabels.get(index);
    for (String l : labels) {
      features.add("gz=" + l);
    }
  }

  /** {@code <generator class="kz.taldau.ner.GazetteerFeatureGenerator$Factory"><str
   * name="language">kk</str>}. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new GazetteerFeatureGenerator(FeatureArgs.language(getStr("language")));
    }
  }
}
