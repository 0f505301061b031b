package kz.taldau.fact;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.taldau.Pipeline;

/** Shared helpers of the table tests: the default pipeline and the canonical forms of its facts. */
final class FactTables {
  static final Pipeline PIPELINE = Pipeline.builder().build();

  private FactTables() {}

  static List<String> canonical(String text) {
    return PIPELINE.process(text).facts().stream().map(Fact::canonical).toList();
  }

  static List<String> canonical(String text, LocalDate date) {
    return PIPELINE.process(text, date).facts().stream().map(Fact::canonical).toList();
  }

  /** "A ; B" to [A, B]; a missing column to no facts. */
  static List<String> expected(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.split(";")).map(String::strip).toList();
  }
}
