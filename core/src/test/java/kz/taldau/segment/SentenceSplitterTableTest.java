package kz.taldau.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.StringJoiner;
import kz.taldau.Document;
import kz.taldau.Pipeline;
import kz.taldau.Sentence;
import kz.taldau.TestTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTableTest {
  private static final Pipeline PIPELINE = Pipeline.builder().factExtractors(List.of()).build();

  static List<Arguments> kazakh() {
    return TestTables.rows(SentenceSplitterTableTest.class, "sentences-kk.txt");
  }

  static List<Arguments> russian() {
    return TestTables.rows(SentenceSplitterTableTest.class, "sentences-ru.txt");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("kazakh")
  void splitsKazakh(String input, String expected) {
    assertEquals(expected, render(input));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("russian")
  void splitsRussian(String input, String expected) {
    assertEquals(expected, render(input));
  }

  static String render(String input) {
    Document d = PIPELINE.process(input);
    StringJoiner j = new StringJoiner(" ‖ ");
    int nextToken = 0;
    for (Sentence s : d.sentences()) {
      assertEquals(nextToken, s.firstToken(), "sentences must cover the tokens in order");
      nextToken = s.endToken();
      j.add(s.span().of(input));
    }
    assertEquals(d.tokens().size(), nextToken, "every token belongs to a sentence");
    return j.toString();
  }
}
