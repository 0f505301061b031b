package kz.taldau.ner;

import kz.taldau.Language;
import opennlp.tools.util.InvalidFormatException;

/** Parses arguments of the feature generator XML stored in the models. */
final class FeatureArgs {
  private FeatureArgs() {}

  /** {@code kk} or {@code ru}; anything else is an {@link InvalidFormatException} naming the value. */
  static Language language(String tag) throws InvalidFormatException {
    return Language.fromTag(tag).filter(l -> l != Language.OTHER).orElseThrow(
        () -> new InvalidFormatException("feature generator language must be kk or ru: '" + tag + "'"));
  }
}
