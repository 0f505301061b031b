package kz.taldau.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 reading: invalid bytes are an error that names the file and the byte offset. */
final class Utf8Files {
  private Utf8Files() {}

  /** Reads a whole file; a leading BOM is kept (the normalizer removes it without moving offsets). */
  static String read(Path file) throws IOException {
    return decode(Files.readAllBytes(file), file.toString());
  }

  static String read(InputStream in, String name) throws IOException {
    return decode(in.readAllBytes(), name);
  }

  static String decode(byte[] bytes, String name) throws CharacterCodingException {
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
      throw new InvalidUtf8Exception(name, in.position());
    }
    out.flip();
    return out.toString();
  }

  /** Invalid UTF-8, with the file and the offset of the first bad byte. */
  static final class InvalidUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    InvalidUtf8Exception(String file, int offset) {
      this.message = file + ": invalid UTF-8 at byte offset " + offset;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
