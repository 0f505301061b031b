package kz.taldau.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import kz.taldau.Document;
import kz.taldau.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, relative dates, spans, lexicon extension and hostile input. */
class FactExtractorTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Итого 1 234,5 тонны.                              | QUANTITY 1234.5 тонна
      Итого 1,5 тонны.                                  | QUANTITY 1.5 тонна
      Итого 2.5 тонны.                                  | QUANTITY 2.5 тонна
      Итого 1 500 тонн.                                 | QUANTITY 1500 тонна
      Итого 1.500 тонн.                                 | QUANTITY 1500 тонна
      Итого 12 345 678 тенге.                           | MONEY 12345678 KZT
      Итого 1,234.56 долларов.                          | MONEY 1234.56 USD
      Итого 0,75 млрд тенге.                            | MONEY 750000000 KZT
      Өнім үш бүтін оннан үш пайызға өсті.             | PERCENT 3.3 INCREASE
      Көрсеткіш бес бүтін жүзден жиырма бес пайыз.      | PERCENT 5.25
      Өсім сегіз жарым пайыз болды.                     | PERCENT 8.5 INCREASE
      Рост составил три целых две десятых процента.     | PERCENT 3.2 INCREASE
      Рост составил ноль целых пять десятых процента.   | PERCENT 0.5 INCREASE
      Выручка выросла в полтора раза.                   | RATIO 1.5 INCREASE
      Продажи выросли вдвое.                            | RATIO 2 INCREASE
      Өнім 120-дан астам елге жөнелтілді.               | QUANTITY 120 ел MORE_THAN
      Бағасы 5 долларына жетті.                         | MONEY 5 USD
      Жалпы сомасы 300 мың теңгені құрады.              | MONEY 300000 KZT
      Собрали полмиллиона тенге.                        | MONEY 500000 KZT
      Собрали 2,5 млрд. тенге.                          | MONEY 2500000000 KZT
      Заплатили 100млн тенге.                           | MONEY 100000000 KZT
      Зарплата – от 100 тысяч до 1 млн тенге.           | MONEY 100000..1000000 KZT WAGE
      Подешевело на 5-7%.                               | PERCENT 5..7 DECREASE
      Будет от 5 до 7 процентов.                        | PERCENT 5..7
      Өсім 5-тен 7 пайызға дейін болады.                | PERCENT 5..7 INCREASE
      Бағасы екі-үш есе өсті.                           | RATIO 2..3 INCREASE
      Цены выросли в два-три раза.                      | RATIO 2..3 INCREASE
      Прибыль компании – $5 млн.                        | MONEY 5000000 USD
      Сумма сделки USD 120 млн.                         | MONEY 120000000 USD
      """)
  void numbers(String sentence, String expected) {
    assertEquals(FactTables.expected(expected), FactTables.canonical(sentence), sentence);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      В прошлом году урожай был рекордным.             | DATE 2024
      Былтыр өнім көлемі артты.                        | DATE 2024
      За 9 месяцев текущего года экспорт вырос.        | DATE 2025-01/2025-09
      Биылғы жылдың бірінші тоқсанында экспорт өсті.   | DATE 2025-Q1
      Встреча состоится 15 января.                     | DATE 2025-01-15
      В первом полугодии этого года цены выросли.      | DATE 2025-H1
      В январе–сентябре товарооборот вырос.            | DATE 2025-01/2025-09
      Форум пройдет с 1 по 3 марта.                    | DATE 2025-03-01/2025-03-03
      Завод построили 5 лет назад.                     | DATE 2020
      В позапрошлом году завод закрылся.               | DATE 2023
      """)
  void relativeDatesResolveWithTheDocumentDate(String sentence, String expected) {
    assertEquals(FactTables.expected(expected), FactTables.canonical(sentence, LocalDate.of(2025, 9, 25)),
        sentence);
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "Товарооборот\u00a0вырос на\u00a013\u202f%, экспорт – «около 30\u00a0млн долларов США».";
    Document doc = FactTables.PIPELINE.process(text);
    assertEquals(List.of("PERCENT 13 INCREASE TRADE_TURNOVER", "MONEY 30000000 USD APPROX EXPORT"),
        doc.facts().stream().map(Fact::canonical).toList());
    for (Fact f : doc.facts()) {
      assertEquals(f.text(), f.span().of(text));
    }
    assertEquals("около 30\u00a0млн долларов США", doc.facts().get(1).text());
  }

  @Test
  void softHyphensInsideAFigureKeepExactOffsets() {
    String text = "Экс\u00adпорт вырос на 13%-ға и 1\u00a0234,5 тонны.";
    Document doc = FactTables.PIPELINE.process(text);
    for (Fact f : doc.facts()) {
      assertEquals(f.text(), f.span().of(text));
    }
    assertEquals(2, doc.facts().size(), doc.facts().toString());
  }

  @Test
  void emptyAndPunctuationOnlyTextsHaveNoFacts() {
    RuleBasedFactExtractor fx = new RuleBasedFactExtractor();
    for (String s : List.of("", " ", ".", "\n\n", "%", "– 5 –", "млн", "₸")) {
      Document doc = Pipeline.builder().factExtractors(List.of()).build().process(s);
      assertTrue(fx.extract(doc).size() <= 1, s);
    }
    assertEquals(List.of(), fx.extract(Pipeline.builder().build().process("")));
    assertThrows(NullPointerException.class, () -> fx.extract(null));
  }

  @Test
  void hugeTextAndHugeNumbersDoNotBreak() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append("Экспорт вырос на ").append(i % 97).append("% и составил ").append(i)
          .append(" млн долларов. ");
    }
    sb.append("9".repeat(200)).append(" триллион тенге ").append("1 000 ".repeat(300));
    Document doc = FactTables.PIPELINE.process(sb.toString());
    assertTrue(doc.facts().size() >= 6000, "facts: " + doc.facts().size());
  }

  @Test
  void randomInputKeepsTheInvariants() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String alphabet = "0123456789 ,.-–%$₸№:()+абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
        + "млн тыс млрд теңге тенге доллар пайыз процент жыл года\u00a0\u202f\u00ad«»";
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(120);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      Document doc;
      try {
        doc = FactTables.PIPELINE.process(text);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " text <" + text + ">", e);
      }
      int prev = -1;
      for (Fact f : doc.facts()) {
        assertEquals(f.text(), f.span().of(text), "seed " + seed);
        assertTrue(f.start() >= prev, "seed " + seed + ": facts not sorted");
        prev = f.start();
      }
    }
  }

  @Test
  void typesCanBeRestricted() {
    RuleBasedFactExtractor money =
        new RuleBasedFactExtractor(FactLexicon.defaults(), EnumSet.of(FactType.MONEY));
    Pipeline p = Pipeline.builder().factExtractors(List.of(money)).build();
    List<String> got = p.process("В 2024 году экспорт вырос на 5% и составил 18 млн долларов.").facts()
        .stream().map(Fact::canonical).toList();
    assertEquals(List.of("MONEY 18000000 USD EXPORT"), got);
  }

  @Test
  void aUserIndicatorFileExtendsTheLexicon(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my.tsv");
    Files.writeString(file, "# tourism\nтурпоток*\tTOURISM\nтуристік ағын+\tTOURISM\n",
        StandardCharsets.UTF_8);
    FactLexicon lx = FactLexicon.builder().indicators(file).build();
    Pipeline p = Pipeline.builder()
        .factExtractors(List.of(new RuleBasedFactExtractor(lx, EnumSet.allOf(FactType.class)))).build();
    assertEquals(List.of("PERCENT 12 INCREASE TOURISM"),
        p.process("Турпоток вырос на 12%.").facts().stream().map(Fact::canonical).toList());
    assertEquals(List.of("PERCENT 12 INCREASE TOURISM"),
        p.process("Туристік ағын 12%-ға өсті.").facts().stream().map(Fact::canonical).toList());
    assertTrue(lx.size() > FactLexicon.defaults().size());
  }

  @Test
  void aMalformedLexiconLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# header\nтурпоток*\ttourism flow\n", StandardCharsets.UTF_8);
    FactLexicon.Builder b = FactLexicon.builder().indicators(file);
    LexiconFormatException e = assertThrows(LexiconFormatException.class, b::build);
    assertEquals(file + ":2: indicator must be an upper-case name, got 'tourism flow': "
        + "турпоток*\ttourism flow", e.getMessage());
  }

  @Test
  void aLexiconFileThatIsNotUtf8IsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.tsv");
    Files.write(file, new byte[] {(byte) 0xe9, '\t', 'X', '\n'});
    IOException e = assertThrows(IOException.class, () -> FactLexicon.builder().indicators(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
  }
}
