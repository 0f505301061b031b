package kz.taldau.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import kz.taldau.Language;
import kz.taldau.TextSpan;

/**
 * Reads BRAT standoff annotation (NEREL): {@code NAME.txt} with {@code NAME.ann} beside it. Text-bound
 * lines {@code T<n>\tTYPE START END[;START END…]\tSURFACE} are entities; relation, event, attribute,
 * normalization and note lines ({@code R E A M N # *}) are read past. Offsets count Unicode code points
 * (as BRAT does) and are converted to UTF-16.
 *
 * <p>A discontinuous entity ({@code ;}-separated fragments) becomes its bounding span, from the first
 * fragment's start to the last fragment's end. After type mapping, nested and overlapping entities are
 * flattened to the outermost (see {@link MappedSpans}), entities and fact spans separately.
 *
 * <p>Malformed lines are a {@link CorpusFormatException}; a reader built with
 * {@link #lenient(TypeMapping, Optional, Consumer)} hands them to a callback instead and goes on (NEREL's
 * {@code train/21013_text.ann} has one stray text line).
 */
public final class BratReader implements CorpusReader {
  private final TypeMapping mapping;
  private final Optional<Language> language;
  private final Optional<Consumer<CorpusFormatException>> onMalformedLine;

  private BratReader(TypeMapping mapping, Optional<Language> language,
      Optional<Consumer<CorpusFormatException>> onMalformedLine) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.language = Objects.requireNonNull(language, "language");
    this.onMalformedLine = onMalformedLine;
  }

  /** A strict reader: any malformed {@code .ann} line is an error. */
  public BratReader(TypeMapping mapping, Optional<Language> language) {
    this(mapping, language, Optional.empty());
  }

  /** A reader that reports malformed {@code .ann} lines to {@code onMalformedLine} and skips them. */
  public static BratReader lenient(TypeMapping mapping, Optional<Language> language,
      Consumer<CorpusFormatException> onMalformedLine) {
    return new BratReader(mapping, language, Optional.of(Objects.requireNonNull(onMalformedLine,
        "callback")));
  }

  /** NEREL: {@link TypeMapping#nerel()}, Russian, strict. */
  public static BratReader nerel() {
    return new BratReader(TypeMapping.nerel(), Optional.of(Language.RUSSIAN));
  }

  /** Reads a directory of {@code .txt}/{@code .ann} pairs, or one pair given by either file's path. */
  @Override
  public List<AnnotatedDocument> read(Path path) throws IOException {
    List<Path> anns;
    if (Files.isDirectory(path)) {
      anns = CorpusFiles.list(path, ".ann");
    } else {
      String n = path.getFileName().toString();
      int dot = n.lastIndexOf('.');
      anns = List.of(path.resolveSibling((dot < 0 ? n : n.substring(0, dot)) + ".ann"));
    }
    List<AnnotatedDocument> out = new ArrayList<>();
    for (Path ann : anns) {
      out.add(readPair(ann));
    }
    return out;
  }

  private AnnotatedDocument readPair(Path ann) throws IOException {
    String name = ann.getFileName().toString();
    String base = name.substring(0, name.length() - ".ann".length());
    Path txt = ann.resolveSibling(base + ".txt");
    if (!Files.exists(txt)) {
      throw new CorpusFormatException(ann, 0, "", "no text file " + txt.getFileName() + " beside it");
    }
    String text = CorpusFiles.read(txt);
    boolean supplementary = CorpusFiles.hasSupplementary(text);
    int codePoints = supplementary ? text.codePointCount(0, text.length()) : text.length();
    List<String> lines = CorpusFiles.lines(ann);
    List<MappedSpans.Raw> raw = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        char kind = line.charAt(0);
        if (kind == 'T') {
          raw.add(textBound(ann, i + 1, line, text, supplementary, codePoints));
        } else if ("REAMN#*".indexOf(kind) < 0 || line.indexOf('\t') < 0) {
          throw new CorpusFormatException(ann, i + 1, line, "not a BRAT annotation line");
        }
      } catch (CorpusFormatException e) {
        if (onMalformedLine.isEmpty()) {
          throw e;
        }
        onMalformedLine.get().accept(e);
      }
    }
    return MappedSpans.document(base, language, text, raw, mapping, Optional.empty());
  }

  private static MappedSpans.Raw textBound(Path ann, int lineNo, String line, String text,
      boolean supplementary,
      int codePoints) throws CorpusFormatException {
    String[] cols = line.split("\t", -1);
    if (cols.length < 2) {
      throw new CorpusFormatException(ann, lineNo, line, "expected \"T<n>\\tTYPE START END\\tTEXT\"");
    }
    String[] typeAndOffsets = cols[1].split(" ", 2);
    if (typeAndOffsets.length < 2) {
      throw new CorpusFormatException(ann, lineNo, line, "expected \"TYPE START END\" in the second column");
    }
    int start = Integer.MAX_VALUE;
    int end = -1;
    StringBuilder fragments = new StringBuilder();
    for (String frag : typeAndOffsets[1].split(";")) {
      String[] se = frag.trim().split(" ");
      int s;
      int e;
      try {
        if (se.length != 2) {
          throw new NumberFormatException(frag);
        }
        s = Integer.parseInt(se[0]);
        e = Integer.parseInt(se[1]);
      } catch (NumberFormatException ex) {
        throw new CorpusFormatException(ann, lineNo, line, "fragment \"" + frag + "\" is not \"START END\"");
      }
      if (s < 0 || e <= s || e > codePoints) {
        throw new CorpusFormatException(ann, lineNo, line, "fragment [" + s + ", " + e
            + ") is empty or outside the text of " + codePoints + " characters");
      }
      s = CorpusFiles.utf16(text, supplementary, s);
      e = CorpusFiles.utf16(text, supplementary, e);
      if (fragments.length() > 0) {
        fragments.append(' ');
      }
      fragments.append(text, s, e);
      start = Math.min(start, s);
      end = Math.max(end, e);
    }
    if (cols.length >= 3 && !collapse(cols[2]).equals(collapse(fragments.toString()))) {
      throw new CorpusFormatException(ann, lineNo, line, "surface \"" + cols[2]
          + "\" differs from the text at "
          + "its offsets: \"" + fragments + "\"");
    }
    return new MappedSpans.Raw(typeAndOffsets[0], new TextSpan(start, end));
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
