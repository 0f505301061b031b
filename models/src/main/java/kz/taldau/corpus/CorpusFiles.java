package kz.taldau.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Strict UTF-8 file reading and file listing shared by the readers. */
final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * Reads a whole file as UTF-8 with {@link CodingErrorAction#REPORT}: an invalid byte is a
   * {@link CorpusFormatException} naming the file and the line it is on. A leading BOM is removed.
   */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
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
    out.flip();
    String s = out.toString();
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

  /** The regular files in {@code dir} whose names end with {@code suffix}, sorted by name. */
  static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
          .sorted().toList();
    }
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
