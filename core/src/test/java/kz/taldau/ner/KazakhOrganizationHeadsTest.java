package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Pipeline;
import kz.taldau.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhOrganizationHeadsTest {
  private static final Pipeline SEGMENTER = Pipeline.builder().build();

  @ParameterizedTest(name = "{0} | {1} -> {2} {3}")
  @CsvSource(delimiter = '|', value = {
      // text | the LOC the model found | type after the pass | its text
      "Павлодар облысы әкімдігі жаңа жоба ұсынды . | Павлодар облысы | ORG | Павлодар облысы әкімдігі",
      "Жамбыл облысы әкімдігінде кеңес өтті . | Жамбыл облысы | ORG | Жамбыл облысы әкімдігінде",
      "Моңғолия орталық комитеті шешім қабылдады . | Моңғолия | ORG | Моңғолия орталық комитеті",
      "Моңғолия парламентінің төрағасы сөйледі . | Моңғолия | ORG | Моңғолия парламентінің",
      "Франция сенатының мүшелері келді . | Франция | ORG | Франция сенатының",
      // a plural head names no one institution
      "Жапония университеттері рейтингке кірді . | Жапония | LOC | Жапония",
      // genitive place: «the centre of Aktobe» is a place
      "Ақтөбенің орталығы қайта салынды . | Ақтөбенің | LOC | Ақтөбенің",
      // a place as a locative adjective: «the mission in Europe»
      "Еуропадағы миссиясы жабылды . | Еуропадағы | LOC | Еуропадағы",
      // locative adjective of the head: «in the centre of»
      "Семей орталығындағы саябақ ашылды . | Семей | LOC | Семей",
      // head not possessive: the place is a place
      "Түркістан университет салды . | Түркістан | LOC | Түркістан",
      // a capitalized next word is not a head here
      "Атырау Әкімдігі хабарлады . | Атырау | LOC | Атырау",
      // not a head word
      "Шымкент жағына қарай жүрдік . | Шымкент | LOC | Шымкент",
      "Қостанай қаласында жиын өтті . | Қостанай қаласында | LOC | Қостанай қаласында",
  })
  void placeAndPossessiveHeadIsAnOrganization(String text, String loc, EntityType type, String expected) {
    Document doc = SEGMENTER.process(text);
    int start = text.indexOf(loc);
    EntityMention m = OpenNlpEntityTagger.mention(doc, new TextSpan(start, start + loc.length()), EntityType.LOC,
        0.9);
    List<EntityMention> out = KazakhOrganizationHeads.apply(doc, doc.sentences(), List.of(m));
    assertEquals(1, out.size());
    assertEquals(type, out.get(0).type());
    assertEquals(expected, out.get(0).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ақтау . | Ақтау | PER",
      "Ақтау | Ақтау | LOC",
  })
  void otherTypesAndSentenceEndsStay(String text, String name, EntityType type) {
    Document doc = SEGMENTER.process(text);
    EntityMention m = OpenNlpEntityTagger.mention(doc, new TextSpan(0, name.length()), type, 0.9);
    assertEquals(List.of(m), KazakhOrganizationHeads.apply(doc, doc.sentences(), List.of(m)));
  }

  @org.junit.jupiter.api.Test
  void theHeadsFormsAreReadyBeforeTheFirstDocument() {
    // The Kazakh tagger calls prepare() when it is made; the forms include inflected and possessive ones.
    assertTrue(KazakhOrganizationHeads.prepare() > 1_000, "forms: " + KazakhOrganizationHeads.prepare());
  }
}
