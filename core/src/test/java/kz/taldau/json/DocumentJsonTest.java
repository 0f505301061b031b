package kz.taldau.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Pipeline;
import kz.taldau.TextSpan;
import kz.taldau.fact.Bound;
import kz.taldau.fact.Change;
import kz.taldau.fact.DateFact;
import kz.taldau.fact.Fact;
import kz.taldau.fact.MoneyFact;
import kz.taldau.fact.NumberRange;
import kz.taldau.fact.PercentFact;
import kz.taldau.fact.QuantityFact;
import kz.taldau.fact.RatioFact;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
  private static final String TEXT = "Экспорт вырос на 10–15% и составил 1 844 036 360,12 тенге в 2016 году.";

  private static Document sample() {
    Document base = Pipeline.builder().factExtractors(List.of()).build().process(TEXT, LocalDate.of(2025, 9, 25));
    List<Fact> facts = List.of(
        new PercentFact(new TextSpan(17, 23), "10–15%", NumberRange.between(new BigDecimal("10"),
            new BigDecimal("15")), Bound.EXACT, Optional.of(Change.INCREASE), Optional.of("EXPORT")),
        new MoneyFact(new TextSpan(35, 57), "1 844 036 360,12 тенге", NumberRange.of("1844036360.12"), "KZT",
            Bound.APPROX, Optional.empty(), Optional.empty()),
        new RatioFact(new TextSpan(0, 7), "Экспорт", NumberRange.of("2"), Bound.EXACT, Optional.empty(),
            Optional.empty()),
        new QuantityFact(new TextSpan(0, 7), "Экспорт", NumberRange.of("1E+3"), "тонна", Bound.MORE_THAN,
            Optional.empty(), Optional.empty()),
        new DateFact(new TextSpan(TEXT.indexOf("2016"), TEXT.indexOf("2016") + 9), "2016 году", "2016", Optional.empty()));
    List<EntityMention> entities = List.of(
        new EntityMention(new TextSpan(0, 7), "Экспорт", EntityType.ORG, "Экспорт", 0.5));
    return base.toBuilder().id("a.txt").facts(facts).entities(entities).build();
  }

  @Test
  void writesSpecFieldNames() throws Exception {
    JsonNode root = DocumentJson.mapper().readTree(DocumentJson.write(sample(), false));
    for (String key : List.of("id", "lang", "documentDate", "text", "sentences", "tokens", "entities", "facts")) {
      assertTrue(root.has(key), key);
    }
    assertEquals("ru", root.get("lang").asText());
    assertEquals("2025-09-25", root.get("documentDate").asText());
    JsonNode percent = root.get("facts").get(0);
    assertEquals("PERCENT", percent.get("type").asText());
    assertEquals(17, percent.get("start").asInt());
    assertEquals("10–15%", percent.get("text").asText());
    assertEquals(new BigDecimal("10"), percent.get("min").decimalValue());
    assertEquals(new BigDecimal("15"), percent.get("max").decimalValue());
    assertFalse(percent.has("value"));
    assertEquals("INCREASE", percent.get("change").asText());
    assertEquals("EXPORT", percent.get("indicator").asText());
    JsonNode money = root.get("facts").get(1);
    assertTrue(DocumentJson.write(sample(), false).contains("\"amount\":1844036360.12"), "plain exact decimal");
    assertEquals("KZT", money.get("currency").asText());
    assertEquals("APPROX", money.get("bound").asText());
    assertEquals("1000", root.get("facts").get(3).get("value").decimalValue().toPlainString());
    assertEquals("тонна", root.get("facts").get(3).get("unit").asText());
    JsonNode entity = root.get("entities").get(0);
    assertEquals("ORG", entity.get("type").asText());
    assertEquals("Экспорт", entity.get("norm").asText());
  }

  @Test
  void roundTrips() throws Exception {
    Document d = sample();
    Document back = DocumentJson.read(DocumentJson.write(d, true));
    assertEquals(d.id(), back.id());
    assertEquals(d.text(), back.text());
    assertEquals(d.language(), back.language());
    assertEquals(d.documentDate(), back.documentDate());
    assertEquals(d.tokens(), back.tokens());
    assertEquals(d.sentences().size(), back.sentences().size());
    assertEquals(d.entities(), back.entities());
    assertEquals(d.facts(), back.facts());
  }

  @Test
  void malformedJsonIsAClearError() {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> DocumentJson.read("{\"text\": 5}"));
    assertEquals("missing string field \"text\"", e.getMessage());
    e = assertThrows(JsonFormatException.class,
        () -> DocumentJson.read("{\"text\": \"abc\", \"entities\": [{\"type\": \"PER\", \"start\": 1, \"end\": 9}]}"));
    assertEquals("span [1, 9) outside the text of length 3", e.getMessage());
    e = assertThrows(JsonFormatException.class, () -> DocumentJson.read("{\"text\": "));
    assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
  }
}
