package kz.taldau.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.model.ModelId;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import org.junit.jupiter.api.Test;

/**
 * The shipped models load from the classpath, pass their checks (and match the sha256 of their manifests),
 * stay small, and find names.
 */
class DefaultModelsTest {

  @Test
  void shippedModelsLoadAndAreSmall() throws IOException {
    for (ModelId id : List.of(DefaultModels.KAZAKH, DefaultModels.RUSSIAN)) {
      Language lang = Language.fromTag(id.language()).orElseThrow();
      NerModel m = Models.loadNameFinder(id, lang);
      assertEquals(id, m.manifest().id());
      assertTrue(m.manifest().evalDevF1().orElseThrow() > 0.8, m.manifest().toString());
      try (InputStream in = DefaultModels.class.getClassLoader().getResourceAsStream(
          id.resourceDirectory() + "/" + id.baseName() + ".bin")) {
        byte[] bin = in.readAllBytes();
        assertTrue(bin.length < 25_000_000, id + " is " + bin.length + " bytes");
        // Loading checks the CRC-32; the sha256 of the card and manifest is checked here.
        assertEquals(Models.sha256(bin), m.manifest().sha256(), id.toString());
        assertEquals(Models.crc32(bin), m.manifest().crc32(), id.toString());
      }
    }
  }

  @Test
  void pipelineFindsKazakhAndRussianNames() {
    Pipeline p = DefaultModels.pipelineBuilder().build();
    Document kk = p.process("Қасым-Жомарт Тоқаев Астанада Франция Президенті Эммануэль Макронмен кездесті.");
    Document ru = p.process("Президент Казахстана Касым-Жомарт Токаев встретился в Астане с президентом "
        + "Франции Эммануэлем Макроном.");
    List<String> kkRows = kk.entities().stream().map(DefaultModelsTest::row).toList();
    List<String> ruRows = ru.entities().stream().map(DefaultModelsTest::row).toList();
    assertTrue(kkRows.contains("PER Қасым-Жомарт Тоқаев"), kkRows.toString());
    assertTrue(kkRows.contains("LOC Астанада"), kkRows.toString());
    assertTrue(ruRows.contains("PER Касым-Жомарт Токаев"), ruRows.toString());
    assertTrue(ruRows.contains("LOC Астане"), ruRows.toString());
  }

  private static String row(EntityMention m) {
    return m.type() + " " + m.text();
  }
}
