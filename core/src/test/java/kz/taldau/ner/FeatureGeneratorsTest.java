package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.taldau.Language;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureGeneratorsTest {

  private static List<String> features(AdaptiveFeatureGenerator g, String sentence, int index) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, sentence.split(" "), index, new String[0]);
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Алматы     | Xx
      ҚР         | X
      2016       | d
      Е.А.       | X.X.
      iPhone     | xXx
      13%-ға     | d%-x
      Нұр-Сұлтан | Xx-Xx
      """)
  void shapes(String token, String shape) {
    assertEquals(shape, ShapeFeatureGenerator.shape(token));
  }

  @Test
  void shapeScriptAndKazakhLetters() {
    ShapeFeatureGenerator g = new ShapeFeatureGenerator();
    assertEquals(List.of("sh=Xx", "sc=cyr", "kz"), features(g, "Қасым", 0));
    assertEquals(List.of("sh=Xx", "sc=cyr"), features(g, "Москва", 0));
    assertEquals(List.of("sh=Xx", "sc=lat"), features(g, "Almaty", 0));
    assertEquals(List.of("sh=Xx", "sc=mix"), features(g, "Kaspiбанк", 0));
    assertEquals(List.of("sh=,"), features(g, ",", 0));
  }

  @Test
  void affixesOfTheLowerCasedToken() {
    AffixFeatureGenerator g = new AffixFeatureGenerator(3, 2);
    assertEquals(List.of("pf1=а", "pf2=ал", "pf3=алм", "sf1=а", "sf2=да"), features(g, "Алматыда", 0));
    assertEquals(List.of("pf1=о", "sf1=н"), features(g, "Он", 0));
    assertEquals(List.of(), features(g, "—", 0));
  }

  @Test
  void stemsShareInflectedForms() {
    StemFeatureGenerator ru = new StemFeatureGenerator(Language.RUSSIAN);
    assertEquals(features(ru, "Москва", 0), features(ru, "Москвой", 0));
    StemFeatureGenerator kk = new StemFeatureGenerator(Language.KAZAKH);
    assertEquals(features(kk, "Алматы", 0), features(kk, "Алматыда", 0));
    assertEquals(features(kk, "Францияның", 0), features(kk, "Францияға", 0));
    assertEquals(List.of(), features(kk, "5", 0));
  }

  @Test
  void gazetteerMarksMultiWordAndInflectedEntries() {
    GazetteerFeatureGenerator kk = new GazetteerFeatureGenerator(Language.KAZAKH, 0);
    String s = "Оңтүстік Қазақстан облысында Қасым университетінде оқыды";
    assertTrue(features(kk, s, 0).contains("gz=region:B"), features(kk, s, 0).toString());
    assertTrue(features(kk, s, 1).contains("gz=region:I"));
    assertTrue(features(kk, s, 1).contains("gz=country:U"), "Қазақстан is also a country");
    assertTrue(features(kk, s, 2).contains("gz=region:L"));
    assertTrue(features(kk, s, 3).contains("gz=first_name:U"));
    assertTrue(features(kk, s, 4).contains("gz=org_head:U"));
    assertEquals(List.of(), features(kk, s, 5));
    GazetteerFeatureGenerator ru = new GazetteerFeatureGenerator(Language.RUSSIAN, 0);
    String r = "в Карагандинской области и Франции";
    assertEquals(List.of("gz=region:B", "gz=place_adjective:U"), features(ru, r, 1));
    assertEquals(List.of("gz=region:L"), features(ru, r, 2));
    assertEquals(List.of("gz=country:U"), features(ru, r, 4));
    assertEquals(List.of("gz=place_adjective:U"), features(ru, "по британским данным", 1));
  }

  @Test
  void lookaheadMarksTheStartOfLongOrganizationNames() {
    GazetteerFeatureGenerator g = new GazetteerFeatureGenerator(Language.KAZAKH, 4);
    String s = "Қазақстан Республикасы Денсаулық сақтау министрлігі , ал университет";
    assertTrue(features(g, s, 0).contains("gz>org_head+4"), features(g, s, 0).toString());
    assertTrue(features(g, s, 3).contains("gz>org_head+1"));
    assertTrue(features(g, s, 4).contains("gz=org_head:U"));
    // The comma stops the lookahead: «министрлігі , ал университет» is not one name.
    assertTrue(features(g, s, 4).stream().noneMatch(f -> f.startsWith("gz>")), features(g, s, 4).toString());
    assertEquals(List.of("gz>org_head+1"), features(g, s, 6));
  }

  @Test
  void tokenFeatureSetAssemblesWindowsFromOncePerSentenceFeatures() {
    TokenFeatureSet g = new TokenFeatureSet(Language.RUSSIAN, 2, 1, 1, 1, 2, 2, 4);
    String s = "Вчера в Москве открылся университет";
    List<String> f = features(g, s, 2);
    assertEquals(List.of("p2w=вчера", "p1w=в", "w=москве", "n1w=открылся", "n2w=университет",
        "p1sh=x", "sh=Xx",
        "n1sh=x", "sc=cyr", "pf1=м", "pf2=мо", "sf1=е", "sf2=ве", "st=" + new Stemmer(Language.RUSSIAN)
            .stem("Москве"), "n1st=" + new Stemmer(Language.RUSSIAN).stem("открылся"), "gz=city:U",
                "gz>org_head+2"),
        f);
    // One-letter words have no stem feature (p1st is missing above).
  }

  @Test
  void generatorsAreBuiltFromTheBundledDescriptor() throws Exception {
    NerFeatures.register();
    for (Language l : List.of(Language.KAZAKH, Language.RUSSIAN)) {
      AdaptiveFeatureGenerator g = GeneratorFactory.create(
          new java.io.ByteArrayInputStream(NerFeatures.descriptor(l)), name -> null);
      List<String> f = new ArrayList<>();
      String city = l == Language.KAZAKH ? "Алматыда" : "Москве";
      g.createFeatures(f, new String[] {city, "жиын", "өтті"}, 0, new String[0]);
      assertTrue(f.contains("st=" + new Stemmer(l).stem(city)), f.toString());
      assertTrue(f.stream().anyMatch(x -> x.contains("gz=city")), f.toString());
    }
    assertThrows(IllegalArgumentException.class, () -> NerFeatures.descriptor(Language.OTHER));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      алматыда        | алмат
      алматы          | алмат
      францияның      | франция
      қазақстанның    | қазақстан
      қазақстанда     | қазақстан
      балаларымызда   | бала
      университеті    | университет
      облысында       | облыс
      астанадағы      | астана
      ана             | ана
      """)
  void kazakhSuffixStripper(String word, String stem) {
    assertEquals(stem, KazakhSuffixStripper.strip(word));
  }

  @ParameterizedTest(name = "[{index}] {0} has {1}")
  @CsvSource(delimiter = '|', textBlock = """
      алматы            | алматыда
      алматы            | алматының
      алматы            | алматыдағы
      қазақстан         | қазақстанның
      қазақстан         | қазақстанға
      қазақстан         | қазақстанмен
      париж             | парижге
      бішкек            | бішкекке
      мәскеу            | мәскеуде
      облыс             | облысында
      министрлік        | министрлігі
      қарағанды облысы  | қарағанды облысында
      ақш               | ақш-қа
      """)
  void kazakhInflections(String base, String form) {
    assertTrue(Inflector.forms(base, Language.KAZAKH).contains(form), Inflector.forms(base, Language.KAZAKH)
        .toString());
  }

  @ParameterizedTest(name = "[{index}] {0} has {1}")
  @CsvSource(delimiter = '|', textBlock = """
      москва                  | москвой
      казахстан               | казахстаном
      россия                  | россии
      казань                  | казанью
      сергей                  | сергея
      карагандинская область  | карагандинской области
      назарбаев               | назарбаевым
      британский              | британской
      московский              | московских
      алматы                  | алматы
      """)
  void russianInflections(String base, String form) {
    assertTrue(Inflector.forms(base, Language.RUSSIAN).contains(form), Inflector.forms(base, Language.RUSSIAN)
        .toString());
  }

  @Test
  void gazetteersAreLoadedForBothLanguages() {
    assertTrue(Gazetteer.forLanguage(Language.KAZAKH).size() > 10_000);
    assertTrue(Gazetteer.forLanguage(Language.RUSSIAN).size() > 5_000);
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.forLanguage(Language.OTHER));
  }
}
