package kz.taldau.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads annotated documents in one corpus format from a file or a directory. Files are decoded as
 * strict UTF-8; malformed input is a {@link CorpusFormatException} naming the file and line. Readers are
 * immutable and thread-safe.
 */
public interface CorpusReader {

  /**
   * Reads every document under {@code path} (a file, or a directory of files in the format), in a stable
   * order: file names sorted, documents in file order.
   *
   * @throws CorpusFormatException when a file does not follow the format
   * @throws IOException when a file cannot be read
   */
  List<AnnotatedDocument> read(Path path) throws IOException;
}
