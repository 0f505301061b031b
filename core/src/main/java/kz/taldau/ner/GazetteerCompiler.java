package kz.taldau.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.taldau.Language;

/**
 * The gazetteers in compiled form: the hash ({@link HashTable}) of every inflected form with its kind bits,
 * the hashes of the proper beginnings of multi-word forms and the longest form in words, as
 * {@link Gazetteer#build} makes them from the lists.
 * The build of taldau-core runs {@link #main} after compiling (exec-maven-plugin, phase
 * {@code process-classes}), so the jar holds them and a cold JVM reads about 40,000 ready forms instead of
 * generating them, which was a quarter of a model's load time. Not API: a build step.
 *
 * <p>A compiled gazetteer records the CRC-32 of the lists it was made from and is used only when the
 * lists on the classpath still have it, so an edited list never meets stale forms; a missing, stale or
 * unreadable one is simply built from the lists. Format: the magic {@code TGZ2}, the lists' checksum
 * (long), the longest form in words, the number of forms, each form's hash (long) and kind bits (int),
 * the number of prefixes and each prefix's hash. Hashes are sorted, so the same lists give the same file.
 */
public final class GazetteerCompiler {
  private static final String DIR = "gazetteer/compiled/";
  private static final int MAGIC = 0x54475a32;

  private GazetteerCompiler() {}

  /** Writes the compiled gazetteers of both languages, plain and at each extension level, below the classes directory. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: GazetteerCompiler <classes directory>");
    }
    Path dir = Path.of(args[0]).resolve("kz/taldau/ner/" + DIR);
    Files.createDirectories(dir);
    for (Language language : List.of(Language.KAZAKH, Language.RUSSIAN)) {
      for (int level = 0; level <= Gazetteer.MAX_LEVEL; level++) {
        Files.write(dir.resolve(name(language, level)),
            write(Gazetteer.build(language, level), Gazetteer.sourceChecksum(language, level)));
      }
    }
  }

  /** ru.bin, ru-extended.bin (level 1), ru-extended2.bin (level 2). */
  private static String name(Language language, int level) {
    return language.tag() + (level == 0 ? "" : level == 1 ? "-extended" : "-extended" + level) + ".bin";
  }

  static byte[] write(Gazetteer g, long checksum) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeLong(checksum);
      out.writeInt(g.maxWords());
      long[] forms = g.forms().sortedHashes();
      int[] kinds = g.forms().valuesOf(forms);
      out.writeInt(forms.length);
      for (int i = 0; i < forms.length; i++) {
        out.writeLong(forms[i]);
        out.writeInt(kinds[i]);
      }
      long[] prefixes = g.prefixes().sortedHashes();
      out.writeInt(prefixes.length);
      for (long p : prefixes) {
        out.writeLong(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The compiled gazetteer of {@code language} if the classpath has one made from lists with
   * {@code checksum}; null otherwise (also when it is unreadable: the caller then builds it).
   */
  static Gazetteer read(Language language, int level, long checksum) {
    byte[] data;
    try (InputStream in = GazetteerCompiler.class.getResourceAsStream(DIR + name(language, level))) {
      if (in == null) {
        return null;
      }
      data = in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
    try {
      ByteBuffer b = ByteBuffer.wrap(data);
      if (b.getInt() != MAGIC || b.getLong() != checksum) {
        return null;
      }
      int maxWords = b.getInt();
      int n = b.getInt();
      long[] forms = new long[n];
      int[] kinds = new int[n];
      for (int i = 0; i < n; i++) {
        forms[i] = b.getLong();
        kinds[i] = b.getInt();
      }
      int p = b.getInt();
      long[] prefixes = new long[p];
      int[] ones = new int[p];
      for (int i = 0; i < p; i++) {
        prefixes[i] = b.getLong();
        ones[i] = 1;
      }
      return b.hasRemaining() || maxWords < 1 ? null
          : Gazetteer.of(HashTable.of(forms, kinds), HashTable.of(prefixes, ones), maxWords);
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }
}
