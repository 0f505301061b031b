package kz.taldau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import kz.taldau.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Lucene's checkRandomData idea: random strings built from the characters news text is made of (and some
 * it should not contain), checked for invariants. The seed is printed on failure.
 */
class RandomTextTest {
  private static final String[] PIECES = {
      "а", "б", "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Қ", "Ж", "ё", "ъ", "A", "z", "0", "1", "9",
      " ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u202F", "\u2009", "\u00AD", "\u200B", "\uFEFF",
      ".", ",", ":", ";", "!", "?", "…", "-", "–", "—", "−", "%", "‰", "$", "€", "₸", "№", "+", "(", ")",
      "«", "»", "“", "”", "„", "'", "\"", "#", "@", "/", "_",
      "\u0301", "\u0306", "\u0308", "\uD83D\uDE00", "\uD83C", "\uDF89", "\u0000", "\u001B", "\u0085", "\uFFFD",
      "млн.", "тыс.", "г.", "Е.А.", "-ға", "-тан", "13%", "1 234,5", "www.", ".kz", "gov.kz", "a@b.kz",
      "http://x.kz/", "Алматы", "теңге", "долларов", "жылы", "года", "2016", "Су-35", "т.е."
  };

  @Test
  void randomTextKeepsTheInvariants() {
    Pipeline pipeline = Pipeline.builder().build();
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 1500; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(random.nextInt(10) == 0 ? 400 : 40);
      for (int i = 0; i < pieces; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      try {
        check(text, pipeline.process(text));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + ", round " + round + ", text \"" + escape(text) + "\"", e);
      }
    }
  }

  static void check(String text, Document d) {
    assertEquals(text, d.text());
    int previousEnd = 0;
    for (Token t : d.tokens()) {
      assertTrue(t.start() >= previousEnd, "tokens sorted and not overlapping");
      assertTrue(t.end() <= text.length() && t.start() < t.end(), "token in bounds and not empty");
      assertEquals(t.span().of(text), t.text());
      previousEnd = t.end();
    }
    int nextToken = 0;
    int previousSentenceEnd = 0;
    for (Sentence s : d.sentences()) {
      assertEquals(nextToken, s.firstToken());
      assertTrue(s.endToken() > s.firstToken());
      assertTrue(s.span().start() >= previousSentenceEnd);
      assertEquals(d.tokens().get(s.firstToken()).start(), s.span().start());
      assertEquals(d.tokens().get(s.endToken() - 1).end(), s.span().end());
      nextToken = s.endToken();
      previousSentenceEnd = s.span().end();
    }
    assertEquals(d.tokens().size(), nextToken);
    for (EntityMention e : d.entities()) {
      assertEquals(e.span().of(text), e.text());
    }
    List<Fact> facts = d.facts();
    for (Fact f : facts) {
      assertTrue(f.end() <= text.length());
      assertEquals(f.span().of(text), f.text());
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c > 0x7E) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
