package kz.taldau.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.taldau.Language;
import kz.taldau.TextSpan;

/**
 * Reads the project's annotated articles (SPEC "Annotated articles"): a {@code .json} file holding one
 * article object (or an array of them), a {@code .jsonl} file with one article per line, or a directory of
 * such files. Each article is
 * <pre>{"id", "lang", "documentDate", "text", "body": [start, end] | null,
 *  "entities": [{"type", "start", "end", "text", "norm"?, "optional"?}] | null,
 *  "facts": [{"type", "start", "end", "text", ...typed fields, "optional"?}] | null}</pre>
 *
 * <p>Checked on reading, with file and line in the error: offsets inside the text, {@code text} equal to
 * the covered characters, known types (after the {@link TypeMapping}), typed field values that are numbers,
 * strings or {@code null}. A missing or {@code null} {@code entities}/{@code facts} means "not annotated";
 * keys SPEC does not define are ignored. A missing {@code id} becomes {@code <file name>} (or
 * {@code <file name>:<line>} when the file holds several articles).
 */
public final class JsonArticleReader implements CorpusReader {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final TypeMapping mapping;

  /** A reader whose article types go through {@code mapping} ({@link TypeMapping#project()} by default). */
  public JsonArticleReader(TypeMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /** A reader for articles that use the project's own types. */
  public static JsonArticleReader standard() {
    return new JsonArticleReader(TypeMapping.project());
  }

  @Override
  public List<AnnotatedDocument> read(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return readFile(path);
    }
    List<AnnotatedDocument> out = new ArrayList<>();
    for (Path p : CorpusFiles.list(path, ".json", ".jsonl")) {
      out.addAll(readFile(p));
    }
    return out;
  }

  private List<AnnotatedDocument> readFile(Path file) throws IOException {
    String content = CorpusFiles.read(file);
    Located located = new Located(file, CorpusFiles.splitLines(content));
    List<ObjectNode> articles = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(content)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonNode v = located.value(p);
        if (t == JsonToken.START_OBJECT) {
          articles.add((ObjectNode) v);
        } else if (t == JsonToken.START_ARRAY) {
          for (JsonNode a : v) {
            if (!a.isObject()) {
              throw located.error(v, "expected an array of article objects");
            }
            articles.add((ObjectNode) a);
          }
        } else {
          throw located.error(v, "expected an article object, found " + t);
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new CorpusFormatException(file, line, located.line(line), "malformed JSON: "
          + e.getOriginalMessage(),
          e);
    }
    List<AnnotatedDocument> out = new ArrayList<>();
    for (ObjectNode a : articles) {
      String fallbackId = articles.size() == 1 ? file.getFileName().toString()
          : file.getFileName() + ":" + located.lineOf(a);
      out.add(article(a, located, fallbackId));
    }
    return out;
  }

  private AnnotatedDocument article(ObjectNode a, Located at,
      String fallbackId) throws CorpusFormatException {
    JsonNode textNode = a.get("text");
    if (textNode == null || !textNode.isTextual()) {
      throw at.error(a, "article has no string \"text\"");
    }
    String text = textNode.asText();
    String id = a.hasNonNull("id") ? a.get("id").asText() : fallbackId;
    Optional<Language> lang = Optional.empty();
    if (a.hasNonNull("lang")) {
      String tag = a.get("lang").asText();
      lang = Language.fromTag(tag).filter(l -> l != Language.OTHER);
      if (lang.isEmpty()) {
        throw at.error(a, "unknown \"lang\" \"" + tag + "\": use kk or ru");
      }
    }
    Optional<LocalDate> date = Optional.empty();
    if (a.hasNonNull("documentDate")) {
      try {
        date = Optional.of(LocalDate.parse(a.get("documentDate").asText()));
      } catch (DateTimeParseException e) {
        throw at.error(a, "\"documentDate\" is not YYYY-MM-DD: \"" + a.get("documentDate").asText() + "\"");
      }
    }
    Optional<TextSpan> body = Optional.empty();
    if (a.hasNonNull("body")) {
      JsonNode b = a.get("body");
      if (!b.isArray() || b.size() != 2 || !b.get(0).isInt() || !b.get(1).isInt()) {
        throw at.error(a, "\"body\" must be [start, end]: " + b);
      }
      body = Optional.of(span(at, a, "body", b.get(0).asInt(), b.get(1).asInt(), text));
    }
    Optional<List<GoldEntity>> entities = Optional.empty();
    if (a.hasNonNull("entities")) {
      List<GoldEntity> list = new ArrayList<>();
      for (ObjectNode e : items(at, a, "entities")) {
        list.add(entity(at, e, text));
      }
      entities = Optional.of(list);
    }
    Optional<List<GoldFact>> facts = Optional.empty();
    if (a.hasNonNull("facts")) {
      List<GoldFact> list = new ArrayList<>();
      for (ObjectNode f : items(at, a, "facts")) {
        list.add(fact(at, f, text));
      }
      facts = Optional.of(list);
    }
    return new AnnotatedDocument(id, lang, date, text, body, entities,
        entities.isPresent() ? mapping.entityTypes() : java.util.Set.of(), facts,
        facts.isPresent() ? mapping.factTypes() : java.util.Set.of(), Optional.empty());
  }

