package kz.taldau.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.taldau.Language;
import kz.taldau.ProcessingLimits;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.BratReader;
import kz.taldau.corpus.ConllReader;
import kz.taldau.corpus.DevSplit;
import kz.taldau.corpus.FactRuEvalReader;
import kz.taldau.corpus.TypeMapping;
import kz.taldau.model.Models;
import kz.taldau.models.train.DevScores;
import org.junit.jupiter.api.Test;

/**
 * Pins the dev scores of the shipped models (OpenNLP's AbstractEvalTest idea): the corpus checksums are
 * verified first, then exact-span micro-F1 and per-type F1 must equal the numbers in the model cards.
 * Skips when the corpora are absent; {@code -Dtaldau.corpora=DIR} points elsewhere than
 * {@code ../../shared/corpora} (relative to the module; {@code -Dtaldau.corpora=DIR} overrides). Run with {@code mvn -pl models -am test -Dtest=ShippedModelsEvalIT
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ShippedModelsEvalIT {
  private static final Path CORPORA = Path.of(System.getProperty("taldau.corpora", "../../shared/corpora"));

  /** with_sentID/IOB2_valid2.txt: the validation split with KazNERD sentence ids (twins kept together). */
  private static final String KAZNERD_SHA256 =
      "a78509fbd8b59e6f521320100cda26f14bc74b9edf9ee50a417dd99e149996da";
  private static final String NEREL_DEV_SHA256 =
      "756db63283fcaee0b90f58cbfef82c09c4d89de3782b9d9dc0e7437300912b0c";
  private static final String FACTRUEVAL_SHA256 =
      "40802557cf168ad3ff6c8229a558b3907021cfc1586808c88d71e073ae71048e";

  @Test
  void kazakhOnTheKazNerdDevSplit() throws IOException {
    Path f = CORPORA.resolve("kaznerd/IOB2_valid2.txt");
    assumeTrue(Files.exists(f), "KazNERD not available");
    assertEquals(KAZNERD_SHA256, Models.sha256(f));
    List<AnnotatedDocument> dev = DevSplit.DEV.selectSentences(ConllReader.kazNerd().read(f));
    DevScores.Report r = score(Language.KAZAKH, dev);
    assertScores(r, Pinned.KK_DEV);
  }

  @Test
  void russianOnNerelDev() throws IOException {
    Path d = CORPORA.resolve("nerel/dev");
    assumeTrue(Files.isDirectory(d), "NEREL not available");
    assertEquals(NEREL_DEV_SHA256, directorySha256(d));
    List<AnnotatedDocument> dev = BratReader.nerel().read(d);
    assertScores(score(Language.RUSSIAN, dev), Pinned.RU_NEREL_DEV);
  }

  @Test
  void russianOnTheHeldOutFactRuEvalDevset() throws IOException {
    Path d = CORPORA.resolve("factrueval/devset");
    assumeTrue(Files.isDirectory(d), "factRuEval not available");
    assertEquals(FACTRUEVAL_SHA256, directorySha256(d));
    List<AnnotatedDocument> docs = new FactRuEvalReader(TypeMapping.factRuEval()).read(d);
    assertScores(score(Language.RUSSIAN, docs), Pinned.RU_FACTRUEVAL);
  }

  private static DevScores.Report score(Language language, List<AnnotatedDocument> docs) {
    return DevScores.score(DefaultModels.tagger(language, ProcessingLimits.defaults()), language, docs);
  }

  private static void assertScores(DevScores.Report r, double[] pinned) {
    String table = r.markdown();
    assertEquals(pinned[0], r.micro().f1(), 1e-4, table);
    assertEquals(pinned[1], r.byType().get("PER").f1(), 1e-4, table);
    assertEquals(pinned[2], r.byType().get("ORG").f1(), 1e-4, table);
    assertEquals(pinned[3], r.byType().get("LOC").f1(), 1e-4, table);
  }

  /** The sha256 of {@code (cd DIR && find . -type f | LC_ALL=C sort | xargs sha256sum)}. */
  static String directorySha256(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      sb.append(Models.sha256(f)).append("  ./").append(dir.relativize(f).toString().replace('\\', '/'))
          .append('\n');
    }
    return Models.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Micro, PER, ORG and LOC F1 from the model cards. */
  private static final class Pinned {
    static final double[] KK_DEV = {0.9053, 0.9278, 0.7965, 0.9180};
    static final double[] RU_NEREL_DEV = {0.8638, 0.9207, 0.7369, 0.8846};
    static final double[] RU_FACTRUEVAL = {0.7876, 0.9223, 0.6325, 0.7947};
  }
}
