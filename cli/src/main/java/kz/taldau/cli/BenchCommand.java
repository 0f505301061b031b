package kz.taldau.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.taldau.text.Utf8;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.Sentence;
import kz.taldau.TextInput;
import kz.taldau.Token;
import kz.taldau.fact.FactExtractor;
import kz.taldau.json.DocumentJson;
import kz.taldau.ner.EntityNormalizer;
import kz.taldau.ner.EntityTagger;
import kz.taldau.text.NormalizedText;
import kz.taldau.text.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taldau bench}: throughput of every pipeline stage and of the whole pipeline on 1 and N threads,
 * model load time, heap and allocation per article. Each measurement repeats the corpus for a fixed time
 * after a warm-up, so short corpora still give stable numbers.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure tokens/s and articles/s per stage and for the whole pipeline, model load time and heap.")
public final class BenchCommand implements Callable<Integer> {
  /** The project's own sample articles, bundled in the jar. */
  static final List<String> BUNDLED = List.of("kk-astana-export.txt", "ru-karaganda-investments.txt");

  @Option(names = "--corpus", description = "a directory of UTF-8 .txt articles, a .txt article, or a CoNLL "
      + "file (--format conll); default: the bundled samples")
  Path corpus;

  @Option(names = "--format", defaultValue = "txt", description = "txt or conll (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--sentences-per-article", defaultValue = "20",
      description = "CoNLL input: sentences grouped into one article (default: ${DEFAULT-VALUE})")
  int sentencesPerArticle;

  @Option(names = "--limit", description = "use at most this many articles")
  Integer limit;

  @Option(names = "--threads", description = "threads for the parallel run (default: available processors)")
  Integer threads;

  @Option(names = "--warmup", defaultValue = "3", description = "warm-up seconds per measurement")
  double warmupSeconds;

  @Option(names = "--seconds", defaultValue = "5", description = "measured seconds per measurement")
  double seconds;

  @Option(names = "--lang", defaultValue = "auto", description = "auto, kk or ru")
  String lang;

  @Option(names = "--scaling", description = "also time one document of 1x, 2x, 4x and 8x the corpus size")
  boolean scaling;

  @Option(names = "--json", description = "write the results as JSON to this file")
  Path json;

  @Spec
  CommandSpec spec;

  private final Map<String, Object> results = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipelines.build(lang);
    long loadMillis = (System.nanoTime() - t0) / 1_000_000;
    results.put("modelLoadMillis", loadMillis);
    results.put("entityLanguages", pipeline.entityLanguages().stream().map(Language::tag).sorted().toList());

    List<String> texts = load();
    if (limit != null && texts.size() > limit) {
      texts = texts.subList(0, limit);
    }
    if (texts.isEmpty()) {
      spec.commandLine().getErr().println("taldau bench: no articles in " + corpus);
      return 2;
    }
    Pipeline segmenter = Pipeline.builder().limits(pipeline.limits()).factExtractors(List.of()).build();
    List<Document> segmented = new ArrayList<>();
    long tokens = 0;
    long sentences = 0;
    long chars = 0;
    for (String t : texts) {
      Document d = segmenter.process(t);
      segmented.add(d);
      tokens += d.tokens().size();
      sentences += d.sentences().size();
      chars += t.length();
    }
    results.put("corpus", Map.of("source", corpus == null ? "bundled samples" : corpus.toString(),
        "articles", texts.size(), "sentences", sentences, "tokens", tokens, "chars", chars));
    out.printf("corpus: %s — %d articles, %d sentences, %d tokens%n", corpus == null ? "bundled samples" : corpus,
        texts.size(), sentences, tokens);
    out.printf("model load (default pipeline build): %d ms; NER languages: %s%n%n", loadMillis,
        results.get("entityLanguages"));
    out.printf("%-24s %14s %12s %14s%n", "stage", "tokens/s", "articles/s", "sentences/s");

