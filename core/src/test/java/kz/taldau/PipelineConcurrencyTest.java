package kz.taldau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.taldau.json.DocumentJson;
import org.junit.jupiter.api.Test;

/** One pipeline shared by many threads gives exactly the results of sequential processing. */
class PipelineConcurrencyTest {
  private static final String[] KK = {
      "Алматы қаласының әкімі %s Франция елшісімен кездесті.",
      "Сауда көлемі өткен жылдың екінші тоқсанында %d%%-ға артты.",
      "Облыста %d-тан астам кәсіпорын жұмыс істейді және %d тонна өнім шығарды.",
      "%d жылы Астанада %d млн теңгеге жаңа мектеп салынды."};
  private static final String[] RU = {
      "Аким Карагандинской области %s обсудил с послом вопросы сотрудничества.",
      "Товарооборот составил около %d млн долларов США, что на %d%% больше.",
      "За полгода прошлого года импорт вырос в %d раза.",
      "Гимназия № %d получила грант в %d тыс. тенге %d сентября."};
  private static final String[] NAMES = {"Ержан Сапаров", "Пьер Кабаре", "Айгүл Нұрланқызы", "Женис Касымбек"};

  static List<TextInput> documents(int count, long seed) {
    Random r = new Random(seed);
    List<TextInput> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      String[] templates = r.nextBoolean() ? KK : RU;
      int sentences = 1 + r.nextInt(12);
      for (int k = 0; k < sentences; k++) {
        String t = templates[r.nextInt(templates.length)];
        Object[] args = t.contains("%s") ? new Object[] {NAMES[r.nextInt(NAMES.length)]}
            : new Object[] {1 + r.nextInt(2000), 1 + r.nextInt(99), 1 + r.nextInt(28)};
        sb.append(String.format(t, args)).append(r.nextInt(5) == 0 ? "\n\n" : " ");
      }
      out.add(TextInput.of("doc-" + i, sb.toString(), r.nextBoolean() ? LocalDate.of(2025, 9, 25) : null));
    }
    return out;
  }

  @Test
  void sharedPipelineMatchesSequentialResults() throws Exception {
    Pipeline pipeline = Pipeline.builder().build();
    List<TextInput> docs = documents(400, 42);
    List<String> expected = new ArrayList<>();
    for (TextInput in : docs) {
      expected.add(DocumentJson.write(pipeline.process(in.text(), in.documentDate().orElse(null)), false));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (TextInput in : docs) {
          Callable<String> c = () -> DocumentJson.write(pipeline.process(in.text(), in.documentDate().orElse(null)),
              false);
          futures.add(pool.submit(c));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % docs.size()), futures.get(i).get(), "document " + (i % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void processAllKeepsInputOrderAndReportsFailuresById() {
    Pipeline pipeline = Pipeline.builder().limits(ProcessingLimits.builder().maxChars(2000).build()).build();
    List<TextInput> docs = new ArrayList<>(documents(300, 7));
    docs.add(150, TextInput.of("too-big", "а".repeat(2001)));
    List<String> expected = docs.stream().map(in -> in.text().length() > 2000 ? "error"
        : DocumentJson.write(pipeline.process(in.text(), in.documentDate().orElse(null)).toBuilder().id(in.id())
            .build(), false)).toList();
    for (int threads : new int[] {1, 2, 8}) {
      List<BatchResult> results = pipeline.processAll(docs, threads);
      assertEquals(docs.size(), results.size());
      for (int i = 0; i < docs.size(); i++) {
        BatchResult r = results.get(i);
        assertEquals(docs.get(i).id(), r.id());
        if (expected.get(i).equals("error")) {
          assertFalse(r.isSuccess());
          assertTrue(r.error().get() instanceof InputTooLargeException);
        } else {
          assertEquals(expected.get(i), DocumentJson.write(r.document().get(), false));
        }
      }
    }
  }

  @Test
  void processAllStreamsLazilyAndCanStopEarly() {
    Pipeline pipeline = Pipeline.builder().build();
    Stream<TextInput> endless = IntStream.iterate(0, i -> i + 1).mapToObj(i -> TextInput.of("d" + i,
        "Алматыда " + i + " кәсіпорын бар."));
    try (Stream<BatchResult> results = pipeline.processAll(endless, 4)) {
      List<String> ids = results.limit(50).map(BatchResult::id).toList();
      assertEquals(50, ids.size());
      assertEquals("d49", ids.get(49));
    }
  }
}
