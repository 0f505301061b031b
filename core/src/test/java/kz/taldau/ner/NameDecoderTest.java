package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import kz.taldau.Language;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The fast perceptron decoder finds exactly what OpenNLP's NameFinderME finds, with the same scores. */
class NameDecoderTest {

  @Test
  void perceptronWithTaldauFeaturesMatchesNameFinderMe() {
    for (Language language : List.of(Language.KAZAKH, Language.RUSSIAN)) {
      TokenNameFinderModel model = TinyModels.train(language);
      NameDecoder decoder = NameDecoder.of(model);
      assertInstanceOf(NameDecoder.Perceptron.class, decoder);
      assertSame(model, decoder, sentences(language, 400, 60));
    }
  }

  @Test
  void bioCodecMatches() {
    TokenNameFinderModel model = TinyModels.train(Language.RUSSIAN, "PERCEPTRON", new BioCodec(),
        NerFeatures.descriptor(Language.RUSSIAN));
    assertSame(model, NameDecoder.of(model), sentences(Language.RUSSIAN, 300, 61));
  }

  @Test
  void everyOptInFeatureMatches() {
    // The opt-in phrase, cluster, extended-gazetteer and morphology features go through TokenFeatureSet's
    // context part.
    String xml = new String(NerFeatures.descriptor(Language.RUSSIAN), java.nio.charset.StandardCharsets.UTF_8)
        .replace("<int name=\"lookahead\">4</int>", "<int name=\"lookahead\">4</int>"
            + "<bool name=\"quotes\">true</bool><bool name=\"capitalRuns\">true</bool>"
            + "<bool name=\"namePairs\">true</bool><int name=\"lookbehind\">3</int>"
            + "<str name=\"clusters\">test-clusters.tsv</str><bool name=\"extendedGazetteer\">true</bool>"
            + "<bool name=\"morphology\">true</bool>");
    assertTrue(xml.contains("test-clusters.tsv"), "the descriptor was changed");
    TokenNameFinderModel model = TinyModels.train(Language.RUSSIAN, "PERCEPTRON", new BilouCodec(),
        xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    NameDecoder decoder = NameDecoder.of(model);
    assertInstanceOf(NameDecoder.Perceptron.class, decoder);
    List<String[]> sentences = sentences(Language.RUSSIAN, 300, 66);
    sentences.add("Компания « Альфа Банк » в Москве и Казани сказал Иван Петров .".split(" "));
    assertSame(model, decoder, sentences);
  }

  @Test
  void openNlpDefaultFeaturesTakeTheGeneralPath() {
    // No TokenFeatureSet in the descriptor: every feature goes through the generators as strings.
    TokenNameFinderModel model = TinyModels.train(Language.RUSSIAN, "PERCEPTRON", new BilouCodec(), null);
    NameDecoder decoder = NameDecoder.of(model);
    assertInstanceOf(NameDecoder.Perceptron.class, decoder);
    assertSame(model, decoder, sentences(Language.RUSSIAN, 300, 62));
  }

  @Test
  void maxentModelsUseNameFinderMe() {
    TokenNameFinderModel model = TinyModels.train(Language.KAZAKH, "MAXENT", new BilouCodec(),
        NerFeatures.descriptor(Language.KAZAKH));
    NameDecoder decoder = NameDecoder.of(model);
    assertInstanceOf(NameDecoder.OpenNlp.class, decoder);
    assertSame(model, decoder, sentences(Language.KAZAKH, 50, 63));
  }

  @Test
  void moreDistinctWordsThanTheCacheHolds() {
    // 40,000 invented words: the word cache is emptied on the way and must not change a result.
    TokenNameFinderModel model = TinyModels.train(Language.RUSSIAN);
    List<String[]> sentences = new ArrayList<>();
    Random random = new Random(64);
    for (int s = 0; s < 1000; s++) {
      String[] tokens = new String[40];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = i % 7 == 0 ? "посетил" : (random.nextBoolean() ? "Слово" : "слово") + (s * 40 + i);
      }
      sentences.add(tokens);
    }
    assertSame(model, NameDecoder.of(model), sentences);
  }

  @Test
  void kthLargestIsWhatSortingGives() {
    Random random = new Random(65);
    for (int round = 0; round < 10_000; round++) {
      double[] values = new double[1 + random.nextInt(12)];
      for (int i = 0; i < values.length; i++) {
        // Few distinct values, so that duplicates are common.
        values[i] = random.nextInt(5) / 4.0;
      }
      int k = 1 + random.nextInt(values.length);
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      assertEquals(sorted[values.length - k], NameDecoder.Perceptron.kthLargest(values, k, new double[k]));
    }
  }

  @Test
  void emptySentence() {
    NameDecoder decoder = NameDecoder.of(TinyModels.train(Language.KAZAKH));
    assertEquals(0, decoder.find(new String[0]).length);
  }

  /** Both decoders on every sentence, each cleared after it as the tagger does. */
  private static void assertSame(TokenNameFinderModel model, NameDecoder decoder, List<String[]> sentences) {
    NameFinderME reference = new NameFinderME(model);
    int names = 0;
    for (String[] tokens : sentences) {
      Span[] expected = reference.find(tokens);
      reference.clearAdaptiveData();
      Span[] actual = decoder.find(tokens);
      decoder.clearAdaptiveData();
      assertArrayEquals(expected, actual, () -> String.join(" ", tokens));
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k].getProb(), actual[k].getProb(), 0.0, String.join(" ", tokens));
      }
      names += expected.length;
    }
    assertTrue(names > 0, "the sentences should contain names the model finds");
  }

  /**
   * The training sentences, then {@code extra} sentences mixing their tokens with invented ones in random
   * order, lengths 1 to 30.
   */
  private static List<String[]> sentences(Language language, int extra, long seed) {
    List<String[]> out = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>();
    for (NameSample sample : TinyModels.samples(language)) {
      out.add(sample.getSentence());
      vocabulary.addAll(List.of(sample.getSentence()));
    }
    vocabulary.addAll(List.of("«", "»", "2024", "ҚР", "ООО", "Жаңа", "новый", "-", "Әл-Фараби", "x"));
    Random random = new Random(seed);
    for (int s = 0; s < extra; s++) {
      String[] tokens = new String[1 + random.nextInt(30)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = vocabulary.get(random.nextInt(vocabulary.size()));
      }
      out.add(tokens);
    }
    return out;
  }

  @Test
  void bioSpansAreOpenNlpsSpansForAnySequence() {
    // Valid and invalid sequences alike (the beam never makes invalid ones, but the codec defines them).
    String[] names = {"other", "person-start", "person-cont", "location-start", "location-cont",
        "organization-start", "organization-cont"};
    NameDecoder.Perceptron.BioSpans bio = new NameDecoder.Perceptron.BioSpans(names);
    BioCodec codec = new BioCodec();
    Random random = new Random(7);
    for (int run = 0; run < 5_000; run++) {
      int[] outcomes = new int[random.nextInt(9)];
      String[] tags = new String[outcomes.length];
      for (int t = 0; t < outcomes.length; t++) {
        outcomes[t] = random.nextInt(names.length);
        tags[t] = names[outcomes[t]];
      }
      Span[] expected = codec.decode(Arrays.asList(tags));
      Span[] actual = bio.decode(outcomes);
      assertArrayEquals(expected, actual, Arrays.toString(tags));
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k].getType(), actual[k].getType(), Arrays.toString(tags));
      }
    }
  }
}
