package kz.taldau.eval;

import static kz.taldau.eval.Fixtures.fact;
import static kz.taldau.eval.Fixtures.factsOnly;
import static kz.taldau.eval.Fixtures.find;
import static kz.taldau.eval.Fixtures.predict;
import static kz.taldau.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.GoldFact;
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

/** Fact span-F1 and value-F1 with hand-computed expected values. */
class FactScoringTest {
  private static final double EPS = 1e-9;
  private static final String TEXT = "Товарооборот составил около 30 млн долларов и вырос на 13% "
      + "в 2016 году; "
      + "открыто 28 предприятий, экспорт вырос вдвое.";

  private static MoneyFact money(String surface, String amount, String currency, Bound bound) {
    return new MoneyFact(find(TEXT, surface, 0), surface, NumberRange.of(new BigDecimal(amount)), currency,
        bound,
        Optional.empty(), Optional.empty());
  }

  @Test
  void spanAndValueByHand() {
    List<GoldFact> gold = List.of(
        fact(TEXT, "MONEY", "около 30 млн долларов", Map.of("amount", Optional.of("30000000"),
            "currency", Optional.of("USD"), "bound", Optional.of("APPROX"))),
        fact(TEXT, "PERCENT", "на 13%", Map.of("value", Optional.of("13"), "change",
            Optional.of("INCREASE"))),
        fact(TEXT, "DATE", "в 2016 году", Map.of("value", Optional.of("2016"))),
        fact(TEXT, "QUANTITY", "28 предприятий", Map.of()));
    List<Fact> predicted = List.of(
        // Shorter span, amount written 3.0E+7: span and value match (decimals compare exactly).
        money("30 млн долларов", "3.0E+7", "USD", Bound.APPROX),
        // Right value, no change: span matches, value does not.
        new PercentFact(find(TEXT, "13%", 0), "13%", NumberRange.of("13"), Bound.EXACT, Optional.empty(),
            Optional.empty()),
        new DateFact(find(TEXT, "2016 году", 0), "2016 году", "2016", Optional.empty()),
        // The gold QUANTITY has no typed fields, so any overlapping QUANTITY matches on value too.
        new QuantityFact(find(TEXT, "28 предприятий", 0), "28 предприятий", NumberRange.of("28"), "завод",
            Bound.EXACT, Optional.empty(), Optional.empty()),
        // No RATIO in the gold: spurious.
        new RatioFact(find(TEXT, "вдвое", 0), "вдвое", NumberRange.of("2"), Bound.EXACT,
            Optional.of(Change.INCREASE), Optional.of("EXPORT")));
    EvaluationReport r = score(List.of(factsOnly("d", TEXT, gold)), List.of(predict(TEXT, List.of(),
        predicted)));
    EvaluationReport.FactScores f = r.facts().orElseThrow();
    assertEquals(Map.of("MONEY", new Prf(1, 0, 0), "PERCENT", new Prf(1, 0, 0), "DATE", new Prf(1, 0, 0),
        "QUANTITY", new Prf(1, 0, 0), "RATIO", new Prf(0, 1, 0)), f.span().byType());
    assertEquals(new Prf(4, 1, 0), f.span().micro());
    assertEquals(0.8, f.span().micro().precision(), EPS);
    assertEquals(8.0 / 9, f.span().micro().f1(), EPS);

    assertEquals(Map.of("MONEY", new Prf(1, 0, 0), "PERCENT", new Prf(0, 1, 1), "DATE", new Prf(1, 0, 0),
        "QUANTITY", new Prf(1, 0, 0), "RATIO", new Prf(0, 1, 0)), f.value().byType());
    assertEquals(new Prf(3, 2, 1), f.value().micro());
    assertEquals(0.6, f.value().micro().precision(), EPS);
    assertEquals(0.75, f.value().micro().recall(), EPS);
    assertEquals(2 * 0.6 * 0.75 / 1.35, f.value().micro().f1(), EPS);
    // value macro: MONEY 1, PERCENT 0, DATE 1, QUANTITY 1, RATIO 0
    assertEquals(0.6, f.value().macroF1(), EPS);

    assertEquals(List.of(ErrorKind.WRONG_VALUE, ErrorKind.SPURIOUS), r.errors().stream().map(ErrorItem::kind)
        .toList());
    assertEquals("change: gold INCREASE, predicted none", r.errors().get(0).detail());
    assertEquals(Optional.empty(), r.entities());
  }

