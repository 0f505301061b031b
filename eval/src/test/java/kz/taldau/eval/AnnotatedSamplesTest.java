package kz.taldau.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.taldau.TextSpan;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.GoldEntity;
import kz.taldau.corpus.JsonArticleReader;
import kz.taldau.json.DocumentJson;
import org.junit.jupiter.api.Test;

/** The hand-annotated example articles in {@code samples/annotated}: offsets, coverage, and a perfect score.
/** */
class AnnotatedSamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples", "annotated");

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everyOffsetCoversItsText() throws IOException {
    int items = 0;
    for (Path f : files()) {
      JsonNode doc = DocumentJson.mapper().readTree(Files.readString(f));
      String text = doc.get("text").asText();
      for (String layer : List.of("entities", "facts")) {
        for (JsonNode it : doc.get(layer)) {
          int start = it.get("start").asInt();
          int end = it.get("end").asInt();
          assertEquals(it.get("text").asText(), text.substring(start, end), f + " " + it);
          items++;
        }
      }
    }
    assertTrue(items > 80, "items: " + items);
  }

  @Test
  void eightArticlesFourPerLanguageWithNormsAndFacts() throws IOException {
    List<AnnotatedDocument> docs = JsonArticleReader.standard().read(SAMPLES);
    assertEquals(8, docs.size());
    assertEquals(4, docs.stream().filter(d -> d.language().orElseThrow().tag().equals("kk")).count());
    assertEquals(4, docs.stream().filter(d -> d.language().orElseThrow().tag().equals("ru")).count());
    for (AnnotatedDocument d : docs) {
      assertTrue(d.documentDate().isPresent(), d.id());
      assertTrue(d.entities().orElseThrow().stream().allMatch(e -> e.norm().isPresent()), d.id());
      assertTrue(d.facts().orElseThrow().size() >= 5, d.id());
    }
    List<String> factTypes = docs.stream().flatMap(d -> d.facts().orElseThrow().stream()).map(f -> f.type())
        .distinct().sorted().toList();
    assertEquals(List.of("DATE", "MONEY", "PERCENT", "QUANTITY", "RATIO"), factTypes);
  }

  @Test
  void theGoldScoredAgainstItselfIsPerfect() throws IOException {
    List<AnnotatedDocument> docs = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    for (Path f : files()) {
      AnnotatedDocument d = JsonArticleReader.standard().read(f).get(0);
      JsonNode raw = DocumentJson.mapper().readTree(Files.readString(f));
      List<Prediction.Entity> entities = new ArrayList<>();
      for (GoldEntity e : d.entities().orElseThrow()) {
        entities.add(new Prediction.Entity(e.type(), e.span(), e.text(), e.norm().orElseThrow()));
      }
      List<Prediction.Fact> facts = new ArrayList<>();
      for (JsonNode n : raw.get("facts")) {
        TextSpan span = new TextSpan(n.get("start").asInt(), n.get("end").asInt());
        facts.add(new Prediction.Fact(n.get("type").asText(), span, n.get("text").asText(), (ObjectNode) n));
      }
      docs.add(d);
      predictions.add(new Prediction(d.text(), entities, facts, List.of()));
    }
    EvaluationReport r = new Scorer(ScoringOptions.defaults()).score(docs, predictions);
    EvaluationReport.EntityScores e = r.entities().orElseThrow();
    assertEquals(1.0, e.exact().micro().f1());
    assertEquals(1.0, e.exact().macroF1());
    assertEquals(new Interval(1, 1), e.exact().confidence().orElseThrow().microF1());
    assertEquals(1.0, e.normAccuracy().orElseThrow());
    assertEquals(1.0, r.facts().orElseThrow().value().micro().f1());
    assertEquals(1.0, r.facts().orElseThrow().span().macroF1());
    assertEquals(Map.of(), Map.copyOf(errorsByKind(r)));
    // Optional items matched by their own predictions are ignored; items outside ru-03's body are not scored.
    assertEquals(35, e.exact().micro().tp());
  }

  private static Map<ErrorKind, Long> errorsByKind(EvaluationReport r) {
    return r.errors().stream().collect(java.util.stream.Collectors.groupingBy(ErrorItem::kind,
        java.util.stream.Collectors.counting()));
  }
}
