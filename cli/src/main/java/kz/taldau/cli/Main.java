package kz.taldau.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code taldau} command: {@code extract}, {@code eval}, {@code train}, {@code bench}. */
@Command(
    name = "taldau",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Kazakh and Russian news to data: people, organizations, places and normalized figures.",
    subcommands = {
        ExtractCommand.class,
        EvalCommand.class,
        TrainCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on UTF-8 standard output and error, and returns the exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
  }

  /** Runs the command line with the given output and error writers (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
