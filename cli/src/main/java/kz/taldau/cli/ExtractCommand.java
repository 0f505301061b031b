package kz.taldau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import kz.taldau.text.Utf8;
import kz.taldau.BatchResult;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.Sentence;
import kz.taldau.TextInput;
import kz.taldau.fact.Fact;
import kz.taldau.json.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taldau extract}: runs the default pipeline on files (or stdin) and prints JSON, JSON Lines or text. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract tokens, sentences, entities and facts from UTF-8 text files (or - for stdin).")
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats, with the extension of their files under {@code --out}. */
  enum Format {
    json(".json"), jsonl(".jsonl"), text(".txt");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  @Option(names = "--lang", defaultValue = "auto", description = "auto, kk or ru (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--date", description = "document date YYYY-MM-DD, resolves relative dates")
  LocalDate date;

  @Option(names = "--format", defaultValue = "json", description = "json, jsonl or text (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", description = "write DIR/<file name>.json (.jsonl, .txt with --format) instead of "
      + "standard output (a file name given twice gets ~2, ~3…)")
  Path out;

  @Option(names = "--threads", defaultValue = "1", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "input files, or - for standard input")
  List<String> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("taldau extract: --threads must be positive: " + threads);
      return 2;
    }
    Pipeline pipeline;
    try {
      pipeline = Pipelines.build(lang);
    } catch (IllegalArgumentException e) {
      err.println("taldau extract: " + e.getMessage());
      return 2;
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    String[] targets = targets(err);
    PrintWriter stdout = spec.commandLine().getOut();
    ProgressBar progress = new ProgressBar(err, files.size(), "files");
    // Files are read in order on this thread (cheap) and processed on the pool; a file that cannot be read
    // goes through as an empty text and its read error is reported in its place in the output order.
    Map<Integer, IOException> readErrors = new HashMap<>();
    Stream<TextInput> inputs = IntStream.range(0, files.size()).mapToObj(i -> {
      String file = files.get(i);
      try {
        String text = file.equals("-") ? Utf8.read(System.in, "stdin") : Utf8.read(Path.of(file));
        return TextInput.of(Integer.toString(i), text, date);
      } catch (IOException e) {
        synchronized (readErrors) {
          readErrors.put(i, e);
        }
        return TextInput.of(Integer.toString(i), "", date);
      }
    });
    int failed = 0;
    try (Stream<BatchResult> results = pipeline.processAll(inputs, threads)) {
      for (Iterator<BatchResult> it = results.iterator(); it.hasNext(); ) {
        BatchResult r = it.next();
        int i = Integer.parseInt(r.id());
        String file = files.get(i);
        IOException readError;
        synchronized (readErrors) {
          readError = readErrors.remove(i);
        }
        Exception error = readError != null ? readError : r.error().orElse(null);
        if (error == null) {
          try {
            emit(r.document().get().toBuilder().id(displayName(file)).build(), targets[i], stdout);
          } catch (IOException e) {
            error = e;
          }
        }
        if (error != null) {
          failed++;
          stdout.flush();
          err.println((files.size() > 1 ? "\n" : "") + "taldau extract: " + describe(file, error));
        }
        progress.step();
      }
    }
    stdout.flush();
    return failed == 0 ? 0 : 1;
  }

  private static String displayName(String file) {
    return file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
  }

  /**
   * The output file name (without the format's extension) of each input with {@code --out}, null for standard
   * output: the input's file name, and for a second input of the same name (a/x.txt, b/x.txt) that name
   * with {@code ~2}, {@code ~3}… so that no output overwrites another; each renaming is reported.
   */
  private String[] targets(PrintWriter err) {
    String[] targets = new String[files.size()];
    if (out == null) {
      return targets;
    }
    Map<String, String> used = new HashMap<>();
    // Inputs keep their own names where they can (first come), then the others take the next free ~k.
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      if (!file.equals("-") && used.putIfAbsent(displayName(file), file) == null) {
        targets[i] = displayName(file);
      }
    }
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      if (file.equals("-") || targets[i] != null) {
        continue;
      }
      String name = displayName(file);
      String target = name;
      for (int k = 2; used.containsKey(target); k++) {
        target = name + "~" + k;
      }
      err.println("taldau extract: " + file + " has the same name as " + used.get(name) + ": writing "
          + out.resolve(target + format.extension));
      used.put(target, file);
      targets[i] = target;
    }
    return targets;
  }

  private void emit(Document doc, String target, PrintWriter stdout) throws IOException {
    if (target != null) {
      try (Writer w = Files.newBufferedWriter(out.resolve(target + format.extension), StandardCharsets.UTF_8)) {
        write(doc, w);
      }
    } else {
      write(doc, stdout);
      stdout.flush();
    }
  }

  private static String describe(String file, Exception e) {
    String msg = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return file + ": no such file";
    }
    return msg != null && msg.contains(file) ? msg : file + ": " + msg;
  }

  private void write(Document doc, Writer w) throws IOException {
    switch (format) {
      case json -> {
        DocumentJson.write(doc, w, true);
        w.write('\n');
      }
      case jsonl -> {
        DocumentJson.write(doc, w, false);
        w.write('\n');
      }
      case text -> writeText(doc, w);
    }
  }

  private static void writeText(Document doc, Writer w) throws IOException {
    w.write("# " + doc.id().orElse("-") + "  lang=" + doc.language().tag() + "\n");
    int i = 0;
    for (Sentence s : doc.sentences()) {
      w.write(String.format("S%-3d %s  %s%n", ++i, s.language().tag(), s.span().of(doc.text())
          .replace('\n', ' ')));
    }
    for (EntityMention e : doc.entities()) {
      w.write(String.format("E    %-4s %-40s norm=%s%n", e.type(), e.text(), e.norm()));
    }
    for (Fact f : doc.facts()) {
      w.write(String.format("F    %-40s %s%n", f.text(), f.canonical()));
    }
    w.write('\n');
  }

  static Language parseLang(String lang) {
    return Language.fromTag(lang).filter(l -> l != Language.OTHER).orElseThrow(
        () -> new IllegalArgumentException("unknown language '" + lang + "': use auto, kk or ru"));
  }
}
