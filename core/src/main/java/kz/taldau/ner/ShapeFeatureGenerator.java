package kz.taldau.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Token shape and script features: {@code sh=Xx} (upper, lower, digit runs collapsed, other characters
 * kept), {@code sc=cyr|lat|mix} and {@code kz} when the token has a letter found only in Kazakh (ә ғ қ ң ө
 * ұ ү һ і), which tells Kazakh names from Russian ones. Stateless.
 */
public final class ShapeFeatureGenerator implements AdaptiveFeatureGenerator {
  private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String t = tokens[index];
    features.add("sh=" + shape(t));
    boolean cyr = false;
    boolean lat = false;
    boolean kz = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x400 && c <= 0x52F) {
        // The Cyrillic and Cyrillic Supplement blocks (range checks: UnicodeBlock.of is slow).
        if (Character.isLetter(c)) {
          cyr = true;
          kz |= KAZAKH_LETTERS.indexOf(c) >= 0;
        }
      } else if (c < 0x250 && Character.isLetter(c)) {
        lat = true;
      }
    }
    if (cyr || lat) {
      features.add(cyr && lat ? "sc=mix" : cyr ? "sc=cyr" : "sc=lat");
    }
    if (kz) {
      features.add("kz");
    }
  }

  /** The collapsed shape of {@code token}: Алматы → Xx, ҚР → X, 2016 → d, Е.А. → X.X., iPhone → xXx. */
  static String shape(String token) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < token.length() && sb.length() < 12; i++) {
      char c = token.charAt(i);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (s != last || !(s == 'X' || s == 'x' || s == 'd')) {
        sb.append(s);
      }
      last = s;
    }
    return sb.toString();
  }

  /** Makes the generator from {@code <generator class="kz.taldau.ner.ShapeFeatureGenerator$Factory"/>}. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new ShapeFeatureGenerator();
    }
  }
}
