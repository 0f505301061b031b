package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.taldau.Document;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.ProcessingLimits;
import kz.taldau.Sentence;
import kz.taldau.models.DefaultModels;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The shipped models decoded by {@link NameDecoder} give exactly NameFinderME's names and probabilities on
 * every sentence of KazNERD's validation file and of NEREL dev. Skips when the corpora are absent
 * ({@code -Dtaldau.corpora=DIR} points elsewhere than {@code ../../shared/corpora}).
 */
class ShippedDecoderIT {
  private static final Path CORPORA = Path.of(System.getProperty("taldau.corpora", "../../shared/corpora"));

  @Test
  void kazakhOnKazNerd() throws IOException {
    Path f = CORPORA.resolve("kaznerd/IOB2_valid.txt");
    assumeTrue(Files.exists(f), "KazNERD not available");
    List<String[]> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(f)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current.toArray(new String[0]));
        }
        current.clear();
      } else {
        current.add(line.split("\\s+")[0]);
      }
    }
    assertEquals(11_167, sentences.size());
    assertSameNames(Language.KAZAKH, sentences);
  }

  @Test
  void russianOnNerelDev() throws IOException {
    Path dir = CORPORA.resolve("nerel/dev");
    assumeTrue(Files.isDirectory(dir), "NEREL not available");
    Pipeline segmenter = Pipeline.builder().build();
    List<String[]> sentences = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      Document d = segmenter.process(Files.readString(file));
      for (Sentence s : d.sentences()) {
        String[] tokens = new String[s.endToken() - s.firstToken()];
        for (int i = 0; i < tokens.length; i++) {
          tokens[i] = d.tokens().get(s.firstToken() + i).form();
        }
        sentences.add(tokens);
      }
    }
    assertEquals(94, files.size());
    assertSameNames(Language.RUSSIAN, sentences);
  }

  private static void assertSameNames(Language language, List<String[]> sentences) {
    TokenNameFinderModel model = DefaultModels.tagger(language, ProcessingLimits.defaults()).model().model();
    NerFeatures.register();
    NameFinderME reference = new NameFinderME(model);
    NameDecoder decoder = NameDecoder.of(model);
    assertInstanceOf(NameDecoder.Perceptron.class, decoder);
    for (String[] tokens : sentences) {
      Span[] expected = reference.find(tokens);
      reference.clearAdaptiveData();
      Span[] actual = decoder.find(tokens);
      decoder.clearAdaptiveData();
      assertArrayEquals(expected, actual, () -> String.join(" ", tokens));
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k].getProb(), actual[k].getProb(), 0.0);
      }
    }
  }
}
