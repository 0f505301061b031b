package kz.taldau;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.taldau.fact.Fact;
import kz.taldau.text.NormalizedText;

/**
 * The result of processing one text: the original text, its language, tokens, sentences, entities and
 * facts. Immutable and thread-safe; all spans are UTF-16 offsets into {@link #text()}.
 */
public final class Document {
  private final Optional<String> id;
  private final NormalizedText normalized;
  private final Language language;
  private final double languageConfidence;
  private final Optional<LocalDate> documentDate;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<EntityMention> entities;
  private final List<Fact> facts;

  private Document(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.normalized = Objects.requireNonNull(b.normalized, "normalized");
    this.language = Objects.requireNonNull(b.language, "language");
    this.languageConfidence = b.languageConfidence;
    this.documentDate = Objects.requireNonNull(b.documentDate, "documentDate");
    this.tokens = List.copyOf(b.tokens);
    this.sentences = List.copyOf(b.sentences);
    this.entities = List.copyOf(b.entities);
    this.facts = List.copyOf(b.facts);
    int len = normalized.original().length();
    for (Sentence s : sentences) {
      if (s.endToken() > tokens.size() || s.span().end() > len) {
        throw new IllegalArgumentException("sentence " + s + " outside the document");
      }
    }
  }

  /** Starts a document over {@code text} (the text itself, without normalization). */
  public static Builder builder(String text) {
    return new Builder(NormalizedText.identity(Objects.requireNonNull(text, "text")));
  }

  /** Starts a document over a normalized text. */
  public static Builder builder(NormalizedText text) {
    return new Builder(Objects.requireNonNull(text, "text"));
  }

  public Builder toBuilder() {
    Builder b = new Builder(normalized);
    b.id = id;
    b.language = language;
    b.languageConfidence = languageConfidence;
    b.documentDate = documentDate;
    b.tokens = tokens;
    b.sentences = sentences;
    b.entities = entities;
    b.facts = facts;
    return b;
  }

  /** The caller's identifier (a file name, say), when one was given. */
  public Optional<String> id() {
    return id;
  }

  /** The original text, exactly as given. */
  public String text() {
    return normalized.original();
  }

  /** The normalized text with its offset map, for stages that read normalized characters. */
  public NormalizedText normalized() {
    return normalized;
  }

  /** The document's language: the language of most of its letters. */
  public Language language() {
    return language;
  }

  public double languageConfidence() {
    return languageConfidence;
  }

  /** The publication date used to resolve relative dates, when given. */
  public Optional<LocalDate> documentDate() {
    return documentDate;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** The tokens of {@code sentence}, a view of {@link #tokens()}. */
  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The tokens that lie inside {@code span}, a view of {@link #tokens()} (binary search, no copy). */
  public List<Token> tokensIn(TextSpan span) {
    int from = firstTokenAtOrAfter(span.start());
    int to = from;
    while (to < tokens.size() && tokens.get(to).end() <= span.end()) {
      to++;
    }
    return tokens.subList(from, to);
  }

  /** Index of the first token that starts at or after {@code offset}; {@code tokens().size()} if none. */
  public int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public List<EntityMention> entities() {
    return entities;
  }

  public List<Fact> facts() {
    return facts;
  }

  /** The facts of one record type, e.g. {@code facts(MoneyFact.class)}. */
  public <F extends Fact> List<F> facts(Class<F> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** True when the text had nothing to tokenize (empty, whitespace). */
  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  @Override
  public String toString() {
    return "Document[" + id.map(i -> "id=" + i + ", ").orElse("") + "lang=" + language.tag()
        + ", chars=" + text().length() + ", tokens=" + tokens.size() + ", sentences=" + sentences.size()
        + ", entities=" + entities.size() + ", facts=" + facts.size() + "]";
  }

  /** Builder for {@link Document}; used by the pipeline and by readers of saved output. */
  public static final class Builder {
    private final NormalizedText normalized;
    private Optional<String> id = Optional.empty();
    private Language language = Language.OTHER;
    private double languageConfidence = 0;
    private Optional<LocalDate> documentDate = Optional.empty();
    private List<Token> tokens = List.of();
    private List<Sentence> sentences = List.of();
    private List<EntityMention> entities = List.of();
    private List<Fact> facts = List.of();

    private Builder(NormalizedText normalized) {
      this.normalized = normalized;
    }

    public Builder id(String value) {
      this.id = Optional.ofNullable(value);
      return this;
    }

    public Builder language(Language value, double confidence) {
      this.language = Objects.requireNonNull(value, "language");
      this.languageConfidence = confidence;
      return this;
    }

    public Builder documentDate(LocalDate value) {
      this.documentDate = Optional.ofNullable(value);
      return this;
    }

    public Builder tokens(List<Token> value) {
      this.tokens = Objects.requireNonNull(value, "tokens");
      return this;
    }

    public Builder sentences(List<Sentence> value) {
      this.sentences = Objects.requireNonNull(value, "sentences");
      return this;
    }

    public Builder entities(List<EntityMention> value) {
      this.entities = Objects.requireNonNull(value, "entities");
      return this;
    }

    public Builder facts(List<Fact> value) {
      this.facts = Objects.requireNonNull(value, "facts");
      return this;
    }

    public Document build() {
      return new Document(this);
    }
  }
}
