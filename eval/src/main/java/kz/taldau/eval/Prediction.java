package kz.taldau.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.taldau.Document;
import kz.taldau.Sentence;
import kz.taldau.TextSpan;
import kz.taldau.json.DocumentJson;

/**
 * What the system found in one document, in the form the scorer compares: entities with their base
 * forms, facts with their typed fields exactly as {@link DocumentJson} writes them (the single source of
 * predicted field values, so that {@code taldau eval} and saved {@code taldau extract} output agree), and
 * the sentence spans used to show errors in context.
 */
public record Prediction(String text, List<Entity> entities, List<Fact> facts, List<TextSpan> sentences) {

  public Prediction {
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
    sentences = List.copyOf(sentences);
  }

  /** A predicted entity. */
  public record Entity(String type, TextSpan span, String text, String norm) {
    public Entity {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(norm, "norm");
    }
  }

  /** A predicted fact; {@code json} is its DocumentJson object (type, start, end, text, typed fields). */
  public record Fact(String type, TextSpan span, String text, ObjectNode json) {
    public Fact {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      json = Objects.requireNonNull(json, "json").deepCopy();
    }

    /** The typed field {@code name} as written by DocumentJson, if present and not null. */
    public Optional<JsonNode> field(String name) {
      JsonNode n = json.get(name);
      return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
    }
  }

  /** The prediction of a processed (or read back) document. */
  public static Prediction of(Document doc) {
    JsonNode root;
    try {
      root = DocumentJson.mapper().readTree(DocumentJson.write(doc, false));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("DocumentJson wrote JSON it cannot read back: "
          + e.getOriginalMessage(), e);
    }
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      TextSpan span = new TextSpan(e.get("start").asInt(), e.get("end").asInt());
      entities.add(new Entity(e.get("type").asText(), span, span.of(doc.text()), e.path("norm").asText(
          span.of(doc.text()))));
    }
    List<Fact> facts = new ArrayList<>();
    for (JsonNode f : root.path("facts")) {
      TextSpan span = new TextSpan(f.get("start").asInt(), f.get("end").asInt());
      facts.add(new Fact(f.get("type").asText(), span, span.of(doc.text()), (ObjectNode) f));
    }
    List<TextSpan> sentences = doc.sentences().stream().map(Sentence::span).toList();
    return new Prediction(doc.text(), entities, facts, sentences);
  }
}
