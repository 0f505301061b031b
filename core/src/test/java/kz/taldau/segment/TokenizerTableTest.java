package kz.taldau.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.StringJoiner;
import kz.taldau.Document;
import kz.taldau.Pipeline;
import kz.taldau.TestTables;
import kz.taldau.Token;
import kz.taldau.TokenKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizerTableTest {
  private static final Pipeline PIPELINE = Pipeline.builder().factExtractors(List.of()).build();

  static List<Arguments> kazakh() {
    return TestTables.rows(TokenizerTableTest.class, "tokens-kk.txt");
  }

  static List<Arguments> russian() {
    return TestTables.rows(TokenizerTableTest.class, "tokens-ru.txt");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("kazakh")
  void tokenizesKazakh(String input, String expected) {
    assertEquals(expected, render(input));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("russian")
  void tokenizesRussian(String input, String expected) {
    assertEquals(expected, render(input));
  }

  static String render(String input) {
    Document d = PIPELINE.process(input);
    StringJoiner j = new StringJoiner(" · ");
    for (Token t : d.tokens()) {
      assertEquals(t.span().of(input), t.text(), "token text must be its span of the input");
      boolean plain = t.kind() == TokenKind.WORD || t.kind() == TokenKind.PUNCT;
      j.add(plain ? t.text() : t.text() + "/" + t.kind());
    }
    return j.toString();
  }
}
