package kz.taldau.models;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.taldau.Document;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.ProcessingLimits;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.BratReader;
import kz.taldau.corpus.ConllReader;
import kz.taldau.corpus.DevSplit;
import kz.taldau.corpus.TypeMapping;
import kz.taldau.ner.EntityTagger;

/**
 * Measures the tagging speed of the shipped models on one thread: the dev documents are segmented once,
 * then the tagger alone (model and document pass) runs over them for a warm-up round and {@code rounds}
 * timed rounds. Thread CPU time is reported beside wall time because the build machine is shared.
 *
 * <pre>
 * java -cp "$(cat cp.txt):core/target/classes:models/target/classes:models/target/test-classes" \
 *     kz.taldau.models.NerBenchmark /work/shared/corpora 5
 * </pre>
 */
public final class NerBenchmark {
  private NerBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<AnnotatedDocument> kk = DevSplit.DEV.selectSentences(ConllReader.kazNerd().read(
        corpora.resolve("kaznerd/IOB2_valid2.txt")));
    List<AnnotatedDocument> ru = BratReader.lenient(TypeMapping.nerel(), Optional.of(Language.RUSSIAN),
        e -> { })
        .read(corpora.resolve("nerel/dev"));
    bench(Language.KAZAKH, kk, rounds);
    bench(Language.RUSSIAN, ru, rounds);
  }

  private static void bench(Language language, List<AnnotatedDocument> docs, int rounds) {
    Pipeline segmenter = Pipeline.builder().language(language).build();
    List<Document> segmented = new ArrayList<>();
    long tokens = 0;
    for (AnnotatedDocument d : docs) {
      Document doc = d.sentences().isPresent()
          ? segmenter.processSegmented(d.text(), d.sentences().get(), null) : segmenter.process(d.text());
      segmented.add(doc);
      tokens += doc.tokens().size();
    }
    EntityTagger tagger = DefaultModels.tagger(language, ProcessingLimits.defaults());
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double best = 0;
    for (int r = 0; r <= rounds; r++) {
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      int found = 0;
      for (Document d : segmented) {
        found += tagger.tag(d, d.sentences()).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
      if (r > 0) {
        best = Math.max(best, tokens / c);
      }
      System.out.printf(Locale.ROOT, "%s %s: %d tokens, %d entities, wall %.2f s (%.0f tokens/s), "
          + "thread CPU %.2f s (%.0f tokens/s)%n", language.tag(), r == 0 ? "warm-up" : "round " + r, tokens,
          found, s, tokens / s, c, tokens / c);
    }
    System.out.printf(Locale.ROOT, "%s best round: %.0f tokens/s of thread CPU time%n", language.tag(), best);
  }
}
