package kz.taldau.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.taldau.BatchResult;
import kz.taldau.Pipeline;
import kz.taldau.TextInput;
import kz.taldau.json.DocumentJson;
import org.junit.jupiter.api.Test;

/**
 * The full default pipeline (both NER models, the document-level name pass, base forms, facts) shared by
 * 8 threads gives exactly the output of sequential processing, and so does {@code processAll}.
 */
class DefaultPipelineConcurrencyTest {
  private static final String[] SENTENCES = {
      "Алматы қаласының әкімі %s Франция елшісімен кездесті.",
      "Сауда көлемі өткен жылдың екінші тоқсанында %d%%-ға артты.",
      "%s Астанада Қазақстан Республикасы Сауда министрлігінің өкілдерімен кездесті.",
      "Облыста %d-тан астам кәсіпорын жұмыс істейді.",
      "Аким Карагандинской области %s обсудил с послом Франции вопросы сотрудничества.",
      "Товарооборот составил около %d млн долларов США.",
      "%s посетил Евразийский банк развития в Алматы.",
      "В Шымкенте %s встретился с представителями компании «Казмунайгаз»."};
  private static final String[] NAMES = {"Ержан Сапаров", "Пьер Кабаре", "Айгүл Нұрланқызы", "Женис Касымбек",
      "Мария Иванова", "Рашида Дати"};

  private static List<TextInput> documents(int count, long seed) {
    Random r = new Random(seed);
    List<TextInput> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(10);
      for (int k = 0; k < n; k++) {
        String t = SENTENCES[r.nextInt(SENTENCES.length)];
        sb.append(t.contains("%s") ? String.format(t, NAMES[r.nextInt(NAMES.length)])
            : String.format(t, 1 + r.nextInt(500))).append(r.nextInt(4) == 0 ? "\n\n" : " ");
      }
      out.add(TextInput.of("doc-" + i, sb.toString()));
    }
    return out;
  }

  @Test
  void eightThreadsGiveTheSequentialResults() throws Exception {
    Pipeline pipeline = DefaultModels.pipelineBuilder().build();
    List<TextInput> docs = documents(300, 11);
    List<String> expected = new ArrayList<>();
    for (TextInput in : docs) {
      expected.add(DocumentJson.write(pipeline.process(in.text()), false));
    }
    assertTrue(expected.stream().anyMatch(j -> j.contains("\"type\":\"PER\"")), "the models find names");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (TextInput in : docs) {
          futures.add(pool.submit(() -> DocumentJson.write(pipeline.process(in.text()), false)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % docs.size()), futures.get(i).get(), "document " + (i % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    List<BatchResult> batch = pipeline.processAll(docs, 8);
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(expected.get(i), DocumentJson.write(batch.get(i).document().orElseThrow().toBuilder()
          .id(null).build(), false));
    }
  }
}
