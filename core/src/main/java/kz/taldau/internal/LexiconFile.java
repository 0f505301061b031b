package kz.taldau.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Taldau's bundled UTF-8 lexicons: one entry a line, tab-separated columns, '#' comments. Internal: shared
 * by the segmenter's abbreviations, the NER gazetteers and the base-form lexicons.
 */
public final class LexiconFile {
  private LexiconFile() {}

  /** One data line: its number in the file and its trimmed tab-separated columns. */
  public record Line(int number, List<String> columns) {
    public Line {
      columns = List.copyOf(columns);
    }
  }

  /**
   * The data lines of {@code resource} (relative to {@code anchor}'s package), each with between
   * {@code minColumns} and {@code maxColumns} columns; a missing resource, invalid UTF-8 or a malformed line is
   * an {@link IllegalStateException} or {@link UncheckedIOException} naming the file and the line.
   */
  public static List<Line> read(Class<?> anchor, String resource, int minColumns, int maxColumns) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing: it is part of the taldau-core jar");
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = t.split("\t");
        List<String> list = new ArrayList<>(cols.length);
        for (String c : cols) {
          list.add(c.strip());
        }
        if (list.size() < minColumns || list.size() > maxColumns || list.get(0).isEmpty()) {
          throw new IllegalStateException(resource + ":" + no + ": expected " + minColumns + " to "
              + maxColumns + " tab-separated columns: " + line);
        }
        lines.add(new Line(no, list));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return lines;
  }
}
