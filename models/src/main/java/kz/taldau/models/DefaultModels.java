package kz.taldau.models;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.ProcessingLimits;
import kz.taldau.model.ModelId;
import kz.taldau.model.ModelLoadException;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import kz.taldau.ner.OpenNlpEntityTagger;

/**
 * The default named-entity models shipped in this jar, {@code kk-ner-news@3} and {@code ru-ner-news@5},
 * and a {@link Pipeline.Builder} that uses them (the language of each sentence picks the model). The
 * earlier Russian models stay loadable by their ids ({@link OpenNlpEntityTagger#load}). The models are
 * read and checked once per JVM, on first use; a broken or missing model is a {@link ModelLoadException}
 * from {@link #pipelineBuilder()}, before any text is processed.
 */
public final class DefaultModels {
  /** The shipped Kazakh model. */
  public static final ModelId KAZAKH = ModelId.parse("kk-ner-news@3");
  /** The shipped Russian model. */
  public static final ModelId RUSSIAN = ModelId.parse("ru-ner-news@5");

  private DefaultModels() {}

  /** Checked models, loaded once per JVM on first use; a failed load is not kept, so every call reports it. */
  private static final ModelCache<NerModel> LOADED = new ModelCache<>(DefaultModels::load);

  /** A pipeline builder with both shipped taggers and default limits. */
  public static Pipeline.Builder pipelineBuilder() {
    return pipelineBuilder(ProcessingLimits.defaults());
  }

  /**
   * A pipeline builder with {@code limits} and both shipped taggers, whose long-sentence windows follow
   * {@link ProcessingLimits#maxSentenceTokens()}.
   *
   * <p>On the first call in a JVM the Russian model (the larger one) is read, checked and given its
   * feature generators on a second thread while this thread does the same for the Kazakh model and makes
   * the rest of the pipeline builder: most of the load is parsing and building lexicons, which is CPU
   * work that splits well over two cores.
   *
   * @throws ModelLoadException if a shipped model is missing or fails its checks
   */
  public static Pipeline.Builder pipelineBuilder(ProcessingLimits limits) {
    Objects.requireNonNull(limits, "limits");
    CompletableFuture<OpenNlpEntityTagger> russian = null;
    if (!LOADED.isLoaded(Language.RUSSIAN)) {
      russian = new CompletableFuture<>();
      startLoader(russian, limits);
    }
    // If this throws, the Russian load still finishes on its own and keeps its model if that one is good.
    Pipeline.Builder b = Pipeline.builder().limits(limits);
    OpenNlpEntityTagger kazakh = tagger(Language.KAZAKH, limits);
    OpenNlpEntityTagger ru = russian != null ? join(russian) : tagger(Language.RUSSIAN, limits);
    return b.entityTagger(Language.KAZAKH, kazakh).entityTagger(Language.RUSSIAN, ru);
  }

  private static void startLoader(CompletableFuture<OpenNlpEntityTagger> result, ProcessingLimits limits) {
    Thread t = new Thread(() -> {
      try {
        result.complete(tagger(Language.RUSSIAN, limits));
      } catch (Throwable e) {
        result.completeExceptionally(e);
        return;
      }
      // Meanwhile the caller is still on the Kazakh model; prepare the break iterators its build() needs.
      warmUp("kz.taldau.segment.IcuTokenizer");
      warmUp("kz.taldau.segment.IcuSentenceSplitter");
    }, "taldau-model-load");
    t.setDaemon(true);
    t.start();
  }

  /** Initializes a class (its static data) now, on this thread; a failure shows again where it is used. */
  private static void warmUp(String className) {
    try {
      Class.forName(className, true, DefaultModels.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      // Not ours to report: the pipeline that uses the class reports it.
    }
  }

  /** The value of a future completed by {@link #startLoader}, with its failure rethrown as it was thrown. */
  private static OpenNlpEntityTagger join(CompletableFuture<OpenNlpEntityTagger> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * The shipped tagger for Kazakh or Russian.
   *
   * @throws ModelLoadException if the model is missing or fails its checks
   * @throws IllegalArgumentException for {@link Language#OTHER}
   */
  public static OpenNlpEntityTagger tagger(Language language, ProcessingLimits limits) {
    return OpenNlpEntityTagger.create(model(language), language, limits, true);
  }

  /** The checked model for Kazakh or Russian, loaded once per JVM. */
  static NerModel model(Language language) {
    return LOADED.get(language);
  }

  private static NerModel load(Language language) {
    ModelId id = switch (language) {
      case KAZAKH -> KAZAKH;
      case RUSSIAN -> RUSSIAN;
      default -> throw new IllegalArgumentException("no shipped model for language " + language.tag());
    };
    return Models.loadNameFinder(id, language);
  }
}
