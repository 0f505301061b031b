package kz.taldau.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianWordClassesTest {
  private final RussianWordClasses classes = new RussianWordClasses();

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Пётр        | mc=name
      петр        | mc=name
      Москвой     | mc=n
      российской  | mc=a
      в           | mc=prep
      сказал      | mc=v
      Тишина      | mc=fam.n
      Касымбеком  | mc=unk
      Almaty      | mc=unk
      Әлемде      | mc=unk
      """)
  void classOfTheWord(String token, String cls) {
    assertEquals(cls, classes.features(token, false)[1][0]);
  }

  @Test
  void casesAtTheTokenAndAfterIt() {
    String[][] f = classes.features("службы", false);
    assertArrayEquals(new String[] {"p1mc=n", "p1mc=n/l"}, f[0]);
    assertArrayEquals(new String[] {"mc=n", "mc=n/l", "mk=Nom", "mk=R", "mk=V"}, f[1]);
    assertArrayEquals(new String[] {"n1mc=n", "n1mc=n/l", "n1mk=Nom", "n1mk=R", "n1mk=V"}, f[2]);
    assertSame(f, classes.features("службы", false), "cached");
    assertArrayEquals(new String[] {"mc=n", "mc=n/C", "mk=Nom", "mk=R", "mk=V"},
        classes.features("Службы", false)[1]);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      цирк       | l
      Цирк       | C
      НДОА       | U
      В          | C
      А.         | C
      США-2      | U
      iPhone     | l
      ВКонтакте  | C
      聯字頭      | l
      """)
  void capitalization(String token, char expected) {
    assertEquals(expected, RussianWordClasses.capitalization(token));
  }

  @Test
  void noFeaturesForNonWords() {
    assertNull(classes.features("2016", false));
    assertNull(classes.features("«", false));
    assertNull(classes.features("", false));
    assertNull(classes.features("а".repeat(RussianWordClasses.MAX_LENGTH + 1), false));
    String surrogate = "а".repeat(RussianWordClasses.MAX_LENGTH - 5) + "\uD800";
    assertEquals("mc=unk", classes.features(surrogate, false)[1][0]);
    assertEquals("mc=unk", classes.features("ab\u0000c", false)[1][0]);
  }

  @Test
  void kazakhstansRussian() {
    assertEquals("mc=n", classes.features("Аким", false)[1][0], "a governor, not the first name");
    assertEquals("mc=n", classes.features("акима", false)[1][0]);
    assertEquals("mc=name", classes.features("Пётр", false)[1][0]);
    assertArrayEquals(new String[] {"mc=geo", "mc=geo/C", "mk=Nom", "mk=R", "mk=V"},
        classes.features("Астаны", true)[1]);
    assertEquals("mc=n.name", classes.features("Астаны", false)[1][0], "the dictionary's own readings");
  }

  @Test
  void descriptorAddsThemInTheWindow() throws Exception {
    String xml = "<featureGenerators name=\"t\"><generator class=\"kz.taldau.ner.TokenFeatureSet$Factory\">"
        + "<str name=\"language\">%s</str><int name=\"lookahead\">0</int>%s</generator></featureGenerators>";
    NerFeatures.register();
    String[] t = {"в", "Министерстве", "юстиции"};
    List<String> on = features(String.format(xml, "ru", "<bool name=\"morphology\">true</bool>"), t, 1);
    assertTrue(on.containsAll(List.of("p1mc=prep", "p1mc=prep/l", "mc=n", "mc=n/C", "mk=P", "n1mc=n",
        "n1mc=n/l", "n1mk=R")), on.toString());
    assertFalse(on.contains("p1mk=P"), "no cases behind the token");
    List<String> place = features(String.format(xml, "ru", "<bool name=\"morphology\">true</bool>"),
        new String[] {"В", "Актобе", "задержали"}, 1);
    assertTrue(place.containsAll(List.of("p1mc=prep/C", "mc=geo", "mc=geo/C", "n1mc=v")), place.toString());
    List<String> off = features(String.format(xml, "ru", ""), t, 1);
    assertTrue(off.stream().noneMatch(f -> f.contains("mc=") || f.contains("mk=")), off.toString());
    InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> GeneratorFactory.create(
        new ByteArrayInputStream(String.format(xml, "kk", "<bool name=\"morphology\">true</bool>")
            .getBytes(UTF_8)), n -> null));
    assertTrue(e.getMessage().contains("Russian only"), e.getMessage());
  }

  private static List<String> features(String xml, String[] tokens, int index) throws Exception {
    AdaptiveFeatureGenerator g = GeneratorFactory.create(new ByteArrayInputStream(xml.getBytes(UTF_8)), n -> null);
    List<String> f = new ArrayList<>();
    g.createFeatures(f, tokens, index, new String[0]);
    return f;
  }
}
