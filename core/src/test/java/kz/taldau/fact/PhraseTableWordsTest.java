package kz.taldau.fact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PhraseTable#words} splits as {@code split(" +")} does. */
class PhraseTableWordsTest {

  @Test
  void splitsLikeTheRegex() {
    for (String s : List.of("", " ", "   ", "тенге", "доллар* сша", "млн  долларов", " a", "a ", " a  b  ",
        "год|года|году", "a\tb c")) {
      assertArrayEquals(s.split(" +"), PhraseTable.words(s), "'" + s + "'");
    }
  }
}
