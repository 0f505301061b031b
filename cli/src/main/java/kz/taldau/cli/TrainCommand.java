package kz.taldau.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.taldau.Language;
import kz.taldau.LibraryVersion;
import kz.taldau.ProcessingLimits;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.BratReader;
import kz.taldau.corpus.CorpusFormat;
import kz.taldau.corpus.CorpusFormatException;
import kz.taldau.corpus.CorpusReader;
import kz.taldau.corpus.DevSplit;
import kz.taldau.model.ModelId;
import kz.taldau.model.ModelManifest;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import kz.taldau.models.train.DevScores;
import kz.taldau.models.train.ModelCard;
import kz.taldau.models.train.ModelWriter;
import kz.taldau.models.train.NameSamples;
import kz.taldau.models.train.NerTrainer;
import kz.taldau.models.train.TrainingConfig;
import kz.taldau.ner.OpenNlpEntityTagger;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taldau train}: trains a PER/ORG/LOC name finder and writes the model, its manifest and its model
 * card (with dev scores and, with {@code --baseline}, the OpenNLP-default-features baseline) to
 * {@code --out}. Refuses to overwrite an existing model version.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a PER/ORG/LOC name finder; writes <id>.bin, its .properties manifest and .md card.")
public final class TrainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", required = true, description = "kk or ru")
  String lang;

  @Option(names = "--train", required = true, arity = "1..*", paramLabel = "PATH",
      description = "training files or directories")
  List<Path> train;

  @Option(names = "--format", required = true, description = "conll, brat, factrueval or json")
  String format;

  @Option(names = "--also-train", arity = "1..*", paramLabel = "PATH",
      description = "more training files or directories, in --also-format (a second corpus in another format)")
  List<Path> alsoTrain = new ArrayList<>();

  @Option(names = "--also-format", description = "format of --also-train (default: --format)")
  String alsoFormat;

  @Option(names = "--train-split", defaultValue = "all",
      description = "all, train or dev: the deterministic sentence split of a CoNLL corpus, as "
          + "`eval --split` (default: all)")
  String trainSplit;

  @Option(names = "--dev", paramLabel = "PATH",
      description = "dev files or directories to score the model on")
  List<Path> dev = new ArrayList<>();

  @Option(names = "--dev-format", description = "format of --dev (default: --format)")
  String devFormat;

  @Option(names = "--dev-split", defaultValue = "all", description = "all, train or dev (default: all)")
  String devSplit;

  @Option(names = "--test", paramLabel = "PATH",
      description = "held-out files or directories, scored and reported like --dev")
  List<Path> test = new ArrayList<>();

  @Option(names = "--test-format", description = "format of --test (default: --format)")
  String testFormat;

  @Option(names = "--params", paramLabel = "FILE",
      description = "training parameters (Algorithm, Iterations, Cutoff, Codec, Features, L1Cost…)")
  Path params;

  @Option(names = "--id", description = "model id <lang>-ner-<domain>@<version> (default: <lang>-ner-news@1)")
  String id;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(names = "--baseline", description = "also train with OpenNLP's default features; score it on --dev")
  boolean baseline;

  @Option(names = "--data-name", description = "training data description for the model card")
  String dataName;

  @Option(names = "--license", defaultValue = "as stated by the corpus owners",
      description = "license of the training data, for the model card")
  String license;

  @Option(names = "--notes", paramLabel = "FILE", description = "Markdown appended to the model card")
  Path notes;

  @Option(names = "--created", description = "creation date for the manifest (default: today)")
  LocalDate created;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    Language language;
    ModelId modelId;
    TrainingConfig config;
    try {
      language = ExtractCommand.parseLang(lang);
      modelId = ModelId.parse(id != null ? id : language.tag() + "-ner-news@1");
      if (!modelId.language().equals(language.tag()) || !modelId.task().equals("ner")) {
        throw new IllegalArgumentException("model id " + modelId + " must be " + language.tag()
            + "-ner-<domain>@N");
      }
      config = params != null ? TrainingConfig.read(params, language) : TrainingConfig.defaults(language);
      ModelWriter.checkFree(out, modelId);
    } catch (IllegalArgumentException | FileAlreadyExistsException e) {
      err.println("taldau train: " + (e instanceof FileAlreadyExistsException f ? f.getFile() + ": "
          + f.getReason() : e.getMessage()));
      return 2;
    }
    try {
      List<AnnotatedDocument> trainDocs = new ArrayList<>(read(train, CorpusFormat.parse(format), language,
          DevSplit.parse(trainSplit)));
      trainDocs.addAll(read(alsoTrain, CorpusFormat.parse(alsoFormat != null ? alsoFormat : format), language,
          DevSplit.ALL));
      List<AnnotatedDocument> devDocs = dev.isEmpty() ? List.of()
          : read(dev, CorpusFormat.parse(devFormat != null ? devFormat : format), language,
              DevSplit.parse(devSplit));
      List<AnnotatedDocument> testDocs = test.isEmpty() ? List.of()
          : read(test, CorpusFormat.parse(testFormat != null ? testFormat : format), language, DevSplit.ALL);
      NameSamples converter = new NameSamples(language);
      NameSamples.Stats[] stats = new NameSamples.Stats[1];
      List<NameSample> samples = converter.convert(trainDocs, stats);
      err.printf(Locale.ROOT, "training %s on %d sentences, %d tokens, %d entities: %s%n", modelId,
          stats[0].sentences(), stats[0].tokens(), stats[0].entities(), config.summary());
      long t0 = System.nanoTime();
      byte[] bin = NerTrainer.serialize(NerTrainer.train(samples, config));
      double seconds = (System.nanoTime() - t0) / 1e9;
      ModelManifest draft = manifest(modelId, language, bin, config, Optional.empty());
      List<ModelCard.Evaluation> evaluations = new ArrayList<>();
      Optional<Double> devF1 = Optional.empty();
      String devWhat = "Dev data: " + describe(dev) + ", split " + devSplit + ". ";
      if (!devDocs.isEmpty()) {
        DevScores.Report r = score(draft, bin, language, devDocs, true);
        devF1 = Optional.of(r.micro().f1());
        evaluations.add(new ModelCard.Evaluation("Dev scores", devWhat + "Exact-span precision, recall and "
            + "F1 per type, micro-averaged (SPEC \"Scoring\"), with the document-level pass on.", r));
        evaluations.add(new ModelCard.Evaluation("Dev scores without the document-level pass", devWhat
            + "The same model with the second, document-level pass off.",
            score(draft, bin, language, devDocs, false)));
      }
      if (!testDocs.isEmpty()) {
        evaluations.add(new ModelCard.Evaluation("Held-out test", "Held-out data (not used for training or "
            + "for choosing features): " + describe(test) + ". Scored like the dev data.",
            score(draft, bin, language, testDocs, true)));
      }
      if (baseline && !devDocs.isEmpty()) {
        TrainingConfig base = config.toBuilder().features(TrainingConfig.Features.OPENNLP_DEFAULT).build();
        byte[] baseBin = NerTrainer.serialize(NerTrainer.train(samples, base));
        ModelManifest baseManifest = manifest(modelId, language, baseBin, base, Optional.empty());
        evaluations.add(new ModelCard.Evaluation("Baseline", devWhat + "The same training data and "
            + "parameters with OpenNLP's default features (`Features=OPENNLP_DEFAULT`, no document-level "
            + "pass), scored the same way.", score(baseManifest, baseBin, language, devDocs, false)));
        if (!testDocs.isEmpty()) {
          evaluations.add(new ModelCard.Evaluation("Baseline on the held-out test", "The baseline on "
              + describe(test) + ".", score(baseManifest, baseBin, language, testDocs, false)));
        }
      }
      for (ModelCard.Evaluation e : evaluations) {
        err.println(e.title() + ":\n" + e.report().markdown());
      }
      ModelManifest manifest = manifest(modelId, language, bin, config, devF1);
      ModelCard card = new ModelCard(manifest, dataName != null ? dataName : describe(trainPaths()), license,
          checksums(trainPaths()), stats[0], bin.length, seconds, evaluations, command(),
          notes != null ? Optional.of(Files.readString(notes)) : Optional.empty());
      ModelWriter.write(out, bin, card);
      err.println("wrote " + ModelWriter.files(out, modelId));
      return 0;
    } catch (CorpusFormatException e) {
      err.println("taldau train: " + e.getMessage());
      return 1;
    } catch (FileAlreadyExistsException e) {
      err.println("taldau train: " + e.getFile() + ": " + e.getReason());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("taldau train: " + e.getMessage());
      return 2;
    }
  }

  private ModelManifest manifest(ModelId modelId, Language language, byte[] bin, TrainingConfig config,
      Optional<Double> f1) throws IOException {
    return new ModelManifest(modelId, language.tag(), ModelManifest.COMPONENT_NER,
        ModelManifest.FORMAT_OPENNLP_NAMEFINDER, minVersion(), "1.0.0", Models.sha256(bin), Models.crc32(bin),
        dataName != null ? dataName : describe(trainPaths()), corpusChecksum(trainPaths()), config.summary(), f1,
        (created != null ? created : LocalDate.now()).toString());
  }

  /** Every training path, {@code --train}'s then {@code --also-train}'s. */
  private List<Path> trainPaths() {
    List<Path> all = new ArrayList<>(train);
    all.addAll(alsoTrain);
    return all;
  }

  /** Scores the freshly trained model through the same loader and tagger users get. */
  private static DevScores.Report score(ModelManifest manifest, byte[] bin, Language language,
      List<AnnotatedDocument> devDocs, boolean documentPass) throws IOException {
    TokenNameFinderModel model = new TokenNameFinderModel(new java.io.ByteArrayInputStream(bin));
    OpenNlpEntityTagger tagger = OpenNlpEntityTagger.create(new NerModel(manifest, model), language,
        ProcessingLimits.defaults(), documentPass);
    return DevScores.score(tagger, language, devDocs);
  }

  private static String minVersion() {
    String v = LibraryVersion.get();
    int dash = v.indexOf('-');
    return dash >= 0 ? v.substring(0, dash) : v;
  }

  private static List<AnnotatedDocument> read(List<Path> paths, CorpusFormat format, Language language,
      DevSplit split) throws IOException {
    CorpusReader reader = format == CorpusFormat.BRAT
        // NEREL's train/21013_text.ann has a stray text line: report malformed lines and go on.
        ? BratReader.lenient(format.defaultMapping(), Optional.of(language),
            e -> System.err.println("taldau train: skipped " + e.getMessage()))
        : format.reader(format.defaultMapping(), Optional.of(language));
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (Path p : paths) {
      docs.addAll(split.selectSentences(reader.read(p)));
    }
    return docs;
  }

  private static String describe(List<Path> paths) {
    return String.join(", ", paths.stream().map(p -> "`" + p + "`").toList());
  }

  /**
   * One line per given path, the path and a sha256, tab-separated: a file's own checksum, or for a
   * directory the sha256 of the {@code sha256sum}-style lines ("sha256  relative/path") of its files in
   * sorted order, so that {@code (cd DIR && find . -type f | sort | xargs sha256sum)} can confirm it.
   */
  private static List<String> checksums(List<Path> paths) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        out.add(p + "\t" + Models.sha256(p));
        continue;
      }
      StringBuilder sb = new StringBuilder();
      List<Path> files;
      try (Stream<Path> s = Files.walk(p)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        sb.append(Models.sha256(f)).append("  ./").append(p.relativize(f).toString().replace('\\', '/'))
            .append('\n');
      }
      out.add(p + "/ (" + files.size() + " files)\t"
          + Models.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** The checksum of one path, or for several the sha256 of their "sha256  path" lines. */
  private static String corpusChecksum(List<Path> paths) throws IOException {
    List<String> lines = checksums(paths);
    if (lines.size() == 1) {
      return lines.get(0).substring(lines.get(0).lastIndexOf('\t') + 1);
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      int tab = l.lastIndexOf('\t');
      sb.append(l.substring(tab + 1)).append("  ").append(l, 0, tab).append('\n');
    }
    return Models.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The command line that ran, for the model card's "Rebuild" section. */
  private String command() {
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    StringBuilder sb = new StringBuilder("java -jar cli/target/taldau.jar");
    for (String a : args) {
      sb.append(' ').append(a.matches("[A-Za-z0-9_./@:=,+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return sb.toString();
  }
}
