package kz.taldau.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the shared corpora when present and checks the counts their READMEs give. */
class SharedCorporaReadTest {
  private static final Path CORPORA = Path.of(System.getProperty("taldau.corpora", "../../shared/corpora"));

  @Test
  void kazNerdValidation() throws IOException {
    Path f = CORPORA.resolve("kaznerd/IOB2_valid.txt");
    assumeTrue(Files.exists(f), "KazNERD not available");
    List<AnnotatedDocument> docs = ConllReader.kazNerd().read(f);
    assertEquals(11_167, docs.size());
    assertEquals(129_223, docs.stream().mapToInt(d -> d.tokens().size()).sum());
    // PERSON 1352 + ORGANISATION 759 + GPE 1693 + LOCATION 204.
    assertEquals(4_008, docs.stream().mapToInt(d -> d.entities().orElseThrow().size()).sum());
    // MONEY 441 + PERCENTAGE 443 + DATE 2609 + CARDINAL 2886 + QUANTITY 407.
    assertEquals(6_786, docs.stream().mapToInt(d -> d.facts().orElseThrow().size()).sum());
    assertEquals(1_116, DevSplit.DEV.select(docs).size());
  }

  @Test
  void nerelDev() throws IOException {
    Path d = CORPORA.resolve("nerel/dev");
    assumeTrue(Files.isDirectory(d), "NEREL not available");
    List<AnnotatedDocument> docs = BratReader.nerel().read(d);
    assertEquals(94, docs.size());
  }

  @Test
  void factRuEvalDevset() throws IOException {
    Path d = CORPORA.resolve("factrueval/devset");
    assumeTrue(Files.isDirectory(d), "factRuEval not available");
    List<AnnotatedDocument> docs = FactRuEvalReader.standard().read(d);
    assertEquals(122, docs.size());
    assertEquals(1_769, docs.stream().mapToInt(x -> x.sentences().orElseThrow().size()).sum());
    assertEquals(30_940, docs.stream().mapToInt(x -> x.tokens().size()).sum());
  }
}
