package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.taldau.Language;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

/** Gazetteer loading: one shared instance per language and level, and the whitespace folding of its entries. */
class GazetteerTest {

  @Test
  void concurrentUsersOfEachLanguageShareOneGazetteer() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Gazetteer>> kk = new ArrayList<>();
      List<Future<Gazetteer>> ru = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        kk.add(pool.submit(() -> {
          start.await();
          return Gazetteer.forLanguage(Language.KAZAKH);
        }));
        ru.add(pool.submit(() -> {
          start.await();
          return Gazetteer.forLanguage(Language.RUSSIAN);
        }));
      }
      start.countDown();
      for (int i = 0; i < 3; i++) {
        assertSame(Gazetteer.forLanguage(Language.KAZAKH), kk.get(i).get(60, TimeUnit.SECONDS));
        assertSame(Gazetteer.forLanguage(Language.RUSSIAN), ru.get(i).get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eachLevelAddsToTheOneBelowAndIsSharedPerLevel() {
    for (Language l : new Language[] {Language.KAZAKH, Language.RUSSIAN}) {
      for (int level = 1; level <= Gazetteer.MAX_LEVEL; level++) {
        Gazetteer lower = Gazetteer.forLanguage(l, level - 1);
        Gazetteer upper = Gazetteer.forLanguage(l, level);
        assertSame(upper, Gazetteer.forLanguage(l, level));
        long[] forms = lower.forms().sortedHashes();
        int[] kinds = lower.forms().valuesOf(forms);
        int[] upperKinds = upper.forms().valuesOf(forms);
        for (int i = 0; i < forms.length; i++) {
          // Every form stays, with at least its kinds: a higher level only adds names.
          assertEquals(kinds[i], upperKinds[i] & kinds[i], l + " level " + level + ": form " + i);
        }
      }
    }
    assertSame(Gazetteer.forLanguage(Language.RUSSIAN), Gazetteer.forLanguage(Language.RUSSIAN, 0));
  }

  @Test
  void anUnknownLevelIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.forLanguage(Language.RUSSIAN, Gazetteer.MAX_LEVEL + 1));
    assertTrue(e.getMessage().contains("gazetteer level"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.forLanguage(Language.RUSSIAN, -1));
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.forLanguage(Language.OTHER, 1));
  }

  @Test
  void descriptorsNameTheirLevel() throws Exception {
    String xml = "<featureGenerators name=\"t\"><generator class=\"kz.taldau.ner.TokenFeatureSet$Factory\">"
        + "<str name=\"language\">ru</str><int name=\"lookahead\">0</int>%s</generator></featureGenerators>";
    String[] t = {"в", "Ярославле"};
    NerFeatures.register();
    for (String level : new String[] {"", "<bool name=\"extendedGazetteer\">true</bool>",
        "<int name=\"gazetteerLevel\">1</int>", "<int name=\"gazetteerLevel\">2</int>"}) {
      List<String> f = new ArrayList<>();
      GeneratorFactory.create(new ByteArrayInputStream(String.format(xml, level).getBytes(UTF_8)), n -> null)
          .createFeatures(f, t, 1, new String[0]);
      // Ярославль is in the extension lists (level 1 and up) only.
      assertEquals(!level.isEmpty(), f.contains("gz=city:U"), level + " " + f);
    }
    assertThrows(InvalidFormatException.class, () -> GeneratorFactory.create(new ByteArrayInputStream(
        String.format(xml, "<int name=\"gazetteerLevel\">9</int>").getBytes(UTF_8)), n -> null));
  }

  @Test
  void collapseSpacesMatchesTheRegexItReplaces() {
    for (String s : List.of("", " ", "  ", "алматы", "оңтүстік қазақстан облысы", "a  b", "a \t b", " a ",
        "\ta\n", "a\u000Bb\fc\rd", "a\u00A0b", "a\u2009 b", "нур-султан  ", "   x   y   z   ")) {
      assertEquals(s.replaceAll("\\s+", " "), Gazetteer.collapseSpaces(s), "'" + s + "'");
    }
  }

  @Test
  void multiWordFormsAndTheirBeginningsAreFound() {
    Gazetteer ru = Gazetteer.forLanguage(Language.RUSSIAN);
    List<List<String>> labels = ru.label(new String[] {"в", "Карагандинской", "области"});
    assertEquals(List.of(), labels.get(0));
    assertEquals(List.of("region:B"), labels.get(1).stream().filter(l -> l.startsWith("region")).toList());
    assertEquals(List.of("region:L"), labels.get(2).stream().filter(l -> l.startsWith("region")).toList());
  }
}
