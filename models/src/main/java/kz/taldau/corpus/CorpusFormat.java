package kz.taldau.corpus;

import java.util.Locale;
import java.util.Optional;
import kz.taldau.Language;

/** The corpus formats Taldau reads, each with its default reader and type mapping. */
public enum CorpusFormat {
  /** The project's annotated-article JSON / JSON Lines. */
  JSON,
  /** CoNLL token-per-line IOB2 (KazNERD). */
  CONLL,
  /** BRAT standoff (NEREL). */
  BRAT,
  /** factRuEval-2016. */
  FACTRUEVAL;

  /** The default type mapping: the project's types, KazNERD's, NEREL's or factRuEval's. */
  public TypeMapping defaultMapping() {
    switch (this) {
      case CONLL:
        return TypeMapping.kazNerd();
      case BRAT:
        return TypeMapping.nerel();
      case FACTRUEVAL:
        return TypeMapping.factRuEval();
      default:
        return TypeMapping.project();
    }
  }

  /** A strict reader for this format with {@code mapping}; {@code language} is recorded when the format has
  /** none. */
  public CorpusReader reader(TypeMapping mapping, Optional<Language> language) {
    switch (this) {
      case CONLL:
        return new ConllReader(mapping, TagScheme.IOB2, language);
      case BRAT:
        return new BratReader(mapping, language);
      case FACTRUEVAL:
        return new FactRuEvalReader(mapping);
      default:
        return new JsonArticleReader(mapping);
    }
  }

  /** Parses {@code json}, {@code conll}, {@code brat} or {@code factrueval} (any case). */
  public static CorpusFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + name + "': use json, conll, brat or factrueval",
          e);
    }
  }
}
