package kz.taldau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.taldau.json.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final Path SAMPLES = Path.of("..", "samples", "annotated");
  private static final double EPS = 1e-6;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static Path systemOutput() throws URISyntaxException {
    return Path.of(EvalCommandTest.class.getResource("system-output.jsonl").toURI());
  }

  /**
   * Saved output with deliberate errors, scored against the eight sample articles. The expected numbers were
   * computed by a separate Python implementation of SPEC's scoring rules, not by this code.
   */
  @Test
  void scoresSavedOutputLikeAnIndependentScorer() throws Exception {
    Path json = dir.resolve("r.json");
    Path html = dir.resolve("r.html");
    Path md = dir.resolve("r.md");
    int rc = run("eval", "--gold", SAMPLES.toString(), "--system", systemOutput().toString(), "--json",
        json.toString(), "--html", html.toString(), "--markdown", md.toString());
    assertEquals(0, rc, err.toString());
    JsonNode r = DocumentJson.mapper().readTree(Files.readString(json));
    assertEquals(8, r.get("documents").asInt());
    JsonNode e = r.get("entities");
    assertEquals(25, e.at("/micro/tp").asInt());
    assertEquals(12, e.at("/micro/fp").asInt());
    assertEquals(10, e.at("/micro/fn").asInt());
    assertEquals(0.675676, e.at("/micro/precision").asDouble(), EPS);
    assertEquals(0.714286, e.at("/micro/recall").asDouble(), EPS);
    assertEquals(0.694444, e.at("/micro/f1").asDouble(), EPS);
    assertEquals(0.689570, e.at("/macro/f1").asDouble(), EPS);
    assertEquals(0.48, e.at("/byType/ORG/f1").asDouble(), EPS);
    assertEquals(10, e.at("/byType/ORG/fp").asInt());
    assertEquals(0.838710, e.at("/byType/LOC/f1").asDouble(), EPS);
    assertEquals(0.75, e.at("/partial/micro/f1").asDouble(), EPS);
    assertEquals(0.92, e.get("normAccuracy").asDouble(), EPS);
    JsonNode f = r.get("facts");
    assertEquals(0.860465, f.at("/span/micro/f1").asDouble(), EPS);
    assertEquals(0.657895, f.at("/value/micro/precision").asDouble(), EPS);
    assertEquals(0.510204, f.at("/value/micro/recall").asDouble(), EPS);
    assertEquals(0.574713, f.at("/value/micro/f1").asDouble(), EPS);
    assertEquals(0.471726, f.at("/value/macro/f1").asDouble(), EPS);
    assertEquals(0.782609, f.at("/value/byType/MONEY/f1").asDouble(), EPS);
    assertEquals(0.5, f.at("/value/byType/DATE/f1").asDouble(), EPS);
    JsonNode ci = e.at("/micro/ci/f1");
    assertTrue(ci.get(0).asDouble() < 0.694444 && 0.694444 < ci.get(1).asDouble(), ci.toString());
    assertEquals(2, f.at("/value/byType/PERCENT/ci/f1").size());

    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertFalse(page.contains("src=") || page.contains("href=") || page.contains("@import"),
        "no external assets");
    assertTrue(page.contains("<svg"));
    assertTrue(page.contains("<span class=\"g\">Үкімет</span>"),
        "a missed entity highlighted in its sentence");
    assertTrue(Files.readString(md).contains("| **micro** | 67.57 | 71.43 | **69.44** |"));
    String table = out.toString();
    assertTrue(table.contains("  micro        67.57   71.43   69.44      25      12      10"), table);
  }

  @Test
  void runsThePipelineOnTheSamples() {
    int rc = run("eval", "--gold", SAMPLES.toString(), "--resamples", "0");
    assertEquals(0, rc, err.toString());
    String table = out.toString();
    assertTrue(table.contains("gold    " + SAMPLES + " (json, 8 documents)"), table);
    assertTrue(table.contains("Facts, value: span match and every typed field of the gold fact equal"),
        table);
  }

  @Test
  void conllDevSplitAndLimit() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      sb.append("Ержан B-PERSON\nкелді O\n\n");
    }
    Path conll = dir.resolve("s.conll");
    Files.writeString(conll, sb.toString(), StandardCharsets.UTF_8);
    Path json = dir.resolve("dev.json");
    assertEquals(0, run("eval", "--gold", conll.toString(), "--lang", "kk", "--split", "dev", "--json",
        json.toString()), err.toString());
    JsonNode r = DocumentJson.mapper().readTree(Files.readString(json));
    assertEquals(2, r.get("documents").asInt());
    assertEquals("sentence", r.at("/bootstrap/unit").asText());
    // the two dev sentences' PER gold items are all counted (found or missed, whatever the model does)
    assertEquals(2, r.at("/entities/byType/PER/tp").asInt() + r.at("/entities/byType/PER/fn").asInt());
    assertEquals(0, run("eval", "--gold", conll.toString(), "--split", "train", "--limit", "5", "--json",
        json.toString()));
    assertEquals(5, DocumentJson.mapper().readTree(Files.readString(json)).get("documents").asInt());
  }

  @Test
  void usageErrors() {
    assertEquals(2, run("eval", "--gold", SAMPLES.toString(), "--types", "PER,CITY"));
    assertTrue(err.toString().contains(
        "taldau eval: unknown type 'CITY' in --types: use PER,ORG,LOC,MONEY,PERCENT,RATIO,QUANTITY,DATE"));
    assertEquals(2, run("eval", "--gold", SAMPLES.toString(), "--split", "dev"));
    assertTrue(err.toString().contains(
        "taldau eval: --split dev applies to CoNLL sentence files only"));
    assertEquals(1, run("eval", "--gold", dir.resolve("missing.conll").toString()));
    assertTrue(err.toString().contains("missing.conll: no such file"));
  }

  @Test
  void malformedGoldNamesFileAndLine() throws IOException {
    Path conll = dir.resolve("bad.conll");
    Files.writeString(conll, "Ержан B-PERSON\nкелді\n", StandardCharsets.UTF_8);
    assertEquals(1, run("eval", "--gold", conll.toString()));
    assertTrue(err.toString().contains(
        "taldau eval: " + conll + ":2: expected \"TOKEN TAG\", found 1 column: \"келді\""));
  }

  @Test
  void systemOutputMustCoverTheGold() throws Exception {
    Path partial = dir.resolve("partial.jsonl");
    Files.writeString(partial, Files.readAllLines(systemOutput()).get(0) + "\n", StandardCharsets.UTF_8);
    assertEquals(1, run("eval", "--gold", SAMPLES.toString(), "--system", partial.toString()));
    assertTrue(err.toString().contains("no saved output for gold document kk-02"),
        err.toString());
  }
}
