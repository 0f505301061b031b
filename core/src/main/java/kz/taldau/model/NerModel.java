package kz.taldau.model;

import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A loaded, checked named-entity model: its manifest and the OpenNLP name finder model. Immutable and
 * safe to share between threads (the mutable {@code NameFinderME} decoders are made from it per use).
 */
public record NerModel(ModelManifest manifest, TokenNameFinderModel model) {
  public NerModel {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(model, "model");
  }
}
