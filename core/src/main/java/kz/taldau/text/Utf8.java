package kz.taldau.text;

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

/**
 * Strict UTF-8 decoding for Taldau's I/O edges: invalid bytes are an {@link InvalidUtf8Exception} naming the
 * source and the byte offset, never replaced silently. A leading BOM is kept (the normalizer removes it
 * without moving offsets).
 */
public final class Utf8 {
  private Utf8() {}

  public static String read(Path file) throws IOException {
    return decode(Files.readAllBytes(file), file.toString());
  }

  public static String read(InputStream in, String source) throws IOException {
    return decode(in.readAllBytes(), source);
  }

  /** Decodes {@code bytes}; {@code source} names them in the error message (a file name, "stdin"). */
  public static String decode(byte[] bytes, String source) throws InvalidUtf8Exception {
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
      throw new InvalidUtf8Exception(source, in.position());
    }
    out.flip();
    return out.toString();
  }

  /** Invalid UTF-8, with the source and the offset of the first bad byte. */
  public static final class InvalidUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int byteOffset;

    public InvalidUtf8Exception(String source, int byteOffset) {
      this.source = source;
      this.byteOffset = byteOffset;
    }

    public String source() {
      return source;
    }

    public int byteOffset() {
      return byteOffset;
    }

    @Override
    public String getMessage() {
      return source + ": invalid UTF-8 at byte offset " + byteOffset;
    }
  }
}
