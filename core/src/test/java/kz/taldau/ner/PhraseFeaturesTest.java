package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.taldau.Language;
import org.junit.jupiter.api.Test;

/** Invented sentences, written for these tests. */
class PhraseFeaturesTest {

  private static List<List<String>> quotes(String sentence) {
    String[] t = sentence.split(" ");
    List<List<String>> out = PhraseFeatures.empty(t.length);
    PhraseFeatures.quotes(t, lower(t), out);
    return out;
  }

  private static List<List<String>> runs(String sentence) {
    String[] t = sentence.split(" ");
    List<List<String>> out = PhraseFeatures.empty(t.length);
    PhraseFeatures.capitalRuns(t, lower(t), out);
    return out;
  }

  private static String[] lower(String[] t) {
    String[] l = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      l[i] = Stemmer.lower(t[i]);
    }
    return l;
  }

  @Test
  void quotedSpanPositionLengthAndTheWordBeforeIt() {
    List<List<String>> f = quotes("Акции компании \" Зелёный Луч \" выросли");
    assertEquals(List.of("q=open"), f.get(2));
    assertEquals(List.of("q=in", "qp=B", "ql=2", "qw=компании"), f.get(3));
    assertEquals(List.of("q=in", "qp=L", "ql=2", "qw=компании"), f.get(4));
    assertEquals(List.of("q=close"), f.get(5));
    assertEquals(List.of(), f.get(1));
    assertEquals(List.of(), f.get(6));
  }

  @Test
  void rawGuillemetsAndSeveralSpans() {
    List<List<String>> f = quotes("« Северный ветер » и « Полярная звезда » подписали договор");
    assertTrue(f.get(1).contains("qw=^"), f.get(1).toString());
    assertEquals(List.of(), f.get(4), "«и» between two quoted names is outside");
    assertTrue(f.get(6).contains("qw=и"), f.get(6).toString());
    assertTrue(f.get(7).contains("qp=L"));
    assertEquals(List.of(), f.get(9));
  }

  @Test
  void nestedQuotes() {
    List<List<String>> f = quotes("ООО \" Фирма \" Ромашка \" \" закрылось");
    assertTrue(f.get(2).contains("qp=B"), f.get(2).toString());
    assertTrue(f.get(2).contains("qw=ооо"));
    assertTrue(f.get(4).contains("qw=фирма"), "the inner span names the word before its own quote");
    assertTrue(f.get(4).contains("qp=U"));
    assertTrue(f.get(6).contains("q=close"));
    assertEquals(List.of(), f.get(7));
  }

  @Test
  void anUnbalancedQuoteFallsBackToPlainPairs() {
    List<List<String>> f = quotes("Он сказал \" Завтра \" Иван приедет");
    assertTrue(f.get(3).contains("q=in"), f.get(3).toString());
    assertFalse(f.get(5).contains("q=in"), f.get(5).toString());
    List<List<String>> open = quotes("Он прочитал \" Новую книгу");
    assertTrue(open.stream().allMatch(List::isEmpty), "a quote never closed marks nothing");
  }

  @Test
  void capitalRuns() {
    List<List<String>> f = runs("Вчера министр Пётр Иванович Сидоров посетил Томск .");
    assertEquals(List.of("cr=1", "crp=U", "crw=^"), f.get(0));
    assertEquals(List.of(), f.get(1));
    assertEquals(List.of("cr=3", "crp=B", "crw=министр"), f.get(2));
    assertEquals(List.of("cr=3", "crp=I", "crw=министр"), f.get(3));
    assertEquals(List.of("cr=3", "crp=L", "crw=министр"), f.get(4));
    assertEquals(List.of("cr=1", "crp=U", "crw=посетил"), f.get(6));
    assertEquals(List.of(), f.get(7));
    assertEquals(List.of("cr=1", "crp=U", "crw=\""), runs("Он сказал \" Привет").get(3));
  }

  @Test
  void tokenFeatureSetAddsTheOptInFeaturesOnlyWhenAsked() {
    String[] t = "Акции компании \" Зелёный Луч \" выросли".split(" ");
    TokenFeatureSet plain = new TokenFeatureSet(Language.RUSSIAN, 2, 2, 1, 1, 5, 5, 4);
    TokenFeatureSet phrases = new TokenFeatureSet(Language.RUSSIAN, 2, 2, 1, 1, 5, 5, 4, true, true, false, 0, null, 1,
        new int[0], 0, true, false);
    List<String> a = new ArrayList<>();
    plain.createFeatures(a, t, 3, new String[0]);
    List<String> b = new ArrayList<>();
    phrases.createFeatures(b, t, 3, new String[0]);
    assertTrue(a.stream().noneMatch(x -> x.startsWith("q") || x.startsWith("cr")), a.toString());
    List<String> extra = new ArrayList<>(b);
    extra.removeAll(a);
    assertEquals(List.of("q=in", "qp=B", "ql=2", "qw=компании", "cr=2", "crp=B", "crw=\""), extra);
  }

  @Test
  void namePairsMarkCaseChangesAndFirstNames() {
    String[] t = "директор института Кулибина Ольга Петрова выступила".split(" ");
    List<List<String>> gaz = new ArrayList<>();
    for (String x : t) {
      gaz.add(x.equals("Ольга") ? List.of("gz=first_name:U") : List.of());
    }
    List<List<String>> out = PhraseFeatures.empty(t.length);
    PhraseFeatures.namePairs(t, lower(t), gaz, out);
    assertEquals(List.of(), out.get(2), "the token before is lower-case");
    assertEquals(List.of("np=на|га", "np=fn"), out.get(3));
    assertEquals(List.of("np=га|ва"), out.get(4));
    assertEquals(List.of(), out.get(5));
  }

  @Test
  void headLookbehindMarksTheTailOfOrganizationNames() {
    String[] t = "служба по надзору в сфере связи , а также".split(" ");
    List<List<String>> gaz = new ArrayList<>();
    for (String x : t) {
      gaz.add(x.equals("служба") ? List.of("gz=org_head:U") : List.of());
    }
    List<List<String>> out = PhraseFeatures.empty(t.length);
    PhraseFeatures.headBehind(t, gaz, 4, out);
    assertEquals(List.of(), out.get(0));
    assertEquals(List.of("gz<org_head-1"), out.get(1));
    assertEquals(List.of("gz<org_head-4"), out.get(4));
    assertEquals(List.of(), out.get(5), "beyond the lookbehind");
    assertEquals(List.of(), out.get(7), "the comma ends the name");
  }

  @Test
  void workHeadsAreLevelTwoLabelsWithTheirOwnLookbehind() {
    String[] t = "показали фильм « Тишина » и альбом".split(" ");
    List<List<String>> gaz = new ArrayList<>();
    GazetteerFeatureGenerator level2 = new GazetteerFeatureGenerator(Language.RUSSIAN, 0, 2);
    GazetteerFeatureGenerator level1 = new GazetteerFeatureGenerator(Language.RUSSIAN, 0, 1);
    for (int i = 0; i < t.length; i++) {
      List<String> g = new ArrayList<>();
      level2.createFeatures(g, t, i, new String[0]);
      gaz.add(g);
      List<String> old = new ArrayList<>();
      level1.createFeatures(old, t, i, new String[0]);
      assertTrue(old.stream().noneMatch(x -> x.contains("work_head")), "level 1: " + old);
    }
    assertEquals(List.of("gz=work_head:U"), gaz.get(1));
    List<List<String>> out = PhraseFeatures.empty(t.length);
    PhraseFeatures.headBehind(t, gaz, 6, out);
    assertEquals(List.of("gz<work_head-2"), out.get(3));
    assertEquals(List.of("gz<work_head-4"), out.get(5));
    assertEquals(List.of(), out.get(1));
  }

  @Test
  void theExtendedGazetteerIsOptIn() {
    // Ярославль is only in the extension list; the plain lists, which kk-ner-news@1 was trained with,
    // stay as they were.
    GazetteerFeatureGenerator plain = new GazetteerFeatureGenerator(Language.RUSSIAN, 0);
    GazetteerFeatureGenerator extended = new GazetteerFeatureGenerator(Language.RUSSIAN, 0, 1);
    String[] t = {"в", "Ярославле", "играл", "оркестр"};
    List<String> a = new ArrayList<>();
    plain.createFeatures(a, t, 1, new String[0]);
    List<String> b = new ArrayList<>();
    extended.createFeatures(b, t, 1, new String[0]);
    assertEquals(List.of(), a);
    assertEquals(List.of("gz=city:U"), b);
    assertTrue(Gazetteer.forLanguage(Language.RUSSIAN, 1).size() > Gazetteer.forLanguage(Language.RUSSIAN).size());
    assertEquals(Gazetteer.forLanguage(Language.KAZAKH).lookup("ярославль"), 0);
  }

  @Test
  void clusterPathPrefixesOfTheTokenAndItsNeighbours() throws Exception {
    WordClusters c = WordClusters.bundled("test-clusters.tsv");
    assertEquals("0101", c.path("москва"));
    TokenFeatureSet g = new TokenFeatureSet(Language.RUSSIAN, 0, 0, 0, 0, 0, 0, 0, false, false, false, 0, c, 1,
        new int[] {2, 3}, 0, true, false);
    List<String> f = new ArrayList<>();
    g.createFeatures(f, "Он сказал Москва".split(" "), 2, new String[0]);
    assertTrue(f.containsAll(List.of("p1bc2=11", "p1bc3=111", "p1bc=1110", "bc2=01", "bc3=010", "bc=0101")),
        f.toString());
    assertThrows(opennlp.tools.util.InvalidFormatException.class, () -> WordClusters.bundled("none.tsv"));
  }
}
