package kz.taldau.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import kz.taldau.Language;
import kz.taldau.ner.NerFeatures;
import kz.taldau.ner.TinyModels;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.GenericModelSerializer;
import org.junit.jupiter.api.Test;

class PerceptronReaderTest {
  private static byte[] write(AbstractModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GenericModelSerializer().serialize(m, new NoClose(out));
    return out.toByteArray();
  }

  private static AbstractModel openNlp(byte[] bytes) throws IOException {
    return new GenericModelSerializer().create(new ByteArrayInputStream(bytes));
  }

  /** Equal predicates (by name), weights, outcome patterns and outcome names, as OpenNLP's reader gives. */
  private static void assertSameModel(AbstractModel expected, AbstractModel actual) {
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected, actual);
    Object[] e = expected.getDataStructures();
    Object[] a = actual.getDataStructures();
    assertEquals(Arrays.asList((String[]) e[2]), Arrays.asList((String[]) a[2]));
    assertEquals(e[1], a[1]);
  }

  @Test
  void readsPerceptronModelsAsOpenNlpDoes() throws IOException {
    for (Language l : new Language[] {Language.KAZAKH, Language.RUSSIAN}) {
      byte[] bytes = write(artifact(TinyModels.train(l)));
      AbstractModel ours = PerceptronReader.read(bytes);
      assertInstanceOf(PerceptronModel.class, ours);
      assertSameModel(openNlp(bytes), ours);
    }
  }

  @Test
  void decodesModifiedUtf8LikeDataInput() throws IOException {
    // U+0000 and a supplementary character are the two places where modified UTF-8 is not UTF-8.
    String[] predicates = {"w=a\u0000b", "w=\uD83D\uDE00", "w=қала", "w=ASCII", "w=\uD83D"};
    Context[] params = new Context[predicates.length];
    for (int i = 0; i < params.length; i++) {
      params[i] = new Context(new int[] {0, 1}, new double[] {i + 1, -(i + 1) * 0.5});
    }
    byte[] bytes = write(new PerceptronModel(params, predicates, new String[] {"other", "loc-start"}));
    AbstractModel ours = PerceptronReader.read(bytes);
    assertSameModel(openNlp(bytes), ours);
    assertEquals(1, ((Map<?, ?>) ours.getDataStructures()[1]).keySet().stream()
        .filter("w=a\u0000b"::equals).count());
  }

  @Test
  void leavesOtherModelTypesToOpenNlp() throws IOException {
    TokenNameFinderModel maxent = TinyModels.train(Language.RUSSIAN, "MAXENT", new BioCodec(),
        NerFeatures.descriptor(Language.RUSSIAN));
    byte[] bytes = write(artifact(maxent));
    assertSameModel(openNlp(bytes), PerceptronReader.read(bytes));
  }

  @Test
  void malformedModelsFailAsInOpenNlp() throws IOException {
    byte[] bytes = write(artifact(TinyModels.train(Language.RUSSIAN)));
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 5);
    IOException expected = assertThrows(IOException.class, () -> openNlp(truncated));
    IOException actual = assertThrows(IOException.class, () -> PerceptronReader.read(truncated));
    assertEquals(expected.getClass(), actual.getClass());
    byte[] empty = new byte[0];
    assertEquals(assertThrows(IOException.class, () -> openNlp(empty)).getClass(),
        assertThrows(IOException.class, () -> PerceptronReader.read(empty)).getClass());
  }

  @Test
  void readsWholeNameFinderPackages() throws IOException {
    TokenNameFinderModel trained = TinyModels.train(Language.KAZAKH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    trained.serialize(out);
    TokenNameFinderModel ours = PerceptronReader.nameFinderModel(new ByteArrayInputStream(out.toByteArray()));
    TokenNameFinderModel theirs = new TokenNameFinderModel(new ByteArrayInputStream(out.toByteArray()));
    assertSameModel(artifact(theirs), artifact(ours));
    assertEquals(theirs.getLanguage(), ours.getLanguage());
    assertEquals(theirs.getSequenceCodec().getClass(), ours.getSequenceCodec().getClass());
    // It writes back what it read.
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ours.serialize(again);
    assertSameModel(artifact(theirs),
        artifact(new TokenNameFinderModel(new ByteArrayInputStream(again.toByteArray()))));
  }

  /** The parameters inside a name finder package. */
  private static AbstractModel artifact(TokenNameFinderModel m) {
    return m.getArtifact("nameFinder.model");
  }

  /** Keeps the serializer from closing the buffer (OpenNLP's serializers may close their stream). */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
