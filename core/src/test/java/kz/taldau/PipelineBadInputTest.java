package kz.taldau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipelineBadInputTest {
  private static final Pipeline PIPELINE = Pipeline.builder().build();

  @Test
  void nullTextNamesTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PIPELINE.process(null));
    assertEquals("text", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> PIPELINE.process(null, LocalDate.of(2025, 1, 1)));
    assertEquals("text", e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " ", "\n\n\t", "\u00A0\u202F", ".", "...", "!?", "«»", " – ", "\u00AD\u200B", "\u0000"})
  void emptyWhitespaceAndPunctuationGiveAnEmptyDocument(String text) {
    Document d = PIPELINE.process(text);
    assertTrue(d.isEmpty());
    assertEquals(List.of(), d.tokens());
    assertEquals(List.of(), d.sentences());
    assertEquals(List.of(), d.entities());
    assertEquals(List.of(), d.facts());
    assertEquals(text, d.text());
  }

  @Test
  void textOverTheLimitNamesSizeLimitAndSetting() {
    Pipeline small = Pipeline.builder().limits(ProcessingLimits.builder().maxChars(10).build()).build();
    InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> small.process("а".repeat(11)));
    assertEquals("text length (11) exceeds the maximum allowed (10, from ProcessingLimits.maxChars)",
        e.getMessage());
    assertEquals(3, small.process("а б в").tokens().size());
  }

  @Test
  void invalidLimitsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProcessingLimits.builder().maxTokenChars(0).build());
    assertEquals("ProcessingLimits.maxTokenChars must be positive: 0", e.getMessage());
  }

  @Test
  void hugeTokenIsSplitWithExactOffsets() {
    String token = "ә".repeat(100_000);
    String text = "Бастау " + token + " соңы.";
    Document d = PIPELINE.process(text);
    int max = PIPELINE.limits().maxTokenChars();
    StringBuilder rebuilt = new StringBuilder();
    for (Token t : d.tokens()) {
      assertEquals(t.span().of(text), t.text());
      assertTrue(t.text().length() <= max, "token of " + t.text().length() + " chars");
      if (t.start() >= 7 && t.end() <= 7 + token.length()) {
        rebuilt.append(t.text());
      }
    }
    assertEquals(token, rebuilt.toString(), "no character of the long token is lost");
    assertEquals(2 + (100_000 + max - 1) / max + 1, d.tokens().size());
  }

  @ParameterizedTest(name = "[{index}] {0} x 20000")
  @ValueSource(strings = {"1", "а-", "а.", "Е.", "%-ға", "@", "www.", "1 000 ", "a@", "#", "x.kz", "-", "\u00AD",
      "и\u0306", "12,"})
  void pathologicalRunsAreProcessedWithExactOffsets(String piece) {
    String text = piece.repeat(20_000);
    Document d = PIPELINE.process(text);
    for (Token t : d.tokens()) {
      assertEquals(t.span().of(text), t.text());
    }
  }

  @Test
  void hugeTokenOfSurrogatePairsIsNotSplitInsideAPair() {
    String text = "\uD83D\uDE00".repeat(1000);
    Document d = PIPELINE.process(text);
    for (Token t : d.tokens()) {
      assertTrue(!Character.isLowSurrogate(t.text().charAt(0)), "token starts inside a surrogate pair");
    }
  }

  @Test
  void controlCharactersAndLoneSurrogatesKeepOffsetsExact() {
    String text = "Алматы\u0000да \uD800 фестиваль\u001B өтеді \uDC00. Бүгін\u0007 басталды.";
    Document d = PIPELINE.process(text);
    for (Token t : d.tokens()) {
      assertEquals(t.span().of(text), t.text());
    }
    assertTrue(d.tokens().stream().anyMatch(t -> t.text().equals("фестиваль")));
    assertEquals(2, d.sentences().size());
  }

  @Test
  void largeDocumentIsProcessed() {
    String para = "Алматы қаласының әкімі 2025 жылы 1 200 кәсіпорынды аралады. "
        + "Посол обсудил с акимом вопросы сотрудничества на 30 млн долларов.\n\n";
    String text = para.repeat(2000);
    Document d = PIPELINE.process(text);
    assertEquals(4000, d.sentences().size());
    assertEquals(text, d.text());
  }

  @Test
  void segmentedInputKeepsTheGivenTokensAndSentences() {
    String text = "Пьер Кабаре келді .\nОл сөйледі .";
    List<List<TextSpan>> sentences = List.of(
        List.of(new TextSpan(0, 4), new TextSpan(5, 11), new TextSpan(12, 17), new TextSpan(18, 19)),
        List.of(new TextSpan(20, 22), new TextSpan(23, 30), new TextSpan(31, 32)));
    Document d = PIPELINE.processSegmented(text, sentences, null);
    assertEquals(7, d.tokens().size());
    assertEquals(2, d.sentences().size());
    assertEquals(Language.KAZAKH, d.language());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PIPELINE.processSegmented(
        text, List.of(List.of(new TextSpan(5, 11), new TextSpan(0, 4))), null));
    assertEquals("token span [0, 4) overlaps the previous token or lies outside the text of length 32",
        e.getMessage());
  }
}
