package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.TextSpan;
import org.junit.jupiter.api.Test;

class DocumentNamePassTest {

  private static Document doc(String text, Language lang) {
    return Pipeline.builder().language(lang).build().process(text);
  }

  private static EntityMention at(Document d, String surface, int occurrence, EntityType type) {
    int from = -1;
    for (int i = 0; i <= occurrence; i++) {
      from = d.text().indexOf(surface, from + 1);
    }
    return OpenNlpEntityTagger.mention(d, new TextSpan(from, from + surface.length()), type, 0.9);
  }

  private static List<String> run(Document d, Language lang, EntityMention... found) {
    List<EntityMention> out = OpenNlpEntityTagger.flatten(
        DocumentNamePass.apply(d, d.sentences(), List.of(found), lang));
    List<String> rows = new ArrayList<>();
    for (EntityMention m : out) {
      rows.add(m.type() + " " + m.text() + (m.score() == DocumentNamePass.PROPAGATED_SCORE ? " +" : ""));
    }
    return rows;
  }

  @Test
  void russianNamesLabelTheirInflectedRepeats() {
    Document d = doc("Пьер Кабарэ приехал в Алматы. Вчера с Пьером Кабарэ встретился аким. "
        + "Кабарэ остался доволен. В Алматы тепло.", Language.RUSSIAN);
    assertEquals(List.of("PER Пьер Кабарэ", "LOC Алматы", "PER Пьером Кабарэ +", "PER Кабарэ +",
        "LOC Алматы +"),
        run(d, Language.RUSSIAN, at(d, "Пьер Кабарэ", 0, EntityType.PER), at(d, "Алматы", 0,
            EntityType.LOC)));
  }

  @Test
  void kazakhNamesLabelTheirInflectedRepeats() {
    Document d = doc("Пьер Кабаре Алматыға келді. Алматыда ол Пьер Кабаремен кездесті. Францияның елшісі "
        + "сөйледі.",
        Language.KAZAKH);
    assertEquals(List.of("PER Пьер Кабаре", "LOC Алматыға", "LOC Алматыда +", "PER Пьер Кабаремен +",
            "LOC Францияның"),
        run(d, Language.KAZAKH, at(d, "Пьер Кабаре", 0, EntityType.PER), at(d, "Алматыға", 0, EntityType.LOC),
            at(d, "Францияның", 0, EntityType.LOC)));
  }

  @Test
  void lowerCaseWordsAndLongerTokensAreLeftAlone() {
    Document d = doc("Компания Альфа выросла. Потом компания альфа упала. Компания Альфа-Банк тоже.",
        Language.RUSSIAN);
    assertEquals(List.of("ORG Компания Альфа"), run(d, Language.RUSSIAN, at(d, "Компания Альфа", 0,
        EntityType.ORG)));
  }

  @Test
  void nothingFoundNothingAdded() {
    Document d = doc("Здесь нет имён.", Language.RUSSIAN);
    assertEquals(List.of(), run(d, Language.RUSSIAN));
  }

  @Test
  void majorityTypeWins() {
    Document d = doc("Астана победила. Астана выиграла. Астана — столица. Вчера Астана молчала.",
        Language.RUSSIAN);
    List<String> rows = run(d, Language.RUSSIAN, at(d, "Астана", 0, EntityType.ORG), at(d, "Астана", 1,
        EntityType.LOC),
        at(d, "Астана", 2, EntityType.LOC));
    assertEquals("LOC Астана +", rows.get(rows.size() - 1));
  }

  @Test
  void theMajorityTypeRelabelsTheOutvotedMention() {
    Document d = doc("Эльба течёт на север. Эльба широка. Эльба тихая.", Language.RUSSIAN);
    assertEquals(List.of("LOC Эльба", "LOC Эльба", "LOC Эльба"), run(d, Language.RUSSIAN,
        at(d, "Эльба", 0, EntityType.PER), at(d, "Эльба", 1, EntityType.LOC), at(d, "Эльба", 2,
            EntityType.LOC)));
  }
}
