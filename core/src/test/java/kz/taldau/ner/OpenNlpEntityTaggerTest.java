package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.ProcessingLimits;
import kz.taldau.TextSpan;
import kz.taldau.model.ModelId;
import kz.taldau.model.ModelManifest;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpEntityTaggerTest {
  private static NerModel model;

  @BeforeAll
  static void train() {
    TokenNameFinderModel m = TinyModels.train(Language.RUSSIAN);
    ModelManifest manifest = new ModelManifest(ModelId.parse("ru-ner-test@1"), "ru", "ner",
        "opennlp-namefinder",
        "0.1", "1.0", Models.sha256(new byte[0]), "test", "0".repeat(64), "-", Optional.empty(),
            "2025-01-01");
    model = new NerModel(manifest, m);
  }

  private static Pipeline pipeline(int maxSentenceTokens, boolean documentPass) {
    ProcessingLimits limits = ProcessingLimits.builder().maxSentenceTokens(maxSentenceTokens).build();
    return Pipeline.builder().language(Language.RUSSIAN).limits(limits)
        .entityTagger(Language.RUSSIAN, OpenNlpEntityTagger.create(model, Language.RUSSIAN, limits,
            documentPass))
        .build();
  }

  private static List<String> rows(Document d) {
    return d.entities().stream().map(e -> e.type() + " " + e.text()).toList();
  }

  @Test
  void tagsNamesWithDocumentOffsetsAndScores() {
    Document d = pipeline(256, false)
        .process("Иван Петров посетил Москве. Компания Альфа открыла офис в Астане.");
    assertTrue(rows(d).containsAll(List.of("PER Иван Петров", "LOC Москве", "LOC Астане")), rows(d)
        .toString());
    for (EntityMention m : d.entities()) {
      assertEquals(m.text(), m.span().of(d.text()));
      assertTrue(m.score() > 0 && m.score() <= 1, m.toString());
    }
  }

  @Test
  void longSentencesAreTaggedInWindowsWithDocumentOffsets() {
    // One sentence of 10 tokens: with windows of 5 tokens each half is tagged on its own.
    String half = "Иван Петров посетил Москве .";
    String text = half + " " + half;
    List<List<TextSpan>> sentence = List.of(tokenSpans(text));
    Pipeline windowed = pipeline(5, false);
    Document d = windowed.processSegmented(text, sentence, null);
    Document first = pipeline(256, false).process(half);
    List<String> expected = new ArrayList<>();
    for (EntityMention m : first.entities()) {
      expected.add(m.type() + " " + m.start() + " " + m.end());
    }
    for (EntityMention m : first.entities()) {
      expected.add(m.type() + " " + (m.start() + half.length() + 1) + " " + (m.end() + half.length() + 1));
    }
    List<String> actual = d.entities().stream().map(m -> m.type() + " " + m.start() + " " + m.end()).toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, actual);
  }

  private static List<TextSpan> tokenSpans(String text) {
    List<TextSpan> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || text.charAt(i) == ' ';
      if (space && start >= 0) {
        out.add(new TextSpan(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  @Test
  void isThreadSafe() throws Exception {
    Pipeline p = pipeline(256, true);
    List<String> texts = new ArrayList<>();
    String[] people = {"Иван Петров", "Анна Смирнова", "Пьер Кабарэ", "Ольга Ким"};
    String[] places = {"Москве", "Астане", "Франции", "Алматы"};
    for (int i = 0; i < 40; i++) {
      texts.add(people[i % 4] + " посетил " + places[(i / 4) % 4] + ". В " + places[i % 4]
          + " глава компания Альфа "
          + people[(i + 1) % 4] + " выступил.");
    }
    List<List<String>> sequential = texts.stream().map(t -> rows(p.process(t))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<List<String>>> futures = new ArrayList<>();
        for (String t : texts) {
          futures.add(pool.submit(() -> rows(p.process(t))));
        }
        for (int i = 0; i < texts.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get(), texts.get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyAndPunctuationOnlyInput() {
    Pipeline p = pipeline(256, true);
    assertEquals(List.of(), p.process("").entities());
    assertEquals(List.of(), p.process(" . , !").entities());
  }

  @Test
  void flattenKeepsTheFirstAndLongestOfOverlappingMentions() {
    Document d = Document.builder("Карагандинской области аким").build();
    List<EntityMention> in = List.of(
        OpenNlpEntityTagger.mention(d, new TextSpan(15, 22), EntityType.LOC, 0.9),
        OpenNlpEntityTagger.mention(d, new TextSpan(0, 14), EntityType.LOC, 0.9),
        OpenNlpEntityTagger.mention(d, new TextSpan(0, 22), EntityType.LOC, 0.8));
    List<EntityMention> out = OpenNlpEntityTagger.flatten(in);
    assertEquals(1, out.size());
    assertEquals("Карагандинской области", out.get(0).text());
  }
}