    final List<String> corpusTexts = texts;
    final long totalTokens = tokens;
    final long totalSentences = sentences;
    Map<String, Object> stages = new LinkedHashMap<>();
    TextNormalizer normalizer = TextNormalizer.getInstance();
    List<NormalizedText> normalized = corpusTexts.stream().map(normalizer::normalize).toList();
    List<List<Token>> tokenized = normalized.stream().map(pipeline.tokenizer()::tokenize).toList();
    stage(out, stages, "normalize", totalTokens, texts.size(), totalSentences, () -> {
      for (String t : corpusTexts) {
        normalizer.normalize(t);
      }
    });
    stage(out, stages, "tokenize", totalTokens, texts.size(), totalSentences, () -> {
      for (NormalizedText nt : normalized) {
        pipeline.tokenizer().tokenize(nt);
      }
    });
    stage(out, stages, "sentences", totalTokens, texts.size(), totalSentences, () -> {
      for (int i = 0; i < normalized.size(); i++) {
        pipeline.sentenceSplitter().split(normalized.get(i), tokenized.get(i));
      }
    });
    stage(out, stages, "language id", totalTokens, texts.size(), totalSentences, () -> {
      for (Document d : segmented) {
        for (Sentence s : d.sentences()) {
          pipeline.languageIdentifier().identify(d.tokens(s));
        }
      }
    });
    // The NER input, grouped once: each document's sentences per language that has a tagger.
    record NerGroup(Document doc, Language language, EntityTagger tagger, List<Sentence> sentences) { }
    List<NerGroup> nerGroups = new ArrayList<>();
    for (Document d : segmented) {
      for (Language l : pipeline.entityLanguages()) {
        List<Sentence> ss = d.sentences().stream().filter(s -> s.language() == l).toList();
        if (!ss.isEmpty()) {
          nerGroups.add(new NerGroup(d, l, pipeline.entityTagger(l).orElseThrow(), ss));
        }
      }
    }
    List<EntityMention> mentions = new ArrayList<>();
    List<Language> mentionLanguages = new ArrayList<>();
    if (!pipeline.entityLanguages().isEmpty()) {
      stage(out, stages, "NER", totalTokens, texts.size(), totalSentences, () -> {
        for (NerGroup g : nerGroups) {
          g.tagger().tag(g.doc(), g.sentences());
        }
      });
      for (NerGroup g : nerGroups) {
        for (EntityMention m : g.tagger().tag(g.doc(), g.sentences())) {
          mentions.add(m);
          mentionLanguages.add(g.language());
        }
      }
    }
    if (pipeline.entityNormalizer().isPresent() && !mentions.isEmpty()) {
      EntityNormalizer en = pipeline.entityNormalizer().get();
      Map<String, Object> s = stage(out, stages, "entity normalization", totalTokens, texts.size(), totalSentences,
          () -> {
            for (int i = 0; i < mentions.size(); i++) {
              en.normalize(mentions.get(i), mentionLanguages.get(i));
            }
          });
      s.put("mentions", mentions.size());
    }
    if (!pipeline.factExtractors().isEmpty()) {
      stage(out, stages, "facts", totalTokens, texts.size(), totalSentences, () -> {
        for (Document d : segmented) {
          for (FactExtractor fe : pipeline.factExtractors()) {
            fe.extract(d);
          }
        }
      });
    }
    results.put("stages", stages);

