package kz.taldau.fact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.taldau.Document;
import kz.taldau.Pipeline;

/**
 * Fact extraction speed alone, in sentences per second: texts are tokenized and split first (not timed),
 * then {@link RuleBasedFactExtractor#extract} runs over them repeatedly. Arguments: an optional UTF-8 file
 * with one text per line (default: built-in Kazakh and Russian news sentences) and an optional time budget
 * in seconds (default 10).
 *
 * <pre>{@code
 * java -cp core/target/classes:core/target/test-classes:DEPS kz.taldau.fact.FactExtractionBenchmark \
 *     [FILE] [SECONDS]
 * }</pre>
 */
public final class FactExtractionBenchmark {
  private static final List<String> SENTENCES = List.of(
      "За 6 месяцев прошлого года экспорт в Италию составил 24 млн долларов, импорт – 7 млн долларов.",
      "Объем торговли с соседями вырос до 40 млн долларов США.",
      "Шымкент пен Түркия арасындағы сауда көлемі өткен жылдың екінші тоқсанында 9%-ға артып, жаңа рекорд"
          + " орнады.",
      "Қазір облыста шетел капиталымен 45-тен астам зауыт жұмыс істейді.",
      "В первом квартале 2024 года ВВП вырос на 4,8%, а инфляция замедлилась до 8,4%.",
      "Жобаға бес миллион теңге бөлініп, 2025 жылғы 25 қыркүйекте құрылыс басталды.",
      "Посол обсудил с акимом области вопросы двухстороннего сотрудничества и культурного обмена.",
      "Тараптар мәдени-гуманитарлық байланыстарды дамыту мәселелерін талқылады.",
      "Ущерб оценили в 1.844.036.360,12 руб., а на ремонт выделили 5,3млн тенге.",
      "Өнім көлемі екі есе артып, 110 тоннадан асты.",
      "С 1 по 3 марта в Астане пройдет форум, в котором примут участие около 500 человек.",
      "Базой может стать гимназия № 97, звоните по телефону +7 (727) 123-45-67.");

  private FactExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<String> texts =
        args.length > 0 ? Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8) : SENTENCES;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    Pipeline segmenter = Pipeline.builder().factExtractors(List.of()).build();
    List<Document> docs = new ArrayList<>();
    long sentences = 0;
    for (String t : texts) {
      if (!t.isBlank()) {
        Document d = segmenter.process(t);
        docs.add(d);
        sentences += d.sentences().size();
      }
    }
    RuleBasedFactExtractor fx = new RuleBasedFactExtractor();
    long facts = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (Document d : docs) {
        facts += fx.extract(d).size();
      }
    }
    long start = System.nanoTime();
    long done = 0;
    long rounds = 0;
    while (System.nanoTime() - start < seconds * 1e9) {
      for (Document d : docs) {
        facts += fx.extract(d).size();
      }
      done += sentences;
      rounds++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "fact extraction: %d sentences in %.2f s = %.0f sentences/s (%d texts, %d rounds, %d facts)%n", done,
        elapsed, done / elapsed, docs.size(), rounds, facts);
  }
}
