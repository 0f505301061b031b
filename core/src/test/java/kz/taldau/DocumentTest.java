package kz.taldau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final Pipeline PIPELINE = Pipeline.builder().factExtractors(List.of()).build();

  @Test
  void tokensInReturnsTheTokensInsideASpan() {
    String text = "Алматы қаласының әкімі кездесті.";
    Document d = PIPELINE.process(text);
    assertEquals(List.of("қаласының", "әкімі"),
        d.tokensIn(new TextSpan(7, 22)).stream().map(Token::text).toList());
    assertEquals(List.of("әкімі"), d.tokensIn(new TextSpan(8, 23)).stream().map(Token::text).toList());
    assertEquals(List.of(), d.tokensIn(new TextSpan(1, 3)));
    assertEquals(0, d.firstTokenAtOrAfter(0));
    assertEquals(d.tokens().size(), d.firstTokenAtOrAfter(text.length()));
  }

  @Test
  void factsByTypeAndTokensOfASentence() {
    Document d = PIPELINE.process("Бірінші сөйлем. Екінші сөйлем.");
    assertEquals(List.of("Екінші", "сөйлем", "."),
        d.tokens(d.sentences().get(1)).stream().map(Token::text).toList());
    assertEquals(List.of(), d.facts(kz.taldau.fact.MoneyFact.class));
  }

  @Test
  void rejectsSentencesOutsideTheText() {
    Token t = new Token(new TextSpan(0, 1), "а", "а", TokenKind.WORD);
    Sentence s = new Sentence(new TextSpan(0, 5), 0, 1, Language.KAZAKH, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Document.builder("а").tokens(List.of(t)).sentences(List.of(s)).build());
    assertEquals("sentence " + s + " outside the document", e.getMessage());
  }

  @Test
  void spansValidateTheirBounds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 3));
    assertEquals("invalid span [5, 3)", e.getMessage());
  }
}
