package kz.taldau.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.taldau.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The two sample pages in {@code ../shared/samples} (or {@code -Dtaldau.shared=DIR}): every fact the
 * pipeline finds, text and canonical form. The pages are not part of the project; the test skips
 * without them.
 */
class SampleArticlesTest {

  static Path shared() {
    String prop = System.getProperty("taldau.shared");
    return prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
  }

  private static List<String> facts(String name) throws IOException {
    Path file = shared().resolve("samples").resolve(name);
    Assumptions.assumeTrue(Files.exists(file), "sample missing: " + file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Document doc = FactTables.PIPELINE.process(text);
    return doc.facts().stream().map(f -> f.text() + " => " + f.canonical()).toList();
  }

  @Test
  void kazakhSample() throws IOException {
    assertEquals(List.of(
        "60-тан астам кәсіпорын => QUANTITY 60 кәсіпорын MORE_THAN",
        "биылғы жылдың бірінші тоқсанында => DATE THIS_YEAR-Q1",
        "13%-ға => PERCENT 13 INCREASE TRADE_TURNOVER",
        "2016 жылы => DATE 2016"), facts("000_b24b20e230ad4787.txt"));
  }

  @Test
  void russianSample() throws IOException {
    assertEquals(List.of(
        // page chrome: the date line under the weather widget
        "28 апреля, 2025 => DATE 2025-04-28",
        "более чем в 50 стран => QUANTITY 50 страна MORE_THAN EXPORT",
        "около 30 млн долларов США => MONEY 30000000 USD APPROX TRADE_TURNOVER",
        "9 месяцев текущего года => DATE THIS_YEAR-01/THIS_YEAR-09",
        "18 млн долларов => MONEY 18000000 USD EXPORT",
        "10 млн долларов => MONEY 10000000 USD IMPORT",
        // page chrome: teasers of other articles
        "2026 года => DATE 2026",
        "52% => PERCENT 52",
        "92 новых объекта => QUANTITY 92 объект",
        "более чем в один миллиард тенге => MONEY 1000000000 KZT MORE_THAN"),
        facts("001_045df55dd6db0b2b.txt"));
  }
}