    Map<String, Object> whole = new LinkedHashMap<>();
    Map<String, Object> tps = new LinkedHashMap<>();
    Map<String, Object> aps = new LinkedHashMap<>();
    List<TextInput> inputs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      inputs.add(TextInput.of(Integer.toString(i), texts.get(i)));
    }
    int copies = Math.max(1, (n * 64 + inputs.size() - 1) / inputs.size());
    List<TextInput> batch = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      batch.addAll(inputs);
    }
    Pass one = new Pass("pipeline, 1 thread", totalTokens, texts.size(), totalSentences, () -> {
      for (String t : corpusTexts) {
        pipeline.process(t);
      }
    });
    Pass many = new Pass("pipeline, " + n + " threads", totalTokens * copies, texts.size() * copies,
        totalSentences * copies, () -> {
          try (Stream<?> s = pipeline.processAll(batch.stream(), n)) {
            s.forEach(r -> { });
          }
        });
    List<Double> roundSpeedups = interleave(one, many);
    Map<String, Object> oneResult = one.report(out);
    Map<String, Object> manyResult = many.report(out);
    tps.put("threads1", oneResult.get("tokensPerSecond"));
    aps.put("threads1", oneResult.get("articlesPerSecond"));
    tps.put("threadsN", manyResult.get("tokensPerSecond"));
    aps.put("threadsN", manyResult.get("articlesPerSecond"));
    whole.put("threads", n);
    whole.put("tokensPerSecond", tps);
    whole.put("articlesPerSecond", aps);
    double speedup = ((Number) manyResult.get("tokensPerSecond")).doubleValue()
        / ((Number) oneResult.get("tokensPerSecond")).doubleValue();
    whole.put("speedup", Math.round(speedup * 100) / 100.0);
    List<Double> sorted = roundSpeedups.stream().sorted().toList();
    whole.put("speedupPerRound", roundSpeedups.stream().map(x -> Math.round(x * 100) / 100.0).toList());
    results.put("pipeline", whole);
    out.printf("%nspeed-up on %d threads: %.2fx (%d interleaved rounds: min %.2f, median %.2f, max %.2f)%n", n,
        speedup, sorted.size(), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));

    // Allocation per article, on this thread only (left out where the JVM cannot count it).
    long a0 = allocatedBytes();
    for (String t : corpusTexts) {
      pipeline.process(t);
    }
    long a1 = allocatedBytes();
    if (a0 >= 0) {
      long perArticle = (a1 - a0) / corpusTexts.size();
      results.put("allocationPerArticleBytes", perArticle);
      out.printf("allocation per article: %,d bytes%n", perArticle);
    }
    System.gc();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    Map<String, Object> heap = new LinkedHashMap<>();
    heap.put("usedAfterGcBytes", used);
    heap.put("peakBytes", peak);
    heap.put("maxBytes", Runtime.getRuntime().maxMemory());
    results.put("heap", heap);
    out.printf("heap: %,d MB used after GC, %,d MB peak (sum of pool peaks), %,d MB max%n", used >> 20, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);

    if (scaling) {
      results.put("scaling", scaling(out, pipeline, corpusTexts));
    }
    if (json != null) {
      ObjectNode node = DocumentJson.mapper().valueToTree(results);
      Files.writeString(json, DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node),
          StandardCharsets.UTF_8);
    }
    out.flush();
    return 0;
  }

  private Map<String, Object> scaling(PrintWriter out, Pipeline pipeline, List<String> texts) {
    String base = String.join("\n\n", texts);
    int max = pipeline.limits().maxChars();
    out.printf("%nscaling (one document, time per run):%n");
    Map<String, Object> rows = new LinkedHashMap<>();
    double first = 0;
    for (int factor : new int[] {1, 2, 4, 8}) {
      String doc = String.join("\n\n", Collections.nCopies(factor, base));
      if (doc.length() > max) {
        break;
      }
      for (int i = 0; i < 3; i++) {
        pipeline.process(doc);
      }
      int reps = 5;
      long t = System.nanoTime();
      for (int i = 0; i < reps; i++) {
        pipeline.process(doc);
      }
      double ms = (System.nanoTime() - t) / 1e6 / reps;
      if (factor == 1) {
        first = ms;
      }
      out.printf("  %dx (%,d chars): %.1f ms, %.2f x the 1x time%n", factor, doc.length(), ms, ms / first);
      rows.put(factor + "x", Map.of("chars", doc.length(), "millis", Math.round(ms * 10) / 10.0));
    }
    return rows;
  }

  /** One whole-pipeline measurement: passes over the corpus, their count and the time they took. */
  private static final class Pass {
    final String name;
    final long tokens;
    final int articles;
    final long sentences;
    final Runnable run;
    long passes;
    long nanos;

    Pass(String name, long tokens, int articles, long sentences, Runnable run) {
      this.name = name;
      this.tokens = tokens;
      this.articles = articles;
      this.sentences = sentences;
      this.run = run;
    }

    /** Runs passes for about {@code seconds}; returns this round's tokens per second. */
    double round(double seconds) {
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      long count = 0;
      long now;
      do {
        run.run();
        count++;
        now = System.nanoTime();
      } while (now < end);
      passes += count;
      nanos += now - start;
      return tokens * count / ((now - start) / 1e9);
    }

    Map<String, Object> report(PrintWriter out) {
      double secs = nanos / 1e9;
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("tokensPerSecond", Math.round(tokens * passes / secs));
      r.put("articlesPerSecond", Math.round(articles * passes / secs * 10) / 10.0);
      r.put("sentencesPerSecond", Math.round(sentences * passes / secs));
      out.printf("%-24s %,14d %,12.1f %,14d%n", name, r.get("tokensPerSecond"), r.get("articlesPerSecond"),
          r.get("sentencesPerSecond"));
      out.flush();
      return r;
    }
  }

  /**
   * Measures the 1-thread and the N-thread pipeline in alternating rounds of about a second each, for
   * {@code --seconds} in all per side, after warming both up: a virtual machine's speed drifts by tens of
   * percent within a minute, and measuring one side after the other would put that drift into the
   * speed-up. Returns each round's speed-up (N-thread rate / the 1-thread rate of the same round).
   */
  private List<Double> interleave(Pass one, Pass many) {
    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    do {
      one.run.run();
      many.run.run();
    } while (System.nanoTime() < warmEnd);
    int rounds = Math.max(1, (int) Math.round(seconds));
    List<Double> speedups = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double a = one.round(seconds / rounds);
      double b = many.round(seconds / rounds);
      speedups.add(b / a);
    }
    return speedups;
  }

  private Map<String, Object> stage(PrintWriter out, Map<String, Object> stages, String name, long tokens,
      int articles, long sentences, Runnable pass) {
    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    do {
      pass.run();
    } while (System.nanoTime() < warmEnd);
    Pass measured = new Pass(name, tokens, articles, sentences, pass);
    measured.round(seconds);
    Map<String, Object> r = measured.report(out);
    stages.put(name, r);
    return r;
  }

  private static long allocatedBytes() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
      return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }

  private List<String> load() throws IOException {
    List<String> texts = new ArrayList<>();
    if (corpus == null) {
      for (String name : BUNDLED) {
        try (InputStream in = BenchCommand.class.getResourceAsStream("samples/" + name)) {
          if (in == null) {
            throw new IllegalStateException("samples/" + name + " is missing: it is part of the taldau jar");
          }
          texts.add(Utf8.read(in, name));
        }
      }
      return texts;
    }
    if (format.equals("conll")) {
      return conllArticles(corpus);
    }
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Utf8.read(p));
        }
      }
    } else {
      texts.add(Utf8.read(corpus));
    }
    return texts;
  }

  /** CoNLL: the first column of each line is a token; blank lines end sentences. */
  private List<String> conllArticles(Path file) throws IOException {
    List<String> articles = new ArrayList<>();
    StringBuilder article = new StringBuilder();
    StringBuilder sentence = new StringBuilder();
    int inArticle = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder()))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          if (sentence.length() > 0) {
            article.append(sentence).append('\n');
            sentence.setLength(0);
            if (++inArticle == sentencesPerArticle) {
              articles.add(article.toString());
              article.setLength(0);
              inArticle = 0;
            }
          }
          continue;
        }
        int sp = line.indexOf(' ');
        sentence.append(sentence.length() > 0 ? " " : "").append(sp < 0 ? line : line.substring(0, sp));
      }
    }
    if (sentence.length() > 0) {
      article.append(sentence).append('\n');
    }
    if (article.length() > 0) {
      articles.add(article.toString());
    }
    return articles;
  }
}
