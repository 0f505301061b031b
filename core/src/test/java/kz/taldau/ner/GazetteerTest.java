package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.taldau.Language;
import org.junit.jupiter.api.Test;

/** Gazetteer loading: one shared instance per language, and the whitespace folding of its entries. */
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
