package kz.taldau.eval;

import java.util.Objects;

/**
 * What was evaluated, for the report headers: the gold path and format, the system ({@code pipeline} or a
 * file of saved output), the language setting, the split, what one bootstrap unit is ({@code document} or
 * {@code sentence}), and the run time in seconds.
 */
public record ReportInfo(String gold, String format, String system, String language, String split,
    String bootstrapUnit, double seconds) {
  public ReportInfo {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(bootstrapUnit, "bootstrapUnit");
  }
}
