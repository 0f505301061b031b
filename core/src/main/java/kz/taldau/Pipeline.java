package kz.taldau;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import kz.taldau.fact.Fact;
import kz.taldau.fact.FactExtractor;
import kz.taldau.lang.LanguageGuess;
import kz.taldau.lang.LanguageIdentifier;
import kz.taldau.lang.ScriptLanguageIdentifier;
import kz.taldau.ner.EntityNormalizer;
import kz.taldau.ner.EntityTagger;
import kz.taldau.norm.RuleEntityNormalizer;
import kz.taldau.segment.IcuSentenceSplitter;
import kz.taldau.segment.IcuTokenizer;
import kz.taldau.segment.SentenceSplitter;
import kz.taldau.segment.Tokenizer;
import kz.taldau.text.NormalizedText;
import kz.taldau.text.TextNormalizer;

/**
 * Text to {@link Document}: normalization, tokenization, sentences, language identification, named
 * entities and their base forms, facts. Build once with {@link #builder()} and share: a pipeline is
 * immutable and thread-safe, and every stage it holds is too.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().build();
 * Document doc = pipeline.process(text, LocalDate.of(2025, 9, 25));
 * }</pre>
 */
public final class Pipeline {
  /** Sentences with fewer letters than this take the document's language instead of their own guess. */
  private static final int MIN_SENTENCE_LETTERS = 8;
  /**
   * A sentence whose own guess is less sure than this takes a confident document language instead
   * (short code-switched lines such as "Фураны жалдаймыз." in a Kazakh article).
   */
  private static final double MIN_SENTENCE_CONFIDENCE = 0.7;

  private final ProcessingLimits limits;
  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final LanguageIdentifier identifier;
  private final Optional<Language> forcedLanguage;
  private final Map<Language, EntityTagger> taggers;
  private final Optional<EntityNormalizer> entityNormalizer;
  private final List<FactExtractor> factExtractors;

  private Pipeline(Builder b) {
    this.limits = b.limits;
    this.tokenizer = b.tokenizer != null ? b.tokenizer : new IcuTokenizer(b.limits.maxTokenChars());
    this.splitter = b.splitter != null ? b.splitter : new IcuSentenceSplitter();
    this.identifier = b.identifier != null ? b.identifier : ScriptLanguageIdentifier.getInstance();
    this.forcedLanguage = b.forcedLanguage;
    this.taggers = Map.copyOf(b.taggers);
    this.entityNormalizer = Optional.ofNullable(b.entityNormalizer);
    this.factExtractors = List.copyOf(b.factExtractors);
  }

  public static Builder builder() {
    return new Builder();
  }

  public ProcessingLimits limits() {
    return limits;
  }

  /** The languages that have a named-entity tagger. */
  public Set<Language> entityLanguages() {
    return taggers.keySet();
  }

  /** The tagger for {@code language}'s sentences, if the pipeline has one. */
  public Optional<EntityTagger> entityTagger(Language language) {
    return Optional.ofNullable(taggers.get(language));
  }

  public Optional<EntityNormalizer> entityNormalizer() {
    return entityNormalizer;
  }

  public List<FactExtractor> factExtractors() {
    return factExtractors;
  }

  public Tokenizer tokenizer() {
    return tokenizer;
  }

  public SentenceSplitter sentenceSplitter() {
    return splitter;
  }

  public LanguageIdentifier languageIdentifier() {
    return identifier;
  }

  /**
   * Processes one text without a document date: relative dates stay relative.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws InputTooLargeException if the text is longer than {@link ProcessingLimits#maxChars()}
   */
  public Document process(String text) {
    return process(text, null);
  }

  /**
   * Processes one text; {@code documentDate} (nullable) resolves relative dates such as «в прошлом году».
   *
   * @throws NullPointerException if {@code text} is null
   * @throws InputTooLargeException if the text is longer than {@link ProcessingLimits#maxChars()}
   */
  public Document process(String text, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    limits.checkLength(text.length());
    NormalizedText nt = TextNormalizer.getInstance().normalize(text);
    List<Token> tokens = tokenizer.tokenize(nt);
    List<TextSpan> ranges = splitter.split(nt, tokens);
    return analyze(nt, tokens, ranges, documentDate);
  }

