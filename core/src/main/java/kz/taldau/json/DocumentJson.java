package kz.taldau.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.Sentence;
import kz.taldau.TextSpan;
import kz.taldau.Token;
import kz.taldau.TokenKind;
import kz.taldau.fact.Bound;
import kz.taldau.fact.Change;
import kz.taldau.fact.DateFact;
import kz.taldau.fact.Fact;
import kz.taldau.fact.MoneyFact;
import kz.taldau.fact.NumberRange;
import kz.taldau.fact.PercentFact;
import kz.taldau.fact.QuantityFact;
import kz.taldau.fact.RatioFact;
import kz.taldau.text.TextNormalizer;

/**
 * {@link Document} to and from JSON in SPEC's field names: {@code id}, {@code lang}, {@code documentDate},
 * {@code text}, {@code sentences}, {@code tokens}, {@code entities}, {@code facts}. Entities and facts carry
 * {@code type}, {@code start}, {@code end}, {@code text} and their typed fields; numbers are exact decimals in
 * plain notation. Thread-safe.
 */
public final class DocumentJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private DocumentJson() {}

  /** The shared mapper configured for exact decimals, for readers of Taldau JSON. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One JSON object on one line ({@code pretty == false}) or indented. */
  public static String write(Document doc, boolean pretty) {
    StringWriter w = new StringWriter(doc.text().length() * 4 + 256);
    write(doc, w, pretty);
    return w.toString();
  }

  /** Writes {@code doc} to {@code out}; the writer is flushed, not closed. */
  public static void write(Document doc, Writer out, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      writeDocument(g, doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  private static void writeDocument(JsonGenerator g, Document doc) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", doc.id().orElse(null));
    g.writeStringField("lang", doc.language().tag());
    g.writeNumberField("langConfidence", round(doc.languageConfidence()));
    g.writeStringField("documentDate", doc.documentDate().map(LocalDate::toString).orElse(null));
    g.writeStringField("text", doc.text());
    g.writeArrayFieldStart("sentences");
    for (Sentence s : doc.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.span().start());
      g.writeNumberField("end", s.span().end());
      g.writeStringField("lang", s.language().tag());
      g.writeNumberField("langConfidence", round(s.confidence()));
      g.writeNumberField("firstToken", s.firstToken());
      g.writeNumberField("endToken", s.endToken());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tokens");
    for (Token t : doc.tokens()) {
      g.writeStartObject();
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      if (!t.form().equals(t.text())) {
        g.writeStringField("form", t.form());
      }
      g.writeStringField("kind", t.kind().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (EntityMention e : doc.entities()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("text", e.text());
      g.writeStringField("norm", e.norm());
      g.writeNumberField("score", round(e.score()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("facts");
    for (Fact f : doc.facts()) {
      writeFact(g, f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFact(JsonGenerator g, Fact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", f.type().name());
    g.writeNumberField("start", f.start());
    g.writeNumberField("end", f.end());
    g.writeStringField("text", f.text());
    if (f instanceof MoneyFact m) {
      writeRange(g, "amount", m.amount());
      g.writeStringField("currency", m.currency());
      writeQualifiers(g, m.bound(), m.change());
    } else if (f instanceof PercentFact p) {
      writeRange(g, "value", p.value());
      writeQualifiers(g, p.bound(), p.change());
    } else if (f instanceof RatioFact r) {
      writeRange(g, "value", r.value());
      writeQualifiers(g, r.bound(), r.change());
    } else if (f instanceof QuantityFact q) {
      writeRange(g, "value", q.value());
      g.writeStringField("unit", q.unit());
      writeQualifiers(g, q.bound(), q.change());
    } else if (f instanceof DateFact d) {
      g.writeStringField("value", d.value());
    }
    if (f.indicator().isPresent()) {
      g.writeStringField("indicator", f.indicator().get());
    }
    g.writeEndObject();
  }

  private static void writeRange(JsonGenerator g, String single, NumberRange r) throws IOException {
    if (r.isSingle()) {
      g.writeNumberField(single, r.min());
    } else {
      g.writeNumberField("min", r.min());
      g.writeNumberField("max", r.max());
    }
  }

  private static void writeQualifiers(JsonGenerator g, Bound bound, Optional<Change> change) throws IOException {
    g.writeStringField("bound", bound.name());
    if (change.isPresent()) {
      g.writeStringField("change", change.get().name());
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  // ---- reading ------------------------------------------------------------------------------------

  /**
   * Reads a document written by {@link #write}. Token forms and the normalized text are recomputed.
   *
   * @throws JsonFormatException when the JSON is malformed or a field is missing or invalid
   */
  public static Document read(String json) throws JsonFormatException {
    JsonNode root;
    try (JsonParser p = FACTORY.createParser(json)) {
      root = MAPPER.readTree(p);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new JsonFormatException("malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON from a string", e);
    }
    return read(root);
  }

  /** Reads a document from a parsed JSON object; see {@link #read(String)}. */
  public static Document read(JsonNode root) throws JsonFormatException {
    if (root == null || !root.isObject()) {
      throw new JsonFormatException("expected a JSON object");
    }
    String text = requiredText(root, "text");
    Document.Builder b = Document.builder(TextNormalizer.getInstance().normalize(text));
    JsonNode id = root.get("id");
    if (id != null && !id.isNull()) {
      b.id(id.asText());
    }
    Language lang = language(root.get("lang"));
    b.language(lang, root.path("langConfidence").asDouble(0));
    JsonNode date = root.get("documentDate");
    if (date != null && !date.isNull()) {
      try {
        b.documentDate(LocalDate.parse(date.asText()));
      } catch (DateTimeParseException e) {
        throw new JsonFormatException("documentDate is not an ISO date: " + date.asText(), e);
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (JsonNode t : array(root, "tokens")) {
      TextSpan span = span(t, text);
      String raw = span.of(text);
      TokenKind kind = enumValue(TokenKind.class, t, "kind");
      tokens.add(new Token(span, raw, TextNormalizer.getInstance().normalize(raw).normalized(), kind));
    }
    b.tokens(tokens);
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : array(root, "sentences")) {
      sentences.add(new Sentence(span(s, text), s.path("firstToken").asInt(), s.path("endToken").asInt(),
          language(s.get("lang")), s.path("langConfidence").asDouble(0)));
    }
    b.sentences(sentences);
    List<EntityMention> entities = new ArrayList<>();
    for (JsonNode e : array(root, "entities")) {
      TextSpan span = span(e, text);
      String type = requiredText(e, "type");
      EntityType et = EntityType.parse(type)
          .orElseThrow(() -> new JsonFormatException("unknown entity type: " + type));
      JsonNode norm = e.get("norm");
      String surface = span.of(text);
      entities.add(new EntityMention(span, surface, et, norm == null || norm.isNull() ? surface : norm.asText(),
          e.path("score").asDouble(1)));
    }
    b.entities(entities);
    List<Fact> facts = new ArrayList<>();
    for (JsonNode f : array(root, "facts")) {
      facts.add(fact(f, text));
    }
    b.facts(facts);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(e.getMessage(), e);
    }
  }

  private static Fact fact(JsonNode f, String text) throws JsonFormatException {
    TextSpan span = span(f, text);
    String surface = span.of(text);
    String type = requiredText(f, "type");
    Optional<String> indicator = optionalText(f, "indicator");
    Bound bound = f.has("bound") ? enumValue(Bound.class, f, "bound") : Bound.EXACT;
    Optional<Change> change = f.has("change") && !f.get("change").isNull()
        ? Optional.of(enumValue(Change.class, f, "change")) : Optional.empty();
    return switch (type) {
      case "MONEY" -> new MoneyFact(span, surface, range(f, "amount"), requiredText(f, "currency"), bound,
          change, indicator);
      case "PERCENT" -> new PercentFact(span, surface, range(f, "value"), bound, change, indicator);
      case "RATIO" -> new RatioFact(span, surface, range(f, "value"), bound, change, indicator);
      case "QUANTITY" -> new QuantityFact(span, surface, range(f, "value"), requiredText(f, "unit"), bound,
          change, indicator);
      case "DATE" -> new DateFact(span, surface, requiredText(f, "value"), indicator);
      default -> throw new JsonFormatException("unknown fact type: " + type);
    };
  }

  private static NumberRange range(JsonNode f, String single) throws JsonFormatException {
    try {
      if (f.hasNonNull(single)) {
        return NumberRange.of(f.get(single).decimalValue());
      }
      if (f.hasNonNull("min") && f.hasNonNull("max")) {
        return NumberRange.between(decimal(f.get("min")), decimal(f.get("max")));
      }
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException("invalid number range in " + f, e);
    }
    throw new JsonFormatException("fact needs \"" + single + "\" or \"min\" and \"max\": " + f);
  }

  private static BigDecimal decimal(JsonNode n) throws JsonFormatException {
    if (n.isNumber()) {
      return n.decimalValue();
    }
    try {
      return new BigDecimal(n.asText());
    } catch (NumberFormatException e) {
      throw new JsonFormatException("not a number: " + n, e);
    }
  }

  private static Language language(JsonNode n) throws JsonFormatException {
    if (n == null || n.isNull()) {
      return Language.OTHER;
    }
    return Language.fromTag(n.asText())
        .orElseThrow(() -> new JsonFormatException("unknown language: " + n.asText()));
  }

  private static TextSpan span(JsonNode n, String text) throws JsonFormatException {
    if (!n.path("start").isInt() || !n.path("end").isInt()) {
      throw new JsonFormatException("\"start\" and \"end\" must be integers: " + n);
    }
    int s = n.get("start").asInt();
    int e = n.get("end").asInt();
    if (s < 0 || e < s || e > text.length()) {
      throw new JsonFormatException("span [" + s + ", " + e + ") outside the text of length " + text.length());
    }
    return new TextSpan(s, e);
  }

  private static Iterable<JsonNode> array(JsonNode root, String field) throws JsonFormatException {
    JsonNode a = root.get(field);
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new JsonFormatException("\"" + field + "\" must be an array");
    }
    return a;
  }

  private static String requiredText(JsonNode n, String field) throws JsonFormatException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new JsonFormatException("missing string field \"" + field + "\"");
    }
    return v.asText();
  }

  private static Optional<String> optionalText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String field)
      throws JsonFormatException {
    String v = requiredText(n, field);
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException("invalid " + field + ": " + v, e);
    }
  }
}
