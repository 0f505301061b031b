package kz.taldau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import kz.taldau.json.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void measuresTheBundledSamplesOnOneAndTwoThreadsAndWritesJson() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path json = dir.resolve("bench.json");
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "--warmup", "0", "--seconds",
        "0.2", "--threads", "2", "--json", json.toString());
    assertEquals(0, code, err.toString());
    String text = out.toString();
    assertTrue(text.contains("pipeline, 1 thread") && text.contains("pipeline, 2 threads"), text);
    assertTrue(text.contains("speed-up on 2 threads:"), text);
    JsonNode r = DocumentJson.mapper().readTree(json.toFile());
    assertTrue(r.path("modelLoadMillis").asLong() > 0, r.toString());
    JsonNode pipeline = r.path("pipeline");
    assertTrue(pipeline.path("tokensPerSecond").path("threads1").asLong() > 0, r.toString());
    assertTrue(pipeline.path("tokensPerSecond").path("threadsN").asLong() > 0, r.toString());
    assertEquals(2, pipeline.path("threads").asInt());
    assertEquals(1, pipeline.path("speedupPerRound").size(), r.toString());
    assertTrue(r.path("stages").has("NER") && r.path("stages").has("tokenize"), r.toString());
    assertEquals(2, r.path("corpus").path("articles").asInt());
  }
}
