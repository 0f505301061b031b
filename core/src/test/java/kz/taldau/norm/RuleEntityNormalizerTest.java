package kz.taldau.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.TextSpan;
import kz.taldau.text.Whitespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalizer as a pipeline stage: languages, whitespace, and hostile input. */
class RuleEntityNormalizerTest {
  private final RuleEntityNormalizer normalizer = RuleEntityNormalizer.getInstance();

  private static EntityMention mention(String text, EntityType type) {
    return new EntityMention(new TextSpan(0, text.length()), text, type, text, 1.0);
  }

  @Test
  void normalizesMentionsThroughTheInterface() {
    assertEquals("Женис Касымбек",
        normalizer.normalize(mention("Женисом  Касымбеком", EntityType.PER), Language.RUSSIAN));
    assertEquals("Алматы", normalizer.normalize(mention("Алматыда", EntityType.LOC), Language.KAZAKH));
  }

  @Test
  void otherLanguageOnlyCollapsesWhitespace() {
    assertEquals("Пьером Кабарэ",
        normalizer.normalize(mention(" Пьером\u00a0\n Кабарэ ", EntityType.PER), Language.OTHER));
  }

  @ParameterizedTest(name = "[{index}] {2} {1} «{0}» -> «{3}»")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ``                          | PER | RUSSIAN | ``
      `   `                       | ORG | KAZAKH  | ``
      А                           | PER | RUSSIAN | А
      А                           | LOC | KAZAKH  | А
      Я                           | LOC | RUSSIAN | Я
      2024                        | ORG | RUSSIAN | 2024
      2024-те                     | ORG | KAZAKH  | 2024
      Maud Girout                 | PER | RUSSIAN | Maud Girout
      Maud Girout                 | PER | KAZAKH  | Maud Girout
      Maud    Girout              | PER | OTHER   | Maud Girout
      ЮНЕСКО                      | ORG | RUSSIAN | ЮНЕСКО
      ЕАЭС                        | ORG | RUSSIAN | ЕАЭС
      ЕАЭО                        | ORG | KAZAKH  | ЕАЭО
      Нур-Султане                 | LOC | RUSSIAN | Нур-Султан
      Нұр-Сұлтанға                | LOC | KAZAKH  | Нұр-Сұлтан
      Жанна-Мари                  | PER | RUSSIAN | Жанна-Мари
      ИВАНОВА                     | PER | RUSSIAN | ИВАНОВ
      -                           | PER | RUSSIAN | -
      «»                          | ORG | RUSSIAN | «»
      Covid-19                    | ORG | RUSSIAN | Covid-19
      Карагандинской   области    | LOC | RUSSIAN | Карагандинская область
      Су-35                       | ORG | RUSSIAN | Су-35
      правления АО «Самрук-Казына | ORG | RUSSIAN | правление АО «Самрук-Казына»
      АО «Самрук-Қазына»          | ORG | KAZAKH  | АО «Самрук-Қазына»
      «Қазақстан темір жолы       | ORG | KAZAKH  | «Қазақстан темір жолы»
      театра «Русская песня       | ORG | OTHER   | театра «Русская песня
      «                           | ORG | RUSSIAN | «»
      »«                          | ORG | RUSSIAN | »«
      ««А»                        | ORG | RUSSIAN | ««А»
      """)
  void hostileInput(String text, EntityType type, Language language, String expected) {
    assertEquals(expected, normalizer.normalize(text, type, language));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> normalizer.normalize(null, Language.RUSSIAN));
    assertThrows(NullPointerException.class,
        () -> normalizer.normalize(mention("Москве", EntityType.LOC), null));
  }

  /** Random strings of Cyrillic, Kazakh, Latin letters, digits, punctuation and spaces never break it. */
  @Test
  void randomInputKeepsInvariants() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "аеиоуыэюяёбвгдежзйклмнпрстфхцчшщьъәғқңөұүһіАБВГДЕКМНОПРСТӘҚҰabcXYZ019-.«»\"' \u00a0";
    for (int n = 0; n < 5000; n++) {
      int len = random.nextInt(30);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (Language language : Language.values()) {
        for (EntityType type : EntityType.values()) {
          String out = normalizer.normalize(text, type, language);
          String where = "seed " + seed + ", text «" + text + "», " + language + " " + type;
          assertNotNull(out, where);
          assertTrue(out.equals(out.strip()) && !out.contains("  "),
              where + ": not collapsed: «" + out + "»");
          assertTrue(out.length() <= Whitespace.collapse(text).length() + 4, where + ": grew: " + out);
        }
      }
    }
  }
}
