package kz.taldau.cli;

import kz.taldau.Pipeline;

/** The pipeline the commands use: the default pipeline, with the language forced unless "auto". */
final class Pipelines {
  private Pipelines() {}

  static Pipeline build(String lang) {
    Pipeline.Builder b = Pipeline.builder();
    if (!"auto".equalsIgnoreCase(lang)) {
      b.language(ExtractCommand.parseLang(lang));
    }
    return b.build();
  }
}
