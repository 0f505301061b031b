package kz.taldau.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.taldau.text.Utf8;

/** Strict UTF-8 file reading and file listing shared by the readers. */
final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * Reads a whole file as strict UTF-8 ({@link Utf8}): an invalid byte is a
   * {@link CorpusFormatException} naming the file and the line it is on. A leading BOM is removed.
   */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String s;
    try {
      s = Utf8.decode(bytes, file.toString());
    } catch (Utf8.InvalidUtf8Exception e) {
      int offset = e.byteOffset();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new CorpusFormatException(file, line, "",
          "invalid UTF-8 at byte offset " + offset + " (byte " + (offset - lineStart + 1) + " of the line)");
    }
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The lines of a strictly decoded UTF-8 file, without their {@code \n} or {@code \r\n} ends. */
  static List<String> lines(Path file) throws IOException {
    return splitLines(read(file));
  }

  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(stripCr(text.substring(start, i)));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(stripCr(text.substring(start)));
    }
    return lines;
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** The regular files in {@code dir} whose names end with one of {@code suffixes}, sorted by name. */
  static List<Path> list(Path dir, String... suffixes) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && endsWithAny(p.getFileName().toString(), suffixes))
          .sorted().toList();
    }
  }

  private static boolean endsWithAny(String name, String... suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Converts an offset counted in Unicode code points (BRAT, factRuEval and other Python tools) to a
   * UTF-16 index into {@code text}; both are equal when the text has no supplementary characters.
   */
  static int utf16(String text, boolean hasSupplementary, int codePointOffset) {
    if (!hasSupplementary) {
      return codePointOffset;
    }
    return text.offsetByCodePoints(0, codePointOffset);
  }

  static boolean hasSupplementary(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
