package kz.taldau.cli;

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
        TrainCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl.execute(args);
  }
}
