package kz.taldau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.taldau.Language;
import kz.taldau.model.ModelId;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir
  Path dir;

  /** Made-up Kazakh sentences in KazNERD's IOB2 format. */
  private Path corpus() throws IOException {
    String[] people = {"Асқар Мамин", "Айгүл Серікова", "Ерлан Қасымов", "Дана Әлиева"};
    String[] places = {"Алматыда", "Астанада", "Шымкентте"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String[] p = people[i % people.length].split(" ");
      sb.append(p[0]).append(" B-PERSON\n").append(p[1]).append(" I-PERSON\n").append("кеше O\n")
          .append(places[i % places.length]).append(" B-GPE\n");
      if (i % 2 == 0) {
        sb.append("Ұлттық B-ORGANISATION\nбанкінде I-ORGANISATION\n");
      }
      sb.append("болды O\n. O\n\n");
    }
    return Files.writeString(dir.resolve("tiny.txt"), sb.toString(), StandardCharsets.UTF_8);
  }

  private static String[] run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void trainsWritesModelManifestAndCardAndRefusesToOverwrite() throws IOException {
    Path data = corpus();
    Path params = Files.writeString(dir.resolve("p.properties"), "Algorithm=PERCEPTRON\nIterations=20\n");
    Path out = dir.resolve("out");
    String[] args = {"train", "--lang", "kk", "--train", data.toString(), "--format", "conll",
        "--train-split", "train", "--dev", data.toString(), "--dev-split", "dev",
        "--params", params.toString(),
        "--out", out.toString(), "--id", "kk-ner-tiny@1", "--baseline", "--license", "made up for the test",
        "--created", "2025-01-01"};
    String[] r = run(args);
    assertEquals("0", r[0], r[1]);
    NerModel m = Models.loadNameFinder(out, ModelId.parse("kk-ner-tiny@1"), Language.KAZAKH);
    assertEquals("Algorithm=PERCEPTRON,Iterations=20,Cutoff=0,Codec=BIO,Features=TALDAU",
        m.manifest().trainingParams());
    assertEquals(Models.sha256(data), m.manifest().trainingCorpusSha256());
    assertEquals("2025-01-01", m.manifest().created());
    assertTrue(m.manifest().evalDevF1().isPresent());
    String card = Files.readString(out.resolve("kk-tiny-v1.md"));
    assertTrue(card.contains("## Dev scores"), card);
    assertTrue(card.contains("## Baseline"), card);
    assertTrue(card.contains("License: made up for the test"), card);
    assertTrue(card.contains("java -jar cli/target/taldau.jar train --lang kk --train " + data), card);

    String[] again = run(args);
    assertEquals("2", again[0]);
    assertEquals("taldau train: " + out.resolve("kk-tiny-v1.bin") + ": model kk-ner-tiny@1 already exists: "
        + "refusing to overwrite it; train a new version (--id with a higher @N) or use another --out\n",
        again[1].replace("\r\n", "\n"));
  }

  @Test
  void alsoTrainAddsASecondCorpusToTheTrainingData() throws IOException {
    Path data = corpus();
    Path second = Files.copy(data, dir.resolve("second.txt"));
    Path params = Files.writeString(dir.resolve("p.properties"), "Algorithm=PERCEPTRON\nIterations=5\n");
    String[] r = run("train", "--lang", "kk", "--train", data.toString(), "--format", "conll",
        "--also-train", second.toString(), "--also-format", "conll", "--params", params.toString(),
        "--out", dir.resolve("o").toString(), "--id", "kk-ner-tiny@1", "--created", "2025-01-01");
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("on 80 sentences"), r[1]);
    String card = Files.readString(dir.resolve("o").resolve("kk-tiny-v1.md"));
    assertTrue(card.contains("`" + data + "`, `" + second + "`"), card);
    assertTrue(card.contains(second + "` | `" + Models.sha256(second)), card);
  }

  @Test
  void rejectsAnIdOfAnotherLanguage() throws IOException {
    String[] r = run("train", "--lang", "kk", "--train", corpus().toString(), "--format", "conll", "--out",
        dir.resolve("o").toString(), "--id", "ru-ner-news@1");
    assertEquals("2", r[0]);
    assertEquals("taldau train: model id ru-ner-news@1 must be kk-ner-<domain>@N\n",
        r[1].replace("\r\n", "\n"));
  }
}
