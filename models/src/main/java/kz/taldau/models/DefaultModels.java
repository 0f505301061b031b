package kz.taldau.models;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.ProcessingLimits;
import kz.taldau.model.ModelId;
import kz.taldau.model.ModelLoadException;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import kz.taldau.ner.OpenNlpEntityTagger;

/**
 * The named-entity models shipped in this jar, {@code kk-ner-news@1} and {@code ru-ner-news@2}, and a
 * {@link Pipeline.Builder} that uses them (the language of each sentence picks the model). The models are
 * read and checked once per JVM, on first use; a broken or missing model is a {@link ModelLoadException}
 * from {@link #pipelineBuilder()}, before any text is processed.
 */
public final class DefaultModels {
  /** The shipped Kazakh model. */
  public static final ModelId KAZAKH = ModelId.parse("kk-ner-news@1");
  /** The shipped Russian model. */
  public static final ModelId RUSSIAN = ModelId.parse("ru-ner-news@2");

  private DefaultModels() {}

  /** Checked models, loaded on first use; a failed load is not cached, so every call reports it. */
  private static final Map<Language, NerModel> LOADED = new ConcurrentHashMap<>();

  /** A pipeline builder with both shipped taggers and default limits. */
  public static Pipeline.Builder pipelineBuilder() {
    return pipelineBuilder(ProcessingLimits.defaults());
  }

  /**
   * A pipeline builder with {@code limits} and both shipped taggers, whose long-sentence windows follow
   * {@link ProcessingLimits#maxSentenceTokens()}.
   *
   * @throws ModelLoadException if a shipped model is missing or fails its checks
   */
  public static Pipeline.Builder pipelineBuilder(ProcessingLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return Pipeline.builder().limits(limits)
        .entityTagger(Language.KAZAKH, tagger(Language.KAZAKH, limits))
        .entityTagger(Language.RUSSIAN, tagger(Language.RUSSIAN, limits));
  }

  /**
   * The shipped tagger for Kazakh or Russian.
   *
   * @throws ModelLoadException if the model is missing or fails its checks
   * @throws IllegalArgumentException for {@link Language#OTHER}
   */
  public static OpenNlpEntityTagger tagger(Language language, ProcessingLimits limits) {
    ModelId id = switch (language) {
      case KAZAKH -> KAZAKH;
      case RUSSIAN -> RUSSIAN;
      default -> throw new IllegalArgumentException("no shipped model for language " + language.tag());
    };
    NerModel model = LOADED.computeIfAbsent(language, l -> Models.loadNameFinder(id, l));
    return OpenNlpEntityTagger.create(model, language, limits, true);
  }
}
