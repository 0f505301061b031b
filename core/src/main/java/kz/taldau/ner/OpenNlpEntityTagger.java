package kz.taldau.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.ProcessingLimits;
import kz.taldau.Sentence;
import kz.taldau.TextSpan;
import kz.taldau.Token;
import kz.taldau.model.ModelId;
import kz.taldau.model.ModelLoadException;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import kz.taldau.text.Whitespace;
import opennlp.tools.util.Span;

/**
 * Tags PER, ORG and LOC with an OpenNLP name finder model, then runs the {@link DocumentNamePass}: names
 * found in one sentence label their other, possibly inflected, mentions in the same document. Sentences
 * longer than {@link ProcessingLimits#maxSentenceTokens()} are tagged in consecutive windows of that many
 * tokens; offsets stay document offsets. Mentions are flat, non-overlapping, sorted, with the model's
 * probability as score. Thread-safe; the model is checked when the tagger is made, never while tagging.
 */
public final class OpenNlpEntityTagger implements EntityTagger {
  private final NerModel model;
  private final Language language;
  private final int maxSentenceTokens;
  private final boolean documentPass;
  /*
   * A decoder (NameDecoder, like OpenNLP's NameFinderME) is not thread-safe: it holds the feature
   * generators' adaptive data and caches (our gazetteer and OpenNLP's CachedFeatureGenerator remember
   * the last sentence). Making one per call
   * would parse the feature XML and build every generator for each document (about a millisecond),
   * and a ThreadLocal would pin decoders to pooled threads of the caller's executor and leak them in
   * containers. So decoders are pooled: a call takes one (or makes one when all are busy), clears its
   * adaptive data after each sentence, and returns it; the pool never holds more decoders than the
   * highest number of concurrent calls seen.
   */
  private final ConcurrentLinkedDeque<NameDecoder> decoders = new ConcurrentLinkedDeque<>();
  /** Stemmers of the document pass, pooled like the decoders for their caches of stems. */
  private final ConcurrentLinkedDeque<Stemmer> stemmers = new ConcurrentLinkedDeque<>();
  private final Supplier<NameDecoder> decoderFactory;

  private OpenNlpEntityTagger(NerModel model, Language language, int maxSentenceTokens,
      boolean documentPass) {
    this.model = model;
    this.language = language;
    this.maxSentenceTokens = maxSentenceTokens;
    this.documentPass = documentPass;
    // Build one decoder now: a model whose feature generators cannot be made fails here, at build time.
    this.decoderFactory = built(() -> NameDecoder.factory(model.model()));
    decoders.add(newDecoder());
    if (language == Language.KAZAKH) {
      KazakhOrganizationHeads.prepare();
    }
  }

  /**
   * Loads the model {@code id} from the classpath and checks it (see {@link Models}), with default limits
   * and the document pass on.
   *
   * @throws ModelLoadException if the model is missing or fails a check
   */
  public static OpenNlpEntityTagger load(ModelId id, Language language) {
    return create(Models.loadNameFinder(id, language), language, ProcessingLimits.defaults(), true);
  }

  /**
   * Makes a tagger from a loaded model. {@code limits} gives the window size for long sentences;
   * {@code documentPass} turns the cross-sentence pass on or off.
   *
   * @throws ModelLoadException if the model is for another language or its features cannot be built
   */
  public static OpenNlpEntityTagger create(NerModel model, Language language, ProcessingLimits limits,
      boolean documentPass) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(limits, "limits");
    if (!language.tag().equals(model.manifest().language())) {
      throw new ModelLoadException("model " + model.manifest().id() + " is for language '"
          + model.manifest().language() + "', not '" + language.tag() + "'");
    }
    return new OpenNlpEntityTagger(model, language, limits.maxSentenceTokens(), documentPass);
  }

  /** The manifest of the model this tagger uses. */
  public NerModel model() {
    return model;
  }

  private NameDecoder newDecoder() {
    return built(decoderFactory);
  }

  private <T> T built(Supplier<T> generators) {
    NerFeatures.register();
    try {
      return generators.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // OpenNLP wraps feature generator construction failures in unchecked exceptions.
      throw new ModelLoadException("model " + model.manifest().id()
          + ": cannot build its feature generators: "
          + e.getMessage(), e);
    }
  }

  @Override
  public List<EntityMention> tag(Document document, List<Sentence> sentences) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sentences, "sentences");
    List<EntityMention> found = new ArrayList<>();
    NameDecoder decoder = Optional.ofNullable(decoders.poll()).orElseGet(this::newDecoder);
    try {
      List<Token> tokens = document.tokens();
      for (Sentence s : sentences) {
        for (int from = s.firstToken(); from < s.endToken(); from += maxSentenceTokens) {
          int to = Math.min(s.endToken(), from + maxSentenceTokens);
          tagWindow(decoder, document, tokens, from, to, found);
        }
      }
    } finally {
      decoders.push(decoder);
    }
    if (language == Language.KAZAKH) {
      found = KazakhOrganizationHeads.apply(document, sentences, found);
    }
    List<EntityMention> all = found;
    if (documentPass) {
      Stemmer stemmer = Optional.ofNullable(stemmers.poll()).orElseGet(() -> new Stemmer(language));
      try {
        all = DocumentNamePass.apply(document, sentences, found, stemmer);
      } finally {
        stemmers.push(stemmer);
      }
    }
    return flatten(all);
  }

  private static void tagWindow(NameDecoder decoder, Document doc, List<Token> tokens, int from, int to,
      List<EntityMention> out) {
    String[] forms = new String[to - from];
    for (int i = from; i < to; i++) {
      forms[i - from] = tokens.get(i).form();
    }
    Span[] spans = decoder.find(forms);
    decoder.clearAdaptiveData();
    for (int k = 0; k < spans.length; k++) {
      Span sp = spans[k];
      Optional<EntityType> type = EntityType.parse(sp.getType());
      if (type.isEmpty()) {
        continue;
      }
      TextSpan span = new TextSpan(tokens.get(from + sp.getStart()).start(), tokens.get(from
          + sp.getEnd() - 1).end());
      out.add(mention(doc, span, type.get(), sp.getProb()));
    }
  }

  static EntityMention mention(Document doc, TextSpan span, EntityType type, double score) {
    String text = span.of(doc.text());
    return new EntityMention(span, text, type, Whitespace.collapse(text), score);
  }

  /** Sorts by start and drops mentions that overlap an earlier (or, at the same start, longer) one. */
  static List<EntityMention> flatten(List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(EntityMention::start).thenComparing(m -> -m.end()));
    List<EntityMention> out = new ArrayList<>(sorted.size());
    int end = -1;
    for (EntityMention m : sorted) {
      if (m.start() >= end) {
        out.add(m);
        end = m.end();
      }
    }
    return out;
  }
}
