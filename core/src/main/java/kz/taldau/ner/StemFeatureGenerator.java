package kz.taldau.ner;

import java.util.List;
import kz.taldau.Language;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The stem of the token ({@code st=алматы}) from the language's {@link Stemmer}, so that the inflected
 * forms of one word share a feature. Not thread-safe (it owns a stemmer), like every OpenNLP generator
 * instance: each {@code NameFinderME} gets its own.
 */
public final class StemFeatureGenerator implements AdaptiveFeatureGenerator {
  private final Stemmer stemmer;

  StemFeatureGenerator(Language language) {
    this.stemmer = new Stemmer(language);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String t = tokens[index];
    if (t.length() > 1 && Character.isLetter(t.charAt(0))) {
      features.add("st=" + stemmer.stem(t));
    }
  }

  /** {@code <generator class="kz.taldau.ner.StemFeatureGenerator$Factory"><str name="language">kk</str>}. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new StemFeatureGenerator(FeatureArgs.language(getStr("language")));
    }
  }
}
