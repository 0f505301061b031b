package kz.taldau.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.taldau.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
  private final TextNormalizer normalizer = TextNormalizer.getInstance();

  @Test
  void plainTextIsReturnedAsIs() {
    String s = "Алматыда фестиваль өтеді.";
    NormalizedText nt = normalizer.normalize(s);
    assertSame(s, nt.normalized());
    assertTrue(nt.isAligned());
    assertEquals(new TextSpan(3, 8), nt.toOriginal(3, 8));
  }

  @ParameterizedTest(name = "[{index}] U+{0}")
  @CsvSource({
      "00A0, ' '", "202F, ' '", "2009, ' '", "2007, ' '",
      "00AB, '\"'", "00BB, '\"'", "201C, '\"'", "201D, '\"'", "201E, '\"'",
      "2013, '\u2013'", "2014, '\u2013'", "2212, '\u2013'", "2011, '-'", "2010, '-'",
      "0001, '\uFFFD'", "001B, '\uFFFD'", "007F, '\uFFFD'", "0085, '\uFFFD'", "D800, '\uFFFD'", "DC00, '\uFFFD'"
  })
  void replacesOneForOne(String hex, String expected) {
    char c = (char) Integer.parseInt(hex, 16);
    String s = "а" + c + "б";
    NormalizedText nt = normalizer.normalize(s);
    assertEquals("а" + expected + "б", nt.normalized());
    assertEquals(new TextSpan(1, 2), nt.toOriginal(1, 2));
  }

  @Test
  void keepsTabsAndLineBreaks() {
    assertEquals("а\tб\nв\r", normalizer.normalize("а\tб\nв\r").normalized());
  }

  @Test
  void removesSoftHyphensAndZeroWidthCharactersKeepingOffsets() {
    String s = "со\u00ADтруд\u200Bни\uFEFFчество фонд";
    NormalizedText nt = normalizer.normalize(s);
    assertEquals("сотрудничество фонд", nt.normalized());
    int w = nt.normalized().indexOf(' ');
    assertEquals(new TextSpan(0, s.indexOf(' ')), nt.toOriginal(0, w));
    int f = nt.normalized().indexOf("фонд");
    assertEquals("фонд", nt.toOriginal(f, f + 4).of(s));
  }

  @Test
  void composesToNfcMappingTheWholeSegment() {
    // "й" written as и + combining breve, "ё" as е + combining diaeresis
    String s = "Мои\u0306 е\u0308ж";
    NormalizedText nt = normalizer.normalize(s);
    assertEquals("Мой ёж", nt.normalized());
    assertEquals("Мои\u0306", nt.toOriginal(0, 3).of(s));
    assertEquals("е\u0308ж", nt.toOriginal(4, 6).of(s));
    assertEquals(new TextSpan(2, 4), nt.toOriginal(2, 3));
  }

  @Test
  void keepsSurrogatePairsAndReplacesLoneHalves() {
    String s = "a\uD83D\uDE00b\uD83Dc\uDE00";
    NormalizedText nt = normalizer.normalize(s);
    assertEquals("a\uD83D\uDE00b\uFFFDc\uFFFD", nt.normalized());
    assertEquals(s.length(), nt.normalized().length());
  }

  @Test
  void mixedDeletionsAndCompositionMapBack() {
    String s = "\uFEFFА\u00ADлма\u200Bты\u00A0и\u0306";
    NormalizedText nt = normalizer.normalize(s);
    assertEquals("Алматы й", nt.normalized());
    assertEquals("А\u00ADлма\u200Bты", nt.toOriginal(0, 6).of(s));
    assertEquals("и\u0306", nt.toOriginal(7, 8).of(s));
    assertEquals(s.length(), nt.originalStart(nt.normalized().length()));
  }

  @Test
  void normalizedOffsetInvertsOriginalStart() {
    String s = "а\u00ADб\u00ADв г";
    NormalizedText nt = normalizer.normalize(s);
    for (int i = 0; i < nt.normalized().length(); i++) {
      assertEquals(i, nt.normalizedOffset(nt.originalStart(i)));
    }
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    NormalizedText nt = normalizer.normalize("абв\u00AD");
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> nt.originalStart(4));
    assertEquals("offset 4 outside the normalized text [0, 3]", e.getMessage());
  }

  @Test
  void sanitizerReplacesControlsAndLoneSurrogatesOnly() {
    assertSame("ok\t\n", InputSanitizer.sanitize("ok\t\n"));
    assertEquals("a\uFFFDb\uFFFD\uD83D\uDE00", InputSanitizer.sanitize("a\u0000b\uDC00\uD83D\uDE00"));
  }
}
