package kz.taldau.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.taldau.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactRuEvalReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsMentionsTokensAndSentences() throws IOException {
    Iterator<AnnotatedDocument> it = FactRuEvalReader.standard().read(ReaderTestSupport.sample("factrueval"))
        .iterator();
    AnnotatedDocument d = it.next();
    assertEquals("book_1", d.id());
    assertEquals(List.of(
        GoldEntity.of("ORG", new TextSpan(6, 13), "Минфина"),
        GoldEntity.of("PER", new TextSpan(14, 28), "Антон Силуанов"),
        GoldEntity.of("LOC", new TextSpan(38, 44), "Казань"),
        GoldEntity.of("ORG", new TextSpan(63, 75), "мэрии Казани"),
        GoldEntity.of("LOC", new TextSpan(79, 96), "зале «Новый город")), d.entities().orElseThrow());
    assertEquals(Optional.empty(), d.facts());
    assertEquals(Set.of(), d.factTypes());
    List<List<TextSpan>> sentences = d.sentences().orElseThrow();
    assertEquals(3, sentences.size());
    assertEquals(8, sentences.get(0).size());
    assertEquals(new TextSpan(0, 5), sentences.get(0).get(0));
    assertEquals(List.of("Проект", "«", "Весна", "»", "начат", "."),
        sentences.get(2).stream().map(s -> s.of(d.text())).toList());
    assertFalse(it.hasNext(), "exhausted");
  }

  @Test
  void tokenTextMustMatch() throws IOException {
    Files.writeString(dir.resolve("book_2.txt"), "Мэр Казани", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("book_2.tokens"), "1 0 3 Мэр\n2 4 6 Казань\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("book_2.spans"), "", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("book_2.objects"), "", StandardCharsets.UTF_8);
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> FactRuEvalReader.standard().read(dir));
    assertEquals(dir.resolve("book_2.tokens") + ":2: token \"Казань\" differs from the text at its offsets: "
        + "\"Казани\": \"2 4 6 Казань\"", e.getMessage());
  }

  @Test
  void unknownSpanId() throws IOException {
    Files.writeString(dir.resolve("book_3.txt"), "Мэр Казани", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("book_3.tokens"), "1 0 3 Мэр\n2 4 6 Казани\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("book_3.spans"), "7 loc_name 4 6 2 1  # 2 Казани\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("book_3.objects"), "9 LocOrg 8 # Казани\n", StandardCharsets.UTF_8);
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> FactRuEvalReader.standard().read(dir));
    assertEquals(dir.resolve("book_3.objects")
        + ":1: span id 8 is not in book_3.spans: \"9 LocOrg 8 # Казани\"",
        e.getMessage());
  }
}