  /**
   * Processes many texts on a bounded pool of {@code threads} threads and returns the results in input
   * order. A text that fails (too large, null) gives a failed {@link BatchResult} with its id; the others
   * go on. The stream reads at most {@code 16 × threads} inputs ahead; close it (try-with-resources) to stop
   * early and release the pool.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public Stream<BatchResult> processAll(Stream<TextInput> inputs, int threads) {
    Objects.requireNonNull(inputs, "inputs");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    Function<TextInput, BatchResult> work = in -> {
      try {
        return BatchResult.success(in.id(), process(in.text(), in.documentDate().orElse(null)).toBuilder()
            .id(in.id()).build());
      } catch (RuntimeException e) {
        return BatchResult.failure(in.id(), e);
      }
    };
    if (threads == 1) {
      return inputs.map(work);
    }
    BatchIterator it = new BatchIterator(inputs.iterator(), threads, work);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(it::close)
        .onClose(inputs::close);
  }

  /** {@link #processAll(Stream, int)} over a list, collected. */
  public List<BatchResult> processAll(List<TextInput> inputs, int threads) {
    Objects.requireNonNull(inputs, "inputs");
    try (Stream<BatchResult> results = processAll(inputs.stream(), threads)) {
      return results.toList();
    }
  }

  /**
   * Processes a text that is already tokenized and split into sentences (a CoNLL corpus, say), so that
   * scores are comparable with published ones: {@code sentences} holds each sentence's token spans in
   * {@code text}, in order and without overlaps.
   */
  public Document processSegmented(String text, List<List<TextSpan>> sentences, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    limits.checkLength(text.length());
    NormalizedText nt = TextNormalizer.getInstance().normalize(text);
    List<Token> tokens = new ArrayList<>();
    List<TextSpan> ranges = new ArrayList<>();
    int previousEnd = 0;
    for (List<TextSpan> sentence : sentences) {
      int first = tokens.size();
      for (TextSpan span : sentence) {
        if (span.start() < previousEnd || span.end() > text.length()) {
          throw new IllegalArgumentException("token span " + span + " overlaps the previous token or lies "
              + "outside the text of length " + text.length());
        }
        previousEnd = span.end();
        String raw = span.of(text);
        String form = TextNormalizer.getInstance().normalize(raw).normalized();
        tokens.add(new Token(span, raw, form, IcuTokenizer.classify(form)));
      }
      if (tokens.size() > first) {
        ranges.add(new TextSpan(first, tokens.size()));
      }
    }
    return analyze(nt, tokens, ranges, documentDate);
  }

  private Document analyze(NormalizedText nt, List<Token> tokens, List<TextSpan> ranges, LocalDate date) {
    Document.Builder b = Document.builder(nt).documentDate(date);
    if (!hasLetterOrDigit(tokens)) {
      // Empty, whitespace-only and punctuation-only texts give an empty document (Lucene's testEmpty).
      return b.language(forcedLanguage.orElse(Language.OTHER), forcedLanguage.isPresent() ? 1 : 0).build();
    }
    b.tokens(tokens);
    List<Sentence> sentences = identifyLanguages(tokens, ranges, b);
    b.sentences(sentences);
    Document doc = b.build();
    if (!taggers.isEmpty()) {
      doc = doc.toBuilder().entities(tagEntities(doc)).build();
    }
    if (!factExtractors.isEmpty()) {
      List<Fact> facts = new ArrayList<>();
      for (FactExtractor fe : factExtractors) {
        facts.addAll(fe.extract(doc));
      }
      facts.sort(Comparator.comparing(Fact::span));
      doc = doc.toBuilder().facts(facts).build();
    }
    return doc;
  }

