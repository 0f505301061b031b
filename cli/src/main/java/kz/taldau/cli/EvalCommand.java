package kz.taldau.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.taldau.text.Utf8;
import kz.taldau.Document;
import kz.taldau.InputTooLargeException;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.BratReader;
import kz.taldau.corpus.ConllReader;
import kz.taldau.corpus.CorpusFormat;
import kz.taldau.corpus.CorpusReader;
import kz.taldau.corpus.DevSplit;
import kz.taldau.corpus.TagScheme;
import kz.taldau.corpus.TypeMapping;
import kz.taldau.eval.EvaluationReport;
import kz.taldau.eval.HtmlReport;
import kz.taldau.eval.JsonReport;
import kz.taldau.eval.MarkdownReport;
import kz.taldau.eval.Prediction;
import kz.taldau.eval.ReportInfo;
import kz.taldau.eval.Scorer;
import kz.taldau.eval.ScoringOptions;
import kz.taldau.eval.TextReport;
import kz.taldau.json.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taldau eval}: runs the default pipeline on annotated documents (or reads saved {@code taldau
 * extract}
 * output) and prints precision, recall and F1 per type with confidence intervals and the error list.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score the pipeline (or saved extract output) against annotated documents.",
        "Formats: json (the project's annotated articles, .json/.jsonl or a directory), "
            + "conll (token-per-line "
            + "IOB2, e.g. KazNERD), brat (.txt+.ann, e.g. NEREL), factrueval (factRuEval-2016 devset)."})
public final class EvalCommand implements Callable<Integer> {
  private static final Set<String> PROJECT_TYPES = new LinkedHashSet<>(List.of("PER", "ORG", "LOC", "MONEY",
      "PERCENT", "RATIO", "QUANTITY", "DATE"));

  @Option(names = "--gold", required = true, paramLabel = "PATH", description = "annotated file or directory")
  Path gold;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, json, conll, brat or factrueval (default: ${DEFAULT-VALUE}: from the path)")
  String format;

