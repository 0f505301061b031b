package kz.taldau.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A corpus file that does not follow its format: the message names the file, the 1-based line number
 * and the offending line, e.g. {@code data.conll:12: expected "TOKEN TAG": "Алматы"}.
 */
public final class CorpusFormatException extends IOException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LINE_CHARS = 200;

  private final transient Path file;
  private final long line;
  private final String problem;

  /**
   * A problem on {@code line} (1-based; 0 when the problem concerns the whole file) whose text is
   * {@code lineText} (may be empty when there is no single line to show).
   */
  public CorpusFormatException(Path file, long line, String lineText, String problem) {
    super(message(file, line, lineText, problem));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The same, caused by a lower-level error (a JSON syntax error, say). */
  public CorpusFormatException(Path file, long line, String lineText, String problem, Throwable cause) {
    this(file, line, lineText, problem);
    initCause(cause);
  }

  public Path file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem is not on one line. */
  public long line() {
    return line;
  }

  /** The problem without the file and line, e.g. {@code unknown tag prefix "X"}. */
  public String problem() {
    return problem;
  }

  /** The line text as it appears in messages: clipped to 200 characters, {@code Optional.empty()} if blank.
  /** */
  static Optional<String> shown(String lineText) {
    if (lineText == null || lineText.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(lineText.length() <= MAX_LINE_CHARS ? lineText
        : lineText.substring(0, MAX_LINE_CHARS) + "...");
  }

  private static String message(Path file, long line, String lineText, String problem) {
    StringBuilder sb = new StringBuilder().append(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ").append(problem);
    shown(lineText).ifPresent(t -> sb.append(": \"").append(t).append('"'));
    return sb.toString();
  }
}
