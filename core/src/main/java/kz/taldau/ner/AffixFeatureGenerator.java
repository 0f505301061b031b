package kz.taldau.ner;

import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Prefixes and suffixes of the lower-cased token, 1 to {@code prefixLength} / {@code suffixLength}
 * characters and always shorter than the token ({@code pf3=қаз}, {@code sf2=да}): Kazakh and Russian
 * carry case in the ending, and name classes share endings (-ов, -ұлы, -стан). Stateless.
 */
public final class AffixFeatureGenerator implements AdaptiveFeatureGenerator {
  private final int prefixLength;
  private final int suffixLength;

  AffixFeatureGenerator(int prefixLength, int suffixLength) {
    this.prefixLength = prefixLength;
    this.suffixLength = suffixLength;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String t = Stemmer.lower(tokens[index]);
    int n = t.length();
    for (int i = 1; i <= prefixLength && i < n; i++) {
      features.add("pf" + i + "=" + t.substring(0, i));
    }
    for (int i = 1; i <= suffixLength && i < n; i++) {
      features.add("sf" + i + "=" + t.substring(n - i));
    }
  }

  /** {@code <generator class="kz.taldau.ner.AffixFeatureGenerator$Factory"><int name="prefixLength">..}. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new AffixFeatureGenerator(getInt("prefixLength", 5), getInt("suffixLength", 5));
    }
  }
}
