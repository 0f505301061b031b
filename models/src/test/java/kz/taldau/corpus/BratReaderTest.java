package kz.taldau.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import kz.taldau.Language;
import kz.taldau.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsNerelStyleDirectory() throws IOException {
    Iterator<AnnotatedDocument> it = BratReader.nerel().read(ReaderTestSupport.sample("brat")).iterator();

    AnnotatedDocument d1 = it.next();
    assertEquals("doc1", d1.id());
    assertEquals(Optional.of(Language.RUSSIAN), d1.language());
    // PROFESSION and EVENT are dropped by the mapping, so the CITY inside «Мэр Казани» survives.
    assertEquals(List.of(GoldEntity.of("LOC", new TextSpan(4, 10), "Казани"),
        GoldEntity.of("PER", new TextSpan(11, 22), "Иван Петров"),
        GoldEntity.of("LOC", new TextSpan(31, 40), "Татарстан")), d1.entities().orElseThrow());
    // NUMBER «5» inside PERCENT «5%» is flattened away.
    assertEquals(List.of(GoldFact.spanOnly("PERCENT", new TextSpan(58, 60), "5%"),
        GoldFact.spanOnly("DATE", new TextSpan(64, 72), "2024 год")), d1.facts().orElseThrow());
    assertEquals(Optional.empty(), d1.sentences());

    AnnotatedDocument d2 = it.next();
    assertEquals("doc2", d2.id());
    // Code-point offsets after an emoji (two UTF-16 units); the discontinuous ORG becomes its bounding span
    // and
    // swallows the nested «Южный банки».
    assertEquals(List.of(GoldEntity.of("ORG", new TextSpan(3, 25), "Северный и Южный банки"),
        GoldEntity.of("LOC", new TextSpan(42, 48), "Алматы")), d2.entities().orElseThrow());
    assertFalse(it.hasNext(), "exhausted");
  }

  @Test
  void readsOnePairByEitherPath() throws IOException {
    Path txt = ReaderTestSupport.sample("brat/doc2.txt");
    assertEquals("doc2", BratReader.nerel().read(txt).get(0).id());
  }

  @Test
  void malformedLineIsAnErrorOrReported() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Алматы қаласы", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.ann"), "T1\tCITY 0 6\tАлматы\nстрока без табуляции\n",
        StandardCharsets.UTF_8);
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> BratReader.nerel().read(dir));
    assertEquals(dir.resolve("a.ann") + ":2: not a BRAT annotation line: \"строка без табуляции\"",
        e.getMessage());

    List<CorpusFormatException> reported = new ArrayList<>();
    List<AnnotatedDocument> docs = BratReader.lenient(TypeMapping.nerel(), Optional.empty(), reported::add)
        .read(dir);
    assertEquals(1, reported.size());
    assertEquals(e.getMessage(), reported.get(0).getMessage());
    assertEquals(List.of(GoldEntity.of("LOC", new TextSpan(0, 6), "Алматы")), docs.get(0).entities()
        .orElseThrow());
  }

  @Test
  void surfaceMustMatchOffsets() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Алматы қаласы", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.ann"), "T1\tCITY 0 5\tАлматы\n", StandardCharsets.UTF_8);
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> BratReader.nerel().read(dir));
    assertEquals(dir.resolve("b.ann") + ":1: surface \"Алматы\" differs from the text at its offsets: "
        + "\"Алмат\": \"T1\tCITY 0 5\tАлматы\"", e.getMessage());
  }

  @Test
  void offsetsOutsideTheText() throws IOException {
    Files.writeString(dir.resolve("c.txt"), "Алматы", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("c.ann"), "T1\tCITY 0 60\tАлматы\n", StandardCharsets.UTF_8);
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> BratReader.nerel().read(dir));
    assertEquals(dir.resolve("c.ann") + ":1: fragment [0, 60) is empty or outside the text of 6 characters: "
        + "\"T1\tCITY 0 60\tАлматы\"", e.getMessage());
  }
}
