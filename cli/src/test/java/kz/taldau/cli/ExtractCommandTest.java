package kz.taldau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.taldau.text.Utf8;
import kz.taldau.json.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void printsOneJsonDocumentForAFile() throws Exception {
    Path f = write("kk.txt", "Алматы қаласының әкімі депутатпен кездесті. Тараптар ынтымақтастықты талқылады.");
    assertEquals(0, run("extract", f.toString()), err.toString());
    JsonNode doc = DocumentJson.mapper().readTree(out.toString());
    assertEquals("kk.txt", doc.get("id").asText());
    assertEquals("kk", doc.get("lang").asText());
    assertEquals(2, doc.get("sentences").size());
    assertTrue(doc.has("tokens") && doc.has("entities") && doc.has("facts"));
  }

  @Test
  void languageAndDateOptionsApply() throws Exception {
    Path f = write("ru.txt", "Посол обсудил с акимом вопросы сотрудничества.");
    assertEquals(0, run("extract", "--lang", "kk", "--date", "2025-09-25", "--format", "jsonl", f.toString()));
    String line = out.toString().strip();
    assertFalse(line.contains("\n"), "one line per document");
    JsonNode doc = DocumentJson.mapper().readTree(line);
    assertEquals("kk", doc.get("lang").asText());
    assertEquals("2025-09-25", doc.get("documentDate").asText());
  }

  @Test
  void unknownLanguageIsAUsageError() throws Exception {
    Path f = write("a.txt", "Текст.");
    assertEquals(2, run("extract", "--lang", "en", f.toString()));
    assertTrue(err.toString().contains("unknown language 'en': use auto, kk or ru"), err.toString());
  }

  @Test
  void invalidUtf8FailsThatFileOnlyAndNamesTheByteOffset() throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'O', 'k', ' ', (byte) 0xD0, (byte) 0x28, 'x'});
    Path good = write("good.txt", "Посол обсудил с акимом вопросы сотрудничества.");
    Path outDir = dir.resolve("out");
    assertEquals(1, run("extract", "--out", outDir.toString(), bad.toString(), good.toString()));
    assertTrue(err.toString().contains(bad + ": invalid UTF-8 at byte offset 3"), err.toString());
    assertFalse(Files.exists(outDir.resolve("bad.txt.json")), "nothing written for the bad file");
    JsonNode doc = DocumentJson.mapper().readTree(Files.readString(outDir.resolve("good.txt.json")));
    assertEquals("ru", doc.get("lang").asText());
  }

  @Test
  void inputsWithTheSameFileNameGetSeparateOutputs() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Path first = Files.writeString(a.resolve("news.txt"), "Алматыда фестиваль өтеді.");
    Path second = Files.writeString(b.resolve("news.txt"), "Посол обсудил с акимом вопросы сотрудничества.");
    Path taken = Files.writeString(b.resolve("news.txt~2"), "Астанада көрме ашылды.");
    Path outDir = dir.resolve("out");
    assertEquals(0, run("extract", "--threads", "2", "--out", outDir.toString(), first.toString(),
        second.toString(), taken.toString()), err.toString());
    assertEquals("kk", DocumentJson.mapper().readTree(outDir.resolve("news.txt.json").toFile()).get("lang")
        .asText());
    assertEquals("ru", DocumentJson.mapper().readTree(outDir.resolve("news.txt~3.json").toFile()).get("lang")
        .asText());
    assertTrue(Files.exists(outDir.resolve("news.txt~2.json")));
    assertTrue(err.toString().contains(second + " has the same name as " + first + ": writing "
        + outDir.resolve("news.txt~3.json")), err.toString());
  }

  @Test
  void outputFilesTakeTheExtensionOfTheirFormat() throws Exception {
    Path in = Files.writeString(dir.resolve("news.txt"), "Посол обсудил с акимом вопросы сотрудничества.");
    Path outDir = dir.resolve("formats");
    assertEquals(0, run("extract", "--format", "jsonl", "--out", outDir.toString(), in.toString()),
        err.toString());
    assertEquals(1, Files.readAllLines(outDir.resolve("news.txt.jsonl")).size(), "one document, one line");
    assertEquals(0, run("extract", "--format", "text", "--out", outDir.toString(), in.toString()),
        err.toString());
    assertTrue(Files.readString(outDir.resolve("news.txt.txt")).startsWith("# news.txt"));
    assertFalse(Files.exists(outDir.resolve("news.txt.json")));
  }

  @Test
  void missingFileIsNamedAndOthersAreProcessed() throws Exception {
    Path good = write("good.txt", "Алматыда фестиваль өтеді.");
    assertEquals(1, run("extract", "--format", "text", dir.resolve("nope.txt").toString(), good.toString()));
    assertTrue(err.toString().contains(dir.resolve("nope.txt") + ": no such file"), err.toString());
    assertTrue(out.toString().contains("# good.txt  lang=kk"), out.toString());
  }

  @Test
  void textOverTheLimitIsReportedWithTheSetting() throws Exception {
    Path big = write("big.txt", "а ".repeat(600_000));
    assertEquals(1, run("extract", big.toString()));
    assertTrue(err.toString().contains("exceeds the maximum allowed (1000000, from ProcessingLimits.maxChars)"),
        err.toString());
  }

  @Test
  void manyFilesOnThreadsKeepTheirOrder() throws Exception {
    String[] args = new String[2 + 20];
    args[0] = "extract";
    args[1] = "--threads=3";
    for (int i = 0; i < 20; i++) {
      args[2 + i] = write("f" + i + ".txt", "Алматыда " + i + " кәсіпорын бар.").toString();
    }
    args[2 + 7] = dir.resolve("missing.txt").toString();
    assertEquals(1, run(java.util.Arrays.copyOf(args, args.length)));
    String[] lines = out.toString().split("\n\\}\n");
    int k = 0;
    for (int i = 0; i < 20; i++) {
      if (i == 7) {
        continue;
      }
      assertTrue(lines[k++].contains("\"id\" : \"f" + i + ".txt\""), "file " + i + " in order");
    }
    assertTrue(err.toString().contains("missing.txt: no such file"), err.toString());
  }

  @Test
  void decodesStrictUtf8() throws Exception {
    assertEquals("Қазақ", Utf8.decode("Қазақ".getBytes(StandardCharsets.UTF_8), "x"));
    Utf8.InvalidUtf8Exception e = org.junit.jupiter.api.Assertions.assertThrows(
        Utf8.InvalidUtf8Exception.class, () -> Utf8.decode(new byte[] {'a', (byte) 0xFF}, "f.txt"));
    assertEquals("f.txt: invalid UTF-8 at byte offset 1", e.getMessage());
  }
}