  @Test
  void wrongCurrencyAndNullMeansAbsent() {
    String text = "бюджет 5 млрд теңге болды";
    GoldFact g = fact(text, "MONEY", "5 млрд теңге", Map.of("amount", Optional.of("5000000000"),
        "currency", Optional.of("KZT"), "change", Optional.empty()));
    MoneyFact rub = new MoneyFact(find(text, "5 млрд теңге", 0), "5 млрд теңге", NumberRange.of("5000000000"),
        "RUB",
        Bound.EXACT, Optional.empty(), Optional.empty());
    MoneyFact increase = new MoneyFact(find(text, "5 млрд теңге", 0), "5 млрд теңге",
        NumberRange.of("5000000000"),
        "KZT", Bound.EXACT, Optional.of(Change.INCREASE), Optional.empty());
    MoneyFact right = new MoneyFact(find(text, "5 млрд теңге", 0), "5 млрд теңге",
        NumberRange.of("5000000000"),
        "KZT", Bound.EXACT, Optional.empty(), Optional.empty());
    assertEquals(new Prf(0, 1, 1), valueMicro(text, g, rub));
    assertEquals(new Prf(0, 1, 1), valueMicro(text, g, increase));
    assertEquals(new Prf(1, 0, 0), valueMicro(text, g, right));
  }

  @Test
  void rangeDoesNotEqualASingleValue() {
    String text = "рост на 10–15% ожидается";
    GoldFact g = fact(text, "PERCENT", "на 10–15%", Map.of("min", Optional.of("10"), "max",
        Optional.of("15")));
    PercentFact range = new PercentFact(find(text, "10–15%", 0), "10–15%", NumberRange.between(BigDecimal.TEN,
        new BigDecimal("15.0")), Bound.EXACT, Optional.empty(), Optional.empty());
    PercentFact single = new PercentFact(find(text, "15%", 0), "15%", NumberRange.of("15"), Bound.EXACT,
        Optional.empty(), Optional.empty());
    assertEquals(new Prf(1, 0, 0), valueMicro(text, g, range));
    assertEquals(new Prf(0, 1, 1), valueMicro(text, g, single));
  }

  @Test
  void valueMatchingIsItsOwnOneToOneMatching() {
    // Two overlapping gold PERCENTs; one prediction overlaps both by 3 characters and has the second's value.
    String text = "0123456789";
    GoldFact g1 = new GoldFact("PERCENT", new kz.taldau.TextSpan(0, 5), "01234", Map.of("value",
        Optional.of("5")),
        false);
    GoldFact g2 = new GoldFact("PERCENT", new kz.taldau.TextSpan(3, 8), "34567", Map.of("value",
        Optional.of("7")),
        false);
    PercentFact p = new PercentFact(new kz.taldau.TextSpan(2, 6), "2345", NumberRange.of("7"), Bound.EXACT,
        Optional.empty(), Optional.empty());
    EvaluationReport r = score(List.of(factsOnly("d", text, List.of(g1, g2))),
        List.of(predict(text, List.of(), List.of(p))));
    // span: tie on overlap, the earlier gold wins; value: only g2 qualifies.
    assertEquals(new Prf(1, 0, 1), r.facts().orElseThrow().span().micro());
    assertEquals(new Prf(1, 0, 1), r.facts().orElseThrow().value().micro());
    assertEquals(List.of(ErrorKind.WRONG_VALUE, ErrorKind.MISSED), r.errors().stream().map(ErrorItem::kind)
        .toList());
  }

  @Test
  void optionalFactAndWrongType() {
    String text = "екі есе өсіп, 2 млн болды";
    GoldFact optionalRatio = new GoldFact("RATIO", find(text, "екі есе", 0), "екі есе", Map.of("value",
        Optional.of("2")), true);
    GoldFact money = fact(text, "MONEY", "2 млн", Map.of());
    RatioFact ratio = new RatioFact(find(text, "екі есе", 0), "екі есе", NumberRange.of("2"), Bound.EXACT,
        Optional.empty(), Optional.empty());
    QuantityFact quantity = new QuantityFact(find(text, "2 млн", 0), "2 млн", NumberRange.of("2000000"),
        "млн",
        Bound.EXACT, Optional.empty(), Optional.empty());
    EvaluationReport r = score(List.of(factsOnly("d", text, List.of(optionalRatio, money))),
        List.of(predict(text, List.of(), List.of(ratio, quantity))));
    assertEquals(Map.of("MONEY", new Prf(0, 0, 1), "QUANTITY", new Prf(0, 1, 0)),
        r.facts().orElseThrow().span().byType());
    assertEquals(List.of(ErrorKind.WRONG_TYPE), r.errors().stream().map(ErrorItem::kind).toList());
    assertEquals(1, r.facts().orElseThrow().confusion().count("MONEY", "QUANTITY"));
  }

  private static Prf valueMicro(String text, GoldFact g, Fact p) {
    AnnotatedDocument d = factsOnly("d", text, List.of(g));
    return score(List.of(d), List.of(predict(text, List.of(), List.of(p)))).facts().orElseThrow().value()
        .micro();
  }
}
