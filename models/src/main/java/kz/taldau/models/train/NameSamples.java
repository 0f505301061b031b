package kz.taldau.models.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.taldau.Document;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.Sentence;
import kz.taldau.Token;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.GoldEntity;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Turns annotated documents into OpenNLP name samples, one per sentence, tokenized exactly as the runtime
 * tagger sees text: the corpus's own tokens and sentences when it has them (CoNLL, factRuEval), else
 * Taldau's tokenizer and sentence splitter (BRAT, JSON). Tokens are the normalized forms. An entity that
 * cuts a token is widened to the whole tokens; one that crosses a sentence end is dropped. Counts of both
 * are kept in {@link Stats}.
 */
public final class NameSamples {
  private final Pipeline segmenter;

  /** Counts of what the conversion had to adjust. */
  public record Stats(int documents, int sentences, int tokens, int entities, int widened, int crossing) {}

  /** A converter for text in {@code language} (the segmenter skips language identification). */
  public NameSamples(Language language) {
    this.segmenter = Pipeline.builder().language(Objects.requireNonNull(language, "language")).build();
  }

  /** The segmented document: the corpus's sentences when given, else Taldau's segmentation. */
  public Document segment(AnnotatedDocument d) {
    return d.sentences().isPresent()
        ? segmenter.processSegmented(d.text(), d.sentences().get(), null)
        : segmenter.process(d.text());
  }

  /** Converts {@code docs}; {@code stats} (nullable array of one) receives the counts. */
  public List<NameSample> convert(List<AnnotatedDocument> docs, Stats[] stats) {
    List<NameSample> out = new ArrayList<>();
    int sentences = 0;
    int tokens = 0;
    int entities = 0;
    int widened = 0;
    int crossing = 0;
    for (AnnotatedDocument d : docs) {
      Document doc = segment(d);
      List<GoldEntity> gold = d.entities().orElse(List.of());
      boolean[] used = new boolean[gold.size()];
      for (Sentence s : doc.sentences()) {
        List<Token> ts = doc.tokens(s);
        String[] forms = ts.stream().map(Token::form).toArray(String[]::new);
        List<Span> names = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
          GoldEntity e = gold.get(g);
          if (used[g] || e.span().end() <= s.span().start() || e.span().start() >= s.span().end()) {
            continue;
          }
          used[g] = true;
          if (e.span().start() < s.span().start() || e.span().end() > s.span().end()) {
            crossing++;
            continue;
          }
          int first = -1;
          int last = -1;
          for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).span().overlaps(e.span())) {
              first = first < 0 ? i : first;
              last = i;
            }
          }
          if (first < 0) {
            crossing++;
            continue;
          }
          if (ts.get(first).start() != e.span().start() || ts.get(last).end() != e.span().end()) {
            widened++;
          }
          names.add(new Span(first, last + 1, e.type()));
          entities++;
        }
        out.add(new NameSample(forms, dropOverlaps(names), true));
        sentences++;
        tokens += forms.length;
      }
    }
    if (stats != null && stats.length > 0) {
      stats[0] = new Stats(docs.size(), sentences, tokens, entities, widened, crossing);
    }
    return out;
  }

  private static Span[] dropOverlaps(List<Span> names) {
    names.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
        : Integer.compare(b.getEnd(), a.getEnd()));
    List<Span> out = new ArrayList<>();
    int end = -1;
    for (Span s : names) {
      if (s.getStart() >= end) {
        out.add(s);
        end = s.getEnd();
      }
    }
    return out.toArray(new Span[0]);
  }
}