  private static List<ObjectNode> items(Located at, ObjectNode a, String field) throws CorpusFormatException {
    JsonNode arr = a.get(field);
    if (!arr.isArray()) {
      throw at.error(a, "\"" + field + "\" must be an array or null");
    }
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode n : arr) {
      if (!n.isObject()) {
        throw at.error(arr, "\"" + field + "\" must hold objects, found " + n);
      }
      out.add((ObjectNode) n);
    }
    return out;
  }

  private GoldEntity entity(Located at, ObjectNode e, String text) throws CorpusFormatException {
    String type = mappedType(at, e, TypeMapping.Layer.ENTITY);
    TextSpan span = itemSpan(at, e, text);
    Optional<String> norm = Optional.empty();
    if (e.hasNonNull("norm")) {
      if (!e.get("norm").isTextual()) {
        throw at.error(e, "\"norm\" must be a string");
      }
      norm = Optional.of(e.get("norm").asText());
    }
    return new GoldEntity(type, span, span.of(text), norm, optional(at, e));
  }

  private GoldFact fact(Located at, ObjectNode f, String text) throws CorpusFormatException {
    String type = mappedType(at, f, TypeMapping.Layer.FACT);
    TextSpan span = itemSpan(at, f, text);
    Map<String, Optional<String>> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = f.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!GoldFact.FIELD_NAMES.contains(field.getKey())) {
        continue;
      }
      JsonNode v = field.getValue();
      if (v.isNull()) {
        fields.put(field.getKey(), Optional.empty());
      } else if (v.isNumber()) {
        fields.put(field.getKey(), Optional.of(plain(v.decimalValue())));
      } else if (v.isTextual()) {
        fields.put(field.getKey(), Optional.of(v.asText()));
      } else {
        throw at.error(f, "fact field \"" + field.getKey() + "\" must be a number, a string or null: " + v);
      }
    }
    return new GoldFact(type, span, span.of(text), fields, optional(at, f));
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private String mappedType(Located at, ObjectNode item,
      TypeMapping.Layer layer) throws CorpusFormatException {
    JsonNode t = item.get("type");
    if (t == null || !t.isTextual()) {
      throw at.error(item, "item has no string \"type\"");
    }
    Optional<TypeMapping.Target> target = mapping.map(t.asText()).filter(x -> x.layer() == layer);
    if (target.isEmpty()) {
      throw at.error(item, "unknown " + (layer == TypeMapping.Layer.ENTITY ? "entity" : "fact") + " type \""
          + t.asText() + "\"; known: " + (layer == TypeMapping.Layer.ENTITY ? mapping.entityTypes()
          : mapping.factTypes()));
    }
    return target.get().type();
  }

  private static TextSpan itemSpan(Located at, ObjectNode item, String text) throws CorpusFormatException {
    if (!item.path("start").isInt() || !item.path("end").isInt()) {
      throw at.error(item, "\"start\" and \"end\" must be integers");
    }
    TextSpan span = span(at, item, "item", item.get("start").asInt(), item.get("end").asInt(), text);
    JsonNode surface = item.get("text");
    if (surface == null || !surface.isTextual()) {
      throw at.error(item, "item has no string \"text\"");
    }
    if (!surface.asText().equals(span.of(text))) {
      throw at.error(item, "\"text\" \"" + surface.asText() + "\" differs from the article text at " + span
          + ": \"" + span.of(text) + "\"");
    }
    return span;
  }

  private static TextSpan span(Located at, JsonNode node, String what, int start, int end, String text)
      throws CorpusFormatException {
    if (start < 0 || end <= start || end > text.length()) {
      throw at.error(node, what + " span [" + start + ", " + end + ") is empty or outside the text of length "
          + text.length());
    }
    return new TextSpan(start, end);
  }

  private static boolean optional(Located at, ObjectNode item) throws CorpusFormatException {
    JsonNode o = item.get("optional");
    if (o == null || o.isNull()) {
      return false;
    }
    if (!o.isBoolean()) {
      throw at.error(item, "\"optional\" must be true or false");
    }
    return o.asBoolean();
  }

  /** A JSON tree that remembers the line where each object and array starts, for error messages. */
  private static final class Located {
    private final Path file;
    private final List<String> lines;
    private final Map<JsonNode, Integer> lineOf = new IdentityHashMap<>();

    Located(Path file, List<String> lines) {
      this.file = file;
      this.lines = lines;
    }

    /** Reads the value at the parser's current token. */
    JsonNode value(JsonParser p) throws IOException {
      int line = p.currentTokenLocation().getLineNr();
      switch (p.currentToken()) {
        case START_OBJECT: {
          ObjectNode o = NODES.objectNode();
          lineOf.put(o, line);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            o.set(name, value(p));
          }
          return o;
        }
        case START_ARRAY: {
          ArrayNode a = NODES.arrayNode();
          lineOf.put(a, line);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.add(value(p));
          }
          return a;
        }
        case VALUE_STRING:
          return NODES.textNode(p.getText());
        case VALUE_NUMBER_INT:
          return p.getNumberType() == JsonParser.NumberType.INT ? NODES.numberNode(p.getIntValue())
              : NODES.numberNode(p.getDecimalValue());
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(p.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new CorpusFormatException(file, line, line(line), "unexpected JSON token "
              + p.currentToken());
      }
    }

    int lineOf(JsonNode n) {
      return lineOf.getOrDefault(n, 0);
    }

    String line(int lineNo) {
      return lineNo >= 1 && lineNo <= lines.size() ? lines.get(lineNo - 1).strip() : "";
    }

    CorpusFormatException error(JsonNode at, String problem) {
      int n = lineOf(at);
      return new CorpusFormatException(file, n, line(n), problem);
    }
  }
}
