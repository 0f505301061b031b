package kz.taldau.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.taldau.Language;
import kz.taldau.TextSpan;

/**
 * Reads the factRuEval-2016 format (its {@code devset}): per document {@code book_N.txt}, {@code .tokens}
 * ({@code ID START LENGTH TEXT} per line, a blank line between sentences), {@code .spans}
 * ({@code ID TYPE START LENGTH FIRST_TOKEN N_TOKENS # …}) and {@code .objects} ({@code ID TYPE SPAN_ID… #
 * …}).
 * Offsets count Unicode code points and are converted to UTF-16.
 *
 * <p>Each object (mention) becomes an entity whose span runs from its first span's start to its last span's
 * end (a mention such as «движения «Солидарность» leaves the quote out of its spans, so it is discontinuous
 * in the file). After type mapping, nested mentions are flattened to the outermost («мэрии Москвы» ORG
 * keeps, the LOC «Москвы» inside it goes). The given tokens and sentences are kept for
 * {@code Pipeline.processSegmented}. The {@code .coref} and {@code .facts} layers are not read: their facts
 * (Occupation, Deal…) are not SPEC's fact types, so facts are "not annotated".
 */
public final class FactRuEvalReader implements CorpusReader {
  private final TypeMapping mapping;

  /** A reader mapping mention types with {@code mapping}. */
  public FactRuEvalReader(TypeMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /** The default mapping, {@link TypeMapping#factRuEval()}. */
  public static FactRuEvalReader standard() {
    return new FactRuEvalReader(TypeMapping.factRuEval());
  }

  /** Reads a directory of documents, or one document given by any of its files' paths. */
  @Override
  public List<AnnotatedDocument> read(Path path) throws IOException {
    List<Path> bases = new ArrayList<>();
    if (Files.isDirectory(path)) {
      for (Path t : CorpusFiles.list(path, ".tokens")) {
        bases.add(stripSuffix(t));
      }
    } else {
      bases.add(stripSuffix(path));
    }
    List<AnnotatedDocument> out = new ArrayList<>();
    for (Path base : bases) {
      out.add(readDocument(base));
    }
    return out;
  }

  private static Path stripSuffix(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? p : p.resolveSibling(n.substring(0, dot));
  }

  private AnnotatedDocument readDocument(Path base) throws IOException {
    String name = base.getFileName().toString();
    String text = CorpusFiles.read(base.resolveSibling(name + ".txt"));
    Offsets offsets = new Offsets(text);
    Path tokensFile = base.resolveSibling(name + ".tokens");
    List<List<TextSpan>> sentences = new ArrayList<>();
    List<TextSpan> sentence = new ArrayList<>();
    int previousEnd = 0;
    List<String> tokenLines = CorpusFiles.lines(tokensFile);
    for (int i = 0; i < tokenLines.size(); i++) {
      String line = tokenLines.get(i);
      if (line.isBlank()) {
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
        }
        continue;
      }
      String[] cols = line.split(" ", 4);
      if (cols.length < 4) {
        throw new CorpusFormatException(tokensFile, i + 1, line, "expected \"ID START LENGTH TEXT\"");
      }
      TextSpan span = offsets.span(tokensFile, i + 1, line, cols[1], cols[2]);
      if (!span.of(text).equals(cols[3])) {
        throw new CorpusFormatException(tokensFile, i + 1, line, "token \"" + cols[3]
            + "\" differs from the text at its offsets: \"" + span.of(text) + "\"");
      }
      if (span.start() < previousEnd) {
        throw new CorpusFormatException(tokensFile, i + 1, line,
            "token overlaps or precedes the previous one");
      }
      previousEnd = span.end();
      sentence.add(span);
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }

    Path spansFile = base.resolveSibling(name + ".spans");
    Map<String, TextSpan> spans = new HashMap<>();
    List<String> spanLines = CorpusFiles.lines(spansFile);
    for (int i = 0; i < spanLines.size(); i++) {
      String line = spanLines.get(i);
      String[] cols = fields(line);
      if (cols.length == 0) {
        continue;
      }
      if (cols.length < 6) {
        throw new CorpusFormatException(spansFile, i + 1, line,
            "expected \"ID TYPE START LENGTH FIRST_TOKEN N_TOKENS\"");
      }
      spans.put(cols[0], offsets.span(spansFile, i + 1, line, cols[2], cols[3]));
    }

    Path objectsFile = base.resolveSibling(name + ".objects");
    List<MappedSpans.Raw> raw = new ArrayList<>();
    List<String> objectLines = CorpusFiles.lines(objectsFile);
    for (int i = 0; i < objectLines.size(); i++) {
      String line = objectLines.get(i);
      String[] cols = fields(line);
      if (cols.length == 0) {
        continue;
      }
      if (cols.length < 3) {
        throw new CorpusFormatException(objectsFile, i + 1, line, "expected \"ID TYPE SPAN_ID...\"");
      }
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (int k = 2; k < cols.length; k++) {
        TextSpan s = spans.get(cols[k]);
        if (s == null) {
          throw new CorpusFormatException(objectsFile, i + 1, line, "span id " + cols[k] + " is not in "
              + spansFile.getFileName());
        }
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
      }
      raw.add(new MappedSpans.Raw(cols[1], new TextSpan(start, end)));
    }
    return MappedSpans.document(name, Optional.of(Language.RUSSIAN), text, raw, mapping,
        Optional.of(sentences));
  }

  /** The whitespace-separated fields before the {@code #} comment. */
  private static String[] fields(String line) {
    int hash = line.indexOf('#');
    String data = (hash < 0 ? line : line.substring(0, hash)).strip();
    return data.isEmpty() ? new String[0] : data.split("\\s+");
  }

  /** Code-point {@code START LENGTH} pairs to UTF-16 spans, checked against the text. */
  private static final class Offsets {
    private final String text;
    private final boolean supplementary;
    private final int codePoints;

    Offsets(String text) {
      this.text = text;
      this.supplementary = CorpusFiles.hasSupplementary(text);
      this.codePoints = supplementary ? text.codePointCount(0, text.length()) : text.length();
    }

    TextSpan span(Path file, int lineNo, String line, String start,
        String length) throws CorpusFormatException {
      int s;
      int len;
      try {
        s = Integer.parseInt(start);
        len = Integer.parseInt(length);
      } catch (NumberFormatException e) {
        throw new CorpusFormatException(file, lineNo, line, "start \"" + start + "\" and length \"" + length
            + "\" must be integers");
      }
      if (s < 0 || len <= 0 || s + len > codePoints) {
        throw new CorpusFormatException(file, lineNo, line, "span at " + s + " of length " + len
            + " is empty or outside the text of " + codePoints + " characters");
      }
      return new TextSpan(CorpusFiles.utf16(text, supplementary, s), CorpusFiles.utf16(text, supplementary,
          s + len));
    }
  }
}
