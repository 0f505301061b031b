package kz.taldau.cli;

import kz.taldau.Pipeline;
import kz.taldau.models.DefaultModels;

/**
 * The pipeline the commands use: the default pipeline with both shipped NER models (the models are checked
 * here, when the pipeline is built), with the language forced unless "auto".
 */
final class Pipelines {
  private Pipelines() {}

  static Pipeline build(String lang) {
    Pipeline.Builder b = DefaultModels.pipelineBuilder();
    if (!"auto".equalsIgnoreCase(lang)) {
      b.language(ExtractCommand.parseLang(lang));
    }
    return b.build();
  }
}
