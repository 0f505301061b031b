package kz.taldau.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.taldau.Language;
import kz.taldau.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsDirectoryOfJsonAndJsonLines() throws IOException {
    Iterator<AnnotatedDocument> it = JsonArticleReader.standard().read(ReaderTestSupport.sample("json"))
        .iterator();

    AnnotatedDocument a = it.next();
    assertEquals("ru-test-1", a.id());
    assertEquals(Optional.of(Language.RUSSIAN), a.language());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), a.documentDate());
    assertEquals(Optional.of(new TextSpan(0, 71)), a.body());
    assertEquals(List.of(
        new GoldEntity("PER", new TextSpan(17, 30), "Ерлан Сабитов", Optional.of("Ерлан Сабитов"), false),
        new GoldEntity("LOC", new TextSpan(51, 57), "Астаны", Optional.of("Астана"), true)),
        a.entities().orElseThrow());
    assertEquals(List.of(new GoldFact("PERCENT", new TextSpan(64, 70), "на 12%", Map.of("value",
        Optional.of("12"),
        "change", Optional.of("INCREASE"), "indicator", Optional.of("BUDGET")), false)), a.facts()
            .orElseThrow());

    AnnotatedDocument b = it.next();
    assertEquals("kk-test-1", b.id());
    assertEquals(Optional.empty(), b.documentDate());
    assertEquals(List.of(new GoldFact("DATE", new TextSpan(9, 18), "2024 жылы", Map.of("value",
        Optional.of("2024")),
        false), new GoldFact("MONEY", new TextSpan(19, 33), "1,5 млрд теңге", Map.of("amount",
        Optional.of("1500000000"), "currency", Optional.of("KZT"), "change", Optional.empty()), false)),
        b.facts().orElseThrow());

    AnnotatedDocument c = it.next();
    assertEquals("kk-test-2", c.id());
    assertEquals(Optional.empty(), c.entities());
    assertTrue(c.entityTypes().isEmpty());
    assertEquals(Optional.of(List.of()), c.facts());
    assertEquals(5, c.factTypes().size());
    assertFalse(it.hasNext(), "exhausted");
  }

  @Test
  void textMismatchNamesFileAndLine() throws IOException {
    Path f = write("a.json", "{\"id\": \"x\", \"text\": \"Алматы қаласы\",\n"
        + " \"entities\": [\n"
        + "  {\"type\": \"LOC\", \"start\": 0, \"end\": 5, \"text\": \"Алматы\"}]}\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> JsonArticleReader.standard()
        .read(f));
    assertEquals(f + ":3: \"text\" \"Алматы\" differs from the article text at [0, 5): \"Алмат\": "
        + "\"{\"type\": \"LOC\", \"start\": 0, \"end\": 5, \"text\": \"Алматы\"}]}\"", e.getMessage());
  }

  @Test
  void unknownTypeAndBadField() throws IOException {
    Path f = write("b.jsonl",
        "{\"text\": \"Алматы\", \"entities\": [{\"type\": \"CITY\", \"start\": 0, \"end\": 6, "
        + "\"text\": \"Алматы\"}]}\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> JsonArticleReader.standard()
        .read(f));
    assertEquals(f + ":1: unknown entity type \"CITY\"; known: [LOC, ORG, PER]: \"" + Files.readString(f)
        .strip()
        + "\"", e.getMessage());

    Path g = write("c.json",
        "{\"text\": \"5%\", \"facts\": [{\"type\": \"PERCENT\", \"start\": 0, \"end\": 2, "
        + "\"text\": \"5%\", \"value\": [5]}]}");
    e = assertThrows(CorpusFormatException.class, () -> JsonArticleReader.standard().read(g));
    assertEquals("fact field \"value\" must be a number, a string or null: [5]", e.problem());
  }

  @Test
  void malformedJson() throws IOException {
    Path f = write("d.json", "{\"text\": \"a\",\n \"entities\": [}\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> JsonArticleReader.standard()
        .read(f));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(f + ":2: malformed JSON: Unexpected close marker '}'"),
        e.getMessage());
  }

  @Test
  void missingIdFallsBackToFileName() throws IOException {
    Path f = write("e.json", "[{\"text\": \"a\"},\n{\"text\": \"b\"}]");
    List<AnnotatedDocument> docs = JsonArticleReader.standard().read(f);
    assertEquals(List.of("e.json:1", "e.json:2"), docs.stream().map(AnnotatedDocument::id).toList());
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