  @Option(names = "--lang", defaultValue = "auto",
      description = "auto, kk or ru: forces the pipeline's language "
      + "(default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "score only these types: PER,ORG,LOC,MONEY,PERCENT,RATIO,QUANTITY,DATE")
  List<String> types;

  @Option(names = "--split", defaultValue = "all",
      description = "CoNLL only: dev (every 10th sentence; by id number for KazNERD's "
          + "with_sentID files, keeping twins together), train or "
      + "all (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--limit", paramLabel = "N",
      description = "score only the first N documents (after --split)")
  Integer limit;

  @Option(names = "--system", paramLabel = "FILE",
      description = "score saved `taldau extract` JSON/JSONL output "
      + "(a file or a directory) instead of running the pipeline; documents are matched by id, then by text")
  Path system;

  @Option(names = "--json", paramLabel = "FILE", description = "write the machine-readable report")
  Path json;

  @Option(names = "--html", paramLabel = "FILE", description = "write a self-contained HTML report")
  Path html;

  @Option(names = "--markdown", paramLabel = "FILE", description = "write a Markdown report")
  Path markdown;

  @Option(names = "--map", paramLabel = "SRC=DST,...",
      description = "replace the format's type mapping, e.g. "
      + "PER=PER,ORG=ORG,LOC=LOC,MISC=... (targets PER/ORG/LOC are entities, others fact types)")
  String map;

  @Option(names = "--scheme", defaultValue = "IOB2",
      description = "CoNLL tag scheme: IOB1, IOB2, IOBES or BILOU "
      + "(default: ${DEFAULT-VALUE})")
  TagScheme scheme;

  @Option(names = "--skip-malformed", description = "BRAT: report malformed .ann lines on stderr and go on")
  boolean skipMalformed;

  @Option(names = "--max-errors", defaultValue = "200", paramLabel = "N",
      description = "errors of each kind listed in the HTML and Markdown reports (default: ${DEFAULT-VALUE})")
  int maxErrors;

  @Option(names = "--resamples", defaultValue = "1000", paramLabel = "N",
      description = "bootstrap resamples for the 95%% intervals, 0 for none (default: ${DEFAULT-VALUE})")
  int resamples;

  @Option(names = "--seed", defaultValue = "42", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try {
      CorpusFormat fmt = format.equalsIgnoreCase("auto") ? detect(gold) : CorpusFormat.parse(format);
      Optional<Language> language = lang.equalsIgnoreCase("auto") ? Optional.empty()
          : Optional.of(ExtractCommand.parseLang(lang));
      DevSplit devSplit = DevSplit.parse(split);
      if (devSplit != DevSplit.ALL && fmt != CorpusFormat.CONLL) {
        throw new IllegalArgumentException("--split " + split + " applies to CoNLL sentence files only");
      }
      ScoringOptions options = ScoringOptions.defaults().withBootstrap(resamples, seed);
      if (types != null) {
        options = options.withTypes(parseTypes(types));
      }
      if (limit != null && limit < 0) {
        throw new IllegalArgumentException("--limit must be >= 0: " + limit);
      }

      List<AnnotatedDocument> docs = reader(fmt, language, err).read(gold);
      docs = devSplit.selectSentences(docs);
      if (limit != null && docs.size() > limit) {
        docs = docs.subList(0, limit);
      }
      String unit = fmt == CorpusFormat.CONLL ? "sentence" : "document";
      List<Prediction> predictions = system != null ? readSystem(system, docs)
          : run(docs, language, unit + "s", err);
      EvaluationReport report = new Scorer(options).score(docs, predictions);
      double seconds = (System.nanoTime() - started) / 1e9;
      ReportInfo info = new ReportInfo(gold.toString(), fmt.name().toLowerCase(Locale.ROOT),
          system != null ? system.toString() : "pipeline", lang, devSplit.name().toLowerCase(Locale.ROOT),
          unit, seconds);
      TextReport.write(report, info, spec.commandLine().getOut());
      if (json != null) {
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
          JsonReport.write(report, info, w);
        }
      }
      if (html != null) {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(html, StandardCharsets.UTF_8))) {
          HtmlReport.write(report, info, maxErrors, w);
        }
      }
      if (markdown != null) {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(markdown, StandardCharsets.UTF_8))) {
          MarkdownReport.write(report, info, maxErrors, w);
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("taldau eval: " + e.getMessage());
      return 2;
    } catch (NoSuchFileException e) {
      err.println("taldau eval: " + e.getFile() + ": no such file");
      return 1;
    } catch (IOException e) {
      err.println("taldau eval: " + e.getMessage());
      return 1;
    }
  }

  private CorpusReader reader(CorpusFormat fmt, Optional<Language> language, PrintWriter err) {
    TypeMapping mapping = map != null ? TypeMapping.parse(map) : fmt.defaultMapping();
    if (fmt == CorpusFormat.CONLL) {
      return new ConllReader(mapping, scheme, language);
    }
    if (fmt == CorpusFormat.BRAT && skipMalformed) {
      return BratReader.lenient(mapping, language, e -> err.println("taldau eval: skipped "
          + e.getMessage()));
    }
    return fmt.reader(mapping, language);
  }

  /** The format of {@code path}: json for .json/.jsonl, brat/factrueval/json for directories, else conll. */
  static CorpusFormat detect(Path path) throws IOException {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (!Files.isDirectory(path)) {
      if (name.endsWith(".json") || name.endsWith(".jsonl")) {
        return CorpusFormat.JSON;
      }
      if (name.endsWith(".ann")) {
        return CorpusFormat.BRAT;
      }
      return CorpusFormat.CONLL;
    }
    try (Stream<Path> s = Files.list(path)) {
      List<String> names = s.map(p -> p.getFileName().toString()).toList();
      if (names.stream().anyMatch(n -> n.endsWith(".tokens"))) {
        return CorpusFormat.FACTRUEVAL;
      }
      if (names.stream().anyMatch(n -> n.endsWith(".ann"))) {
        return CorpusFormat.BRAT;
      }
      if (names.stream().anyMatch(n -> n.endsWith(".json") || n.endsWith(".jsonl"))) {
        return CorpusFormat.JSON;
      }
    }
    throw new IllegalArgumentException("cannot tell the format of directory " + path + ": use --format");
  }

  private static Set<String> parseTypes(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String t = n.trim().toUpperCase(Locale.ROOT);
      if (!PROJECT_TYPES.contains(t)) {
        throw new IllegalArgumentException("unknown type '" + n + "' in --types: use " + String.join(",",
            PROJECT_TYPES));
      }
      out.add(t);
    }
    return out;
  }

  /** Runs the pipeline: on the corpus's own tokens and sentences when it gives them, else on the raw text. */
  private static List<Prediction> run(List<AnnotatedDocument> docs, Optional<Language> language, String unit,
      PrintWriter err) {
    Pipeline pipeline = Pipelines.build(language.map(Language::tag).orElse("auto"));
    ProgressBar progress = new ProgressBar(err, docs.size(), unit);
    List<Prediction> out = new ArrayList<>(docs.size());
    for (AnnotatedDocument d : docs) {
      Document doc;
      try {
        doc = d.sentences().isPresent()
            ? pipeline.processSegmented(d.text(), d.sentences().get(), d.documentDate().orElse(null))
            : pipeline.process(d.text(), d.documentDate().orElse(null));
      } catch (InputTooLargeException e) {
        throw new IllegalArgumentException("document " + d.id() + ": " + e.getMessage(), e);
      }
      out.add(Prediction.of(doc.toBuilder().id(d.id()).build()));
      progress.step();
    }
    return out;
  }

  /** Reads saved extract output and pairs it with the gold documents, by id and then by identical text. */
  static List<Prediction> readSystem(Path path, List<AnnotatedDocument> docs) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted()
            .forEach(files::add);
      }
    } else {
      files.add(path);
    }
    Map<String, Document> byId = new HashMap<>();
    Map<String, Deque<Document>> byText = new HashMap<>();
    for (Path f : files) {
      String content = Utf8.read(f);
      try (JsonParser p = DocumentJson.mapper().createParser(content);
          MappingIterator<JsonNode> it = DocumentJson.mapper().readerFor(JsonNode.class).readValues(p)) {
        while (it.hasNextValue()) {
          JsonNode node = it.nextValue();
          Document d;
          try {
            d = DocumentJson.read(node);
          } catch (IOException e) {
            throw new IOException(f + ": " + e.getMessage(), e);
          }
          d.id().ifPresent(id -> byId.putIfAbsent(id, d));
          byText.computeIfAbsent(d.text(), k -> new ArrayDeque<>()).add(d);
        }
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        throw new IOException(f + ":" + line + ": malformed JSON: " + e.getOriginalMessage(), e);
      }
    }
    List<Prediction> out = new ArrayList<>(docs.size());
    for (AnnotatedDocument g : docs) {
      Document d = byId.get(g.id());
      if (d == null || !d.text().equals(g.text())) {
        Deque<Document> same = byText.get(g.text());
        d = same == null || same.isEmpty() ? null : same.poll();
      }
      if (d == null) {
        throw new IOException(path + ": no saved output for gold document " + g.id()
            + " (matched by id with the same text, or by identical text)");
      }
      out.add(Prediction.of(d));
    }
    return out;
  }

}