  private static boolean hasLetterOrDigit(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.SYMBOL && t.kind() != TokenKind.OTHER) {
        return true;
      }
    }
    return false;
  }

  private List<Sentence> identifyLanguages(List<Token> tokens, List<TextSpan> ranges, Document.Builder b) {
    List<Sentence> sentences = new ArrayList<>(ranges.size());
    if (forcedLanguage.isPresent()) {
      Language lang = forcedLanguage.get();
      for (TextSpan r : ranges) {
        sentences.add(sentence(tokens, r, lang, 1.0));
      }
      b.language(lang, 1.0);
      return sentences;
    }
    LanguageGuess[] guesses = new LanguageGuess[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      TextSpan r = ranges.get(i);
      guesses[i] = identifier.identify(tokens.subList(r.start(), r.end()));
    }
    LanguageGuess docGuess = documentLanguage(guesses);
    Language docLang = docGuess.language();
    b.language(docLang, docGuess.confidence());
    for (int i = 0; i < ranges.size(); i++) {
      LanguageGuess g = guesses[i];
      boolean weak = g.letters() < MIN_SENTENCE_LETTERS
          || (g.confidence() < MIN_SENTENCE_CONFIDENCE && docGuess.confidence() > g.confidence());
      Language lang = weak ? docLang : g.language();
      double conf = weak ? docGuess.confidence() : g.confidence();
      sentences.add(sentence(tokens, ranges.get(i), lang, conf));
    }
    return sentences;
  }

  /**
   * The document's language from its sentences' guesses, without a second pass over the tokens: the language
   * with the most confidence-weighted letters; its confidence is that weight over all letters.
   */
  private static LanguageGuess documentLanguage(LanguageGuess[] guesses) {
    Map<Language, Double> weight = new EnumMap<>(Language.class);
    int letters = 0;
    for (LanguageGuess g : guesses) {
      weight.merge(g.language(), g.letters() * g.confidence(), Double::sum);
      letters += g.letters();
    }
    if (letters == 0) {
      return new LanguageGuess(Language.OTHER, 0, 0);
    }
    Language best = Language.OTHER;
    double bestWeight = -1;
    for (Map.Entry<Language, Double> e : weight.entrySet()) {
      if (e.getValue() > bestWeight) {
        best = e.getKey();
        bestWeight = e.getValue();
      }
    }
    return new LanguageGuess(best, Math.min(1, bestWeight / letters), letters);
  }

  private static Sentence sentence(List<Token> tokens, TextSpan range, Language lang, double conf) {
    TextSpan span = new TextSpan(tokens.get(range.start()).start(), tokens.get(range.end() - 1).end());
    return new Sentence(span, range.start(), range.end(), lang, conf);
  }

  private List<EntityMention> tagEntities(Document doc) {
    Map<Language, List<Sentence>> byLanguage = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      if (taggers.containsKey(s.language())) {
        byLanguage.computeIfAbsent(s.language(), k -> new ArrayList<>()).add(s);
      }
    }
    List<EntityMention> all = new ArrayList<>();
    for (Map.Entry<Language, List<Sentence>> e : byLanguage.entrySet()) {
      List<EntityMention> found = taggers.get(e.getKey()).tag(doc, e.getValue());
      if (entityNormalizer.isPresent()) {
        EntityNormalizer n = entityNormalizer.get();
        for (EntityMention m : found) {
          all.add(m.withNorm(n.normalize(m, e.getKey())));
        }
      } else {
        all.addAll(found);
      }
    }
    all.sort(Comparator.comparing(EntityMention::span));
    return all;
  }

  /** Builder for {@link Pipeline}. Not thread-safe; the built pipeline is. */
  public static final class Builder {
    private ProcessingLimits limits = ProcessingLimits.defaults();
    private Tokenizer tokenizer;
    private SentenceSplitter splitter;
    private LanguageIdentifier identifier;
    private Optional<Language> forcedLanguage = Optional.empty();
    private final Map<Language, EntityTagger> taggers = new EnumMap<>(Language.class);
    private EntityNormalizer entityNormalizer = RuleEntityNormalizer.getInstance();
    private List<FactExtractor> factExtractors = List.of(new kz.taldau.fact.RuleBasedFactExtractor());

    private Builder() {}

    public Builder limits(ProcessingLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    public Builder tokenizer(Tokenizer value) {
      this.tokenizer = Objects.requireNonNull(value, "tokenizer");
      return this;
    }

    public Builder sentenceSplitter(SentenceSplitter value) {
      this.splitter = Objects.requireNonNull(value, "sentenceSplitter");
      return this;
    }

    public Builder languageIdentifier(LanguageIdentifier value) {
      this.identifier = Objects.requireNonNull(value, "languageIdentifier");
      return this;
    }

    /** Skips language identification: every sentence is {@code language} ({@code --lang kk}). */
    public Builder language(Language value) {
      this.forcedLanguage = Optional.of(Objects.requireNonNull(value, "language"));
      return this;
    }

    /** Uses {@code tagger} for the sentences identified as {@code language}. */
    public Builder entityTagger(Language language, EntityTagger tagger) {
      taggers.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(tagger, "tagger"));
      return this;
    }

    /** Replaces the default {@link RuleEntityNormalizer}. */
    public Builder entityNormalizer(EntityNormalizer value) {
      this.entityNormalizer = Objects.requireNonNull(value, "entityNormalizer");
      return this;
    }

    /** Replaces the fact extractors. */
    public Builder factExtractors(List<FactExtractor> value) {
      this.factExtractors = List.copyOf(Objects.requireNonNull(value, "factExtractors"));
      return this;
    }

    public Pipeline build() {
      return new Pipeline(this);
    }
  }
}
