package kz.taldau.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.GenericModelSerializer;

/**
 * Reads the parameters of OpenNLP perceptron models from one byte array instead of OpenNLP's
 * {@code DataInputStream} on the model's zip stream: the same file format and the same resulting
 * {@link PerceptronModel} (equal predicates, outcomes and weights), in a fraction of the time, which is most
 * of the time of loading a name finder.
 *
 * <p>OpenNLP's reader takes each of the hundreds of thousands of predicate names and millions of weights
 * with a separate small read ({@code readUTF}, {@code readDouble}) through the inflater; here the artifact
 * is inflated in bulk and decoded from memory. Other model types (maxent, quasi-Newton, naive Bayes) and
 * files that use OpenNLP's chunked strings go to OpenNLP's own reader, as do files that this reader finds
 * malformed, so that errors keep OpenNLP's wording.
 */
final class PerceptronReader {
  private static final String PERCEPTRON = "Perceptron";
  /** OpenNLP's marker of a string written in chunks ({@code ModelParameterChunker}). */
  private static final String CHUNKED = "CHUNKED-MODEL-PARAMS:";
  /** OpenNLP's bound on counts read from a model file ({@code AbstractModelReader.MAX_ENTRIES}). */
  private static final int MAX_ENTRIES = 10_000_000;

  private PerceptronReader() {}

  /** A name finder model read from a model package, with perceptron parameters read by this class. */
  static TokenNameFinderModel nameFinderModel(InputStream in) throws IOException {
    return new NameFinderModel(in);
  }

  /**
   * The model in {@code bytes} (an OpenNLP binary model file, as inside a model package): read here when
   * it is a perceptron model, by OpenNLP otherwise.
   */
  static AbstractModel read(byte[] bytes) throws IOException {
    AbstractModel m = null;
    try {
      m = perceptron(ByteBuffer.wrap(bytes));
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      // Malformed: OpenNLP's reader reports it.
    }
    return m != null ? m : new GenericModelSerializer().create(new ByteArrayInputStream(bytes));
  }

  /** The perceptron model in {@code b}, or null if it is another kind of model or uses chunked strings. */
  private static AbstractModel perceptron(ByteBuffer b) {
    if (!PERCEPTRON.equals(utf(b))) {
      return null;
    }
    String[] outcomes = new String[count(b)];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = utf(b);
    }
    int[][] patterns = new int[count(b)][];
    for (int i = 0; i < patterns.length; i++) {
      String p = utf(b);
      if (p == null || p.startsWith(CHUNKED)) {
        return null;
      }
      patterns[i] = ints(p, outcomes.length);
    }
    String[] predicates = new String[count(b)];
    for (int i = 0; i < predicates.length; i++) {
      predicates[i] = utf(b);
      if (predicates[i] == null) {
        return null;
      }
    }
    // As OpenNLP's AbstractModelReader.getParameters: each pattern is "<predicates> <outcome>...", the
    // predicates in file order, one weight per outcome of their pattern; the pattern array is shared.
    Context[] params = new Context[predicates.length];
    int pid = 0;
    for (int[] p : patterns) {
      int[] outcomePattern = Arrays.copyOfRange(p, 1, p.length);
      for (int j = 0; j < p[0]; j++) {
        double[] weights = new double[outcomePattern.length];
        for (int k = 0; k < weights.length; k++) {
          weights[k] = b.getDouble();
        }
        params[pid++] = new Context(outcomePattern, weights);
      }
    }
    if (pid != predicates.length || b.hasRemaining()) {
      throw new IllegalArgumentException("predicate count does not match the outcome patterns");
    }
    return new PerceptronModel(params, predicates, outcomes);
  }

  private static int count(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > MAX_ENTRIES) {
      throw new IllegalArgumentException("count " + n);
    }
    return n;
  }

  /**
   * The next {@code DataOutput.writeUTF} string: a two-byte length, then modified UTF-8, which is UTF-8
   * except for U+0000 and supplementary characters; strings with those are decoded by
   * {@link DataInputStream#readUTF}. Null for a chunked string.
   */
  private static String utf(ByteBuffer b) {
    int len = Short.toUnsignedInt(b.getShort());
    int start = b.position();
    byte[] a = b.array();
    int from = b.arrayOffset() + start;
    b.position(start + len);
    String s = standardUtf8(a, from, len)
        ? new String(a, from, len, StandardCharsets.UTF_8)
        : modifiedUtf8(a, from - 2, len + 2);
    return s.startsWith(CHUNKED) ? null : s;
  }

  /** Whether the bytes have no encoded U+0000 ({@code C0 80}) and no encoded surrogate ({@code ED A0..BF}). */
  private static boolean standardUtf8(byte[] a, int from, int len) {
    for (int i = from, end = from + len; i < end; i++) {
      int c = a[i] & 0xFF;
      if (c == 0xC0 || c == 0xED) {
        return false;
      }
    }
    return true;
  }

  private static String modifiedUtf8(byte[] a, int from, int len) {
    try {
      return new DataInputStream(new ByteArrayInputStream(a, from, len)).readUTF();
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The space-separated non-negative integers of an outcome pattern; outcome indexes below {@code outcomes}. */
  private static int[] ints(String p, int outcomes) {
    int n = 1;
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == ' ') {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    int v = 0;
    boolean digits = false;
    for (int i = 0; i <= p.length(); i++) {
      char c = i < p.length() ? p.charAt(i) : ' ';
      if (c == ' ') {
        if (!digits) {
          throw new IllegalArgumentException("bad outcome pattern");
        }
        out[k++] = v;
        v = 0;
        digits = false;
      } else if (c >= '0' && c <= '9' && v < 100_000_000) {
        v = v * 10 + (c - '0');
        digits = true;
      } else {
        throw new IllegalArgumentException("bad outcome pattern");
      }
    }
    for (int i = 1; i < n; i++) {
      if (out[i] >= outcomes) {
        throw new IllegalArgumentException("bad outcome index");
      }
    }
    return out;
  }

  /** A name finder model whose {@code .model} artifact is read by {@link PerceptronReader#read}. */
  private static final class NameFinderModel extends TokenNameFinderModel {
    NameFinderModel(InputStream in) throws IOException {
      super(in);
    }

    // Called by BaseModel while loading, before the artifacts are read.
    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
      super.createArtifactSerializers(serializers);
      serializers.put("model", new BulkSerializer());
    }
  }

  /** OpenNLP's serializer for {@code .model} artifacts, reading them with {@link PerceptronReader#read}. */
  private static final class BulkSerializer extends GenericModelSerializer {
    @Override
    public AbstractModel create(InputStream in) throws IOException {
      return read(in.readAllBytes());
    }
  }
}
