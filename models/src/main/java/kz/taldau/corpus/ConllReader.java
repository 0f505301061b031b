package kz.taldau.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.taldau.Language;
import kz.taldau.TextSpan;

/**
 * Reads CoNLL token-per-line files such as KazNERD's {@code IOB2_valid.txt}: {@code TOKEN TAG} per line
 * (space or tab separated; with more columns the first is the token and the last the tag), a blank line
 * between sentences, {@code -DOCSTART-} lines ignored.
 *
 * <p>Each sentence becomes one {@link AnnotatedDocument} (so that limits, {@link DevSplit} and bootstrap
 * resampling work per sentence): its text is the tokens joined by single spaces, its id
 * {@code <file name>:<line of the first token>}, and its only given sentence is the token spans. Chunks
 * are decoded with the {@link TagScheme} and then mapped with the {@link TypeMapping}; unmapped types are
 * dropped. A directory is read file by file ({@code *.txt}, {@code *.conll}, {@code *.iob}, {@code *.bio}).
 *
 * <p>KazNERD's {@code with_sentID} files start each sentence with an id line such as {@code AID283875 O}:
 * it is not a token; the id is appended to the document id ({@code IOB2_valid2.txt:1:AID283875}), which
 * lets {@link DevSplit#selectSentences} keep a sentence's twins together.
 */
public final class ConllReader implements CorpusReader {
  /** KazNERD's sentence ids: the representation letter, "ID", the sentence number. */
  private static final Pattern SENTENCE_ID = Pattern.compile("[A-Z]ID\\d{1,18}");
  private final TypeMapping mapping;
  private final TagScheme scheme;
  private final Optional<Language> language;

  /** A reader for {@code scheme} tags mapped with {@code mapping}; {@code language} is recorded, if known. */
  public ConllReader(TypeMapping mapping, TagScheme scheme, Optional<Language> language) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** KazNERD: IOB2 tags, {@link TypeMapping#kazNerd()}, Kazakh. */
  public static ConllReader kazNerd() {
    return new ConllReader(TypeMapping.kazNerd(), TagScheme.IOB2, Optional.of(Language.KAZAKH));
  }

  @Override
  public List<AnnotatedDocument> read(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return readFile(path);
    }
    List<AnnotatedDocument> out = new ArrayList<>();
    for (Path p : CorpusFiles.list(path, ".txt", ".conll", ".iob", ".bio")) {
      out.addAll(readFile(p));
    }
    return out;
  }

  private List<AnnotatedDocument> readFile(Path file) throws IOException {
    List<String> lines = CorpusFiles.lines(file);
    List<AnnotatedDocument> out = new ArrayList<>();
    SentenceBuilder s = new SentenceBuilder(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
        s.finish(out);
        continue;
      }
      String[] cols = trimmed.split("[ \t]+");
      if (cols.length < 2) {
        throw new CorpusFormatException(file, i + 1, line, "expected \"TOKEN TAG\", found 1 column");
      }
      if (s.isEmpty() && cols.length == 2 && cols[1].equals("O") && SENTENCE_ID.matcher(cols[0]).matches()) {
        s.sentenceId(cols[0], i + 1);
        continue;
      }
      s.add(cols[0], cols[cols.length - 1], i + 1, line);
    }
    s.finish(out);
    return out;
  }

  /** Collects one sentence's tokens and decodes its chunks. */
  private final class SentenceBuilder {
    private final Path file;
    private final StringBuilder text = new StringBuilder();
    private final List<TextSpan> tokens = new ArrayList<>();
    private final List<MappedSpans.Raw> chunks = new ArrayList<>();
    private int firstLine;
    private String sentenceId;
    // The open chunk: its type and first token index; type null when none is open.
    private String openType;
    private int openStart;
    private boolean openMayContinue;

    SentenceBuilder(Path file) {
      this.file = file;
    }

    void add(String token, String tag, int lineNo, String line) throws CorpusFormatException {
      char role;
      String type;
      if (tag.equals("O")) {
        role = 'O';
        type = null;
      } else {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
          throw new CorpusFormatException(file, lineNo, line, "tag \"" + tag
              + "\" is neither O nor PREFIX-TYPE");
        }
        char prefix = tag.charAt(0);
        if (!scheme.allows(prefix)) {
          throw new CorpusFormatException(file, lineNo, line, "tag prefix \"" + prefix + "\" is not valid in "
              + scheme + " (tag \"" + tag + "\")");
        }
        role = scheme.role(prefix);
        type = tag.substring(2);
      }
      if (tokens.isEmpty()) {
        firstLine = lineNo;
      } else {
        text.append(' ');
      }
      int index = tokens.size();
      tokens.add(new TextSpan(text.length(), text.length() + token.length()));
      text.append(token);
      boolean continues = openType != null && openMayContinue && openType.equals(type)
          && (role == 'I' || role == 'E');
      if (!continues) {
        close(index);
        if (role != 'O') {
          openType = type;
          openStart = index;
        }
      }
      openMayContinue = role == 'B' || role == 'I';
      if (role == 'E' || role == 'S') {
        close(index + 1);
      }
    }

    private void close(int endToken) {
      if (openType != null) {
        TextSpan span = new TextSpan(tokens.get(openStart).start(), tokens.get(endToken - 1).end());
        chunks.add(new MappedSpans.Raw(openType, span));
        openType = null;
      }
    }

    boolean isEmpty() {
      return tokens.isEmpty() && sentenceId == null;
    }

    void sentenceId(String id, int lineNo) {
      sentenceId = id;
      firstLine = lineNo;
    }

    void finish(List<AnnotatedDocument> out) {
      if (tokens.isEmpty()) {
        sentenceId = null;
        return;
      }
      close(tokens.size());
      String id = file.getFileName() + ":" + firstLine + (sentenceId == null ? "" : ":" + sentenceId);
      sentenceId = null;
      out.add(MappedSpans.document(id, language, text.toString(), chunks, mapping,
          Optional.of(List.of(List.copyOf(tokens)))));
      text.setLength(0);
      tokens.clear();
      chunks.clear();
      openType = null;
      openMayContinue = false;
    }
  }
}
