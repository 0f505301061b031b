package kz.taldau.eval;

import static kz.taldau.eval.Fixtures.entities;
import static kz.taldau.eval.Fixtures.entitiesOnly;
import static kz.taldau.eval.Fixtures.gold;
import static kz.taldau.eval.Fixtures.mention;
import static kz.taldau.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.taldau.EntityType;
import kz.taldau.TextSpan;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.GoldEntity;
import org.junit.jupiter.api.Test;

/** Entity metrics with hand-computed expected values. */
class ScorerTest {
  private static final double EPS = 1e-9;
  private static final String TEXT =
      "Айгүл Сейітова Қаржы министрлігінде Алматы қаласы туралы айтты. Ержан келді.";

  @Test
  void emptyGoldAndEmptyPrediction() {
    EvaluationReport r = score(List.of(entitiesOnly("d", TEXT, List.of())), List.of(entities(TEXT)));
    Scores s = r.entities().orElseThrow().exact();
    assertEquals(Prf.ZERO, s.micro());
    assertEquals(0, s.micro().precision());
    assertEquals(0, s.micro().recall());
    assertEquals(0, s.micro().f1());
    assertEquals(0, s.macroF1());
    assertTrue(s.byType().isEmpty());
    assertTrue(r.errors().isEmpty());
    assertEquals(Optional.empty(), r.entities().orElseThrow().normAccuracy());
    assertEquals(Optional.empty(), r.facts(), "facts are not annotated, so not scored");
  }

  @Test
  void emptyGoldWithPredictions() {
    EvaluationReport r = score(List.of(entitiesOnly("d", TEXT, List.of())),
        List.of(entities(TEXT, mention(TEXT, EntityType.PER, "Ержан"))));
    Scores s = r.entities().orElseThrow().exact();
    assertEquals(new Prf(0, 1, 0), s.micro());
    assertEquals(Map.of("PER", new Prf(0, 1, 0)), s.byType());
    assertEquals(0, s.micro().f1());
    assertEquals(ErrorKind.SPURIOUS, r.errors().get(0).kind());
  }

  @Test
  void emptyPrediction() {
    EvaluationReport r = score(List.of(entitiesOnly("d", TEXT, List.of(gold(TEXT, "PER", "Ержан"),
        gold(TEXT, "LOC", "Алматы")))), List.of(entities(TEXT)));
    Scores s = r.entities().orElseThrow().exact();
    assertEquals(new Prf(0, 0, 2), s.micro());
    assertEquals(0, s.micro().precision());
    assertEquals(0, s.micro().recall());
    assertEquals(List.of(ErrorKind.MISSED, ErrorKind.MISSED), r.errors().stream().map(ErrorItem::kind)
        .toList());
  }

  @Test
  void exactPartialAndMacroByHand() {
    // gold: PER «Айгүл Сейітова», ORG «Қаржы министрлігінде», LOC «Алматы қаласы»
    // predicted: PER exact (tp), ORG «Қаржы» (boundary), ORG «Алматы қаласы» (wrong type), PER «Ержан»
    // (spurious)
    AnnotatedDocument g = entitiesOnly("d", TEXT, List.of(gold(TEXT, "PER", "Айгүл Сейітова"),
        gold(TEXT, "ORG", "Қаржы министрлігінде"), gold(TEXT, "LOC", "Алматы қаласы")));
    Prediction p = entities(TEXT, mention(TEXT, EntityType.PER, "Айгүл Сейітова"),
        mention(TEXT, EntityType.ORG, "Қаржы"), mention(TEXT, EntityType.ORG, "Алматы қаласы"),
        mention(TEXT, EntityType.PER, "Ержан"));
    EvaluationReport r = score(List.of(g), List.of(p));
    Scores exact = r.entities().orElseThrow().exact();
    assertEquals(Map.of("PER", new Prf(1, 1, 0), "ORG", new Prf(0, 2, 1), "LOC", new Prf(0, 0, 1)),
        exact.byType());
    assertEquals(new Prf(1, 3, 2), exact.micro());
    assertEquals(0.25, exact.micro().precision(), EPS);
    assertEquals(1.0 / 3, exact.micro().recall(), EPS);
    assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), exact.micro().f1(), EPS);
    // macro: PER P=0.5 R=1 F=2/3; ORG and LOC all 0
    assertEquals(0.5 / 3, exact.macroPrecision(), EPS);
    assertEquals(1.0 / 3, exact.macroRecall(), EPS);
    assertEquals((2.0 / 3) / 3, exact.macroF1(), EPS);

    Scores partial = r.entities().orElseThrow().partial();
    assertEquals(Map.of("PER", new Prf(1, 1, 0), "ORG", new Prf(1, 1, 0), "LOC", new Prf(0, 0, 1)),
        partial.byType());
    assertEquals(new Prf(2, 2, 1), partial.micro());
    assertEquals(4.0 / 7, partial.micro().f1(), EPS);

    assertEquals(List.of(ErrorKind.WRONG_BOUNDARY, ErrorKind.WRONG_TYPE, ErrorKind.SPURIOUS),
        r.errors().stream().map(ErrorItem::kind).toList());
    ErrorItem wrongType = r.errors().get(1);
    assertEquals("gold LOC «Алматы қаласы», predicted ORG «Алматы қаласы»", wrongType.detail());
    assertEquals("Айгүл Сейітова Қаржы министрлігінде Алматы қаласы туралы айтты. Ержан келді.",
        wrongType.contextText(), "no sentence segmentation: the line is the context");

    ConfusionMatrix c = r.entities().orElseThrow().confusion();
    assertEquals(List.of("LOC", "ORG", "PER", "none"), c.labels());
    assertEquals(1, c.count("PER", "PER"));
    assertEquals(1, c.count("ORG", "ORG"), "boundary errors count on the diagonal");
    assertEquals(1, c.count("LOC", "ORG"));
    assertEquals(1, c.count("none", "PER"));
    assertEquals(0, c.count("LOC", "LOC"));
  }

  @Test
  void nestedGoldAndOverlappingPredictionsMatchOneToOne() {
    String text = "Алматы облысының әкімдігі мен Ержан Болатұлы Нұрлан келді";
    // Nested gold: ORG «Алматы облысының әкімдігі» contains LOC «Алматы облысының».
    AnnotatedDocument g = entitiesOnly("d", text, List.of(gold(text, "ORG", "Алматы облысының әкімдігі"),
        gold(text, "LOC", "Алматы облысының"), gold(text, "PER", "Ержан Болатұлы"), gold(text, "PER",
            "Нұрлан")));
    // One predicted PER covers both gold PERs; partial matching pairs it with the larger overlap only.
    Prediction p = entities(text, mention(text, EntityType.ORG, "Алматы облысының әкімдігі"),
        mention(text, EntityType.LOC, "Алматы облысының"), mention(text, EntityType.PER,
            "Ержан Болатұлы Нұрлан", 0,
            "Ержан Болатұлы Нұрлан"));
    EvaluationReport r = score(List.of(g), List.of(p));
    EvaluationReport.EntityScores e = r.entities().orElseThrow();
    assertEquals(Map.of("ORG", new Prf(1, 0, 0), "LOC", new Prf(1, 0, 0), "PER", new Prf(0, 1, 2)),
        e.exact().byType());
    assertEquals(Map.of("ORG", new Prf(1, 0, 0), "LOC", new Prf(1, 0, 0), "PER", new Prf(1, 0, 1)),
        e.partial().byType());
    assertEquals(List.of(ErrorKind.WRONG_BOUNDARY, ErrorKind.MISSED), r.errors().stream().map(ErrorItem::kind)
        .toList());
    assertEquals("Ержан Болатұлы", r.errors().get(0).gold().orElseThrow().text(), "larger overlap wins");
  }

  @Test
  void greedyTakesTheLargestOverlapFirst() {
    String text = "Нұр Сұлтан Әбішұлы";
    AnnotatedDocument g = entitiesOnly("d", text, List.of(gold(text, "PER", "Нұр Сұлтан Әбішұлы")));
    Prediction p = entities(text, mention(text, EntityType.PER, "Нұр"),
        mention(text, EntityType.PER, "Сұлтан Әбішұлы"));
    Scores partial = score(List.of(g), List.of(p)).entities().orElseThrow().partial();
    assertEquals(new Prf(1, 1, 0), partial.micro());
  }

  @Test
  void optionalItemsAreNeitherMissesNorFalseAlarms() {
    String text = "Ержан Астанада, Қазақстанда және Ресейде болды";
    AnnotatedDocument g = entitiesOnly("d", text, List.of(gold(text, "PER", "Ержан"),
        Fixtures.optional(text, "LOC", "Астанада"), Fixtures.optional(text, "LOC", "Қазақстанда"),
        Fixtures.optional(text, "LOC", "Ресейде")));
    // «Астанада» LOC matches its optional item: ignored. «Қазақстанда» is an optional item left unmatched:
    // not a
    // miss. «Ресейде» as ORG does not match the optional LOC under exact scoring: a false alarm.
    Prediction p = entities(text, mention(text, EntityType.LOC, "Астанада"),
        mention(text, EntityType.ORG, "Ресейде"));
    EvaluationReport r = score(List.of(g), List.of(p));
    Scores exact = r.entities().orElseThrow().exact();
    assertEquals(Map.of("PER", new Prf(0, 0, 1), "ORG", new Prf(0, 1, 0)), exact.byType());
    assertEquals(List.of(ErrorKind.MISSED, ErrorKind.SPURIOUS), r.errors().stream().map(ErrorItem::kind)
        .toList());
  }

  @Test
  void requiredItemsAreMatchedBeforeOptionalOnes() {
    String text = "Ержан келді";
    GoldEntity required = gold(text, "PER", "Ержан");
    GoldEntity optional = Fixtures.optional(text, "PER", "Ержан");
    AnnotatedDocument g = entitiesOnly("d", text, List.of(optional, required));
    Scores exact = score(List.of(g), List.of(entities(text, mention(text, EntityType.PER, "Ержан"))))
        .entities().orElseThrow().exact();
    assertEquals(new Prf(1, 0, 0), exact.micro());
  }

  @Test
  void onlyItemsInsideTheBodyAreScored() {
    String text = "Мәзір: Алматы. Ержан Астанаға келді. Тағы оқыңыз: Астана";
    int bodyStart = text.indexOf("Ержан");
    int bodyEnd = text.indexOf(" Тағы");
    AnnotatedDocument g = new AnnotatedDocument("d", Optional.empty(), Optional.empty(), text,
        Optional.of(new TextSpan(bodyStart, bodyEnd)), Optional.of(List.of(gold(text, "LOC", "Алматы"),
        gold(text, "PER", "Ержан"), gold(text, "LOC", "Астанаға"))), Fixtures.ENTITY_TYPES, Optional.empty(),
        Set.of(), Optional.empty());
    // The menu «Алматы» (gold) and the footer «Астана» (predicted) are outside the body; the ORG prediction
    // crosses
    // the body end, so it is not inside either.
    Prediction p = entities(text, mention(text, EntityType.PER, "Ержан"), mention(text, EntityType.LOC,
        "Астанаға"),
        mention(text, EntityType.ORG, "келді. Тағы"), mention(text, EntityType.LOC, "Астана", 1, "Астана"));
    EvaluationReport r = score(List.of(g), List.of(p));
    assertEquals(new Prf(2, 0, 0), r.entities().orElseThrow().exact().micro());
    assertTrue(r.errors().isEmpty());
  }

  @Test
  void normAccuracyOverExactMatches() {
    String text = "Ержан Болатұлымен және Айгүлмен Алматыда кездесті";
    AnnotatedDocument g = entitiesOnly("d", text, List.of(
        Fixtures.withNorm(text, "PER", "Ержан Болатұлымен", "Ержан Болатұлы"),
        Fixtures.withNorm(text, "PER", "Айгүлмен", "Айгүл"),
        gold(text, "LOC", "Алматыда"),
        Fixtures.withNorm(text, "LOC", "кездесті", "кездесу")));
    Prediction p = entities(text,
        mention(text, EntityType.PER, "Ержан Болатұлымен", 0, "Ержан\u00A0 Болатұлы "),
        mention(text, EntityType.PER, "Айгүлмен", 0, "Айгүлмен"),
        mention(text, EntityType.LOC, "Алматыда", 0, "Алматы"));
    EvaluationReport r = score(List.of(g), List.of(p));
    EvaluationReport.EntityScores e = r.entities().orElseThrow();
    // Matched with a gold norm: Ержан (equal after whitespace collapsing) and Айгүл (wrong); Алматыда has no
    // gold
    // norm; «кездесті» is not matched.
    assertEquals(1, e.normCorrect());
    assertEquals(2, e.normTotal());
    assertEquals(Optional.of(0.5), e.normAccuracy());
    ErrorItem wrong = r.errors().stream().filter(x -> x.kind() == ErrorKind.WRONG_NORM).findFirst()
        .orElseThrow();
    assertEquals("gold norm «Айгүл», predicted «Айгүлмен»", wrong.detail());
  }

  @Test
  void typeFilterAndUnannotatedLayers() {
    AnnotatedDocument g = entitiesOnly("d", TEXT, List.of(gold(TEXT, "PER", "Ержан"), gold(TEXT, "LOC",
        "Алматы")));
    Prediction p = entities(TEXT, mention(TEXT, EntityType.PER, "Ержан"), mention(TEXT, EntityType.ORG,
        "Қаржы"));
    EvaluationReport r = new Scorer(ScoringOptions.defaults().withBootstrap(0, 1).withTypes(Set.of("PER",
        "MONEY")))
        .score(List.of(g), List.of(p));
    assertEquals(Map.of("PER", new Prf(1, 0, 0)), r.entities().orElseThrow().exact().byType());
    assertEquals(Optional.empty(), r.facts());

    AnnotatedDocument none = new AnnotatedDocument("n", Optional.empty(), Optional.empty(), TEXT,
        Optional.empty(),
        Optional.empty(), Set.of(), Optional.empty(), Set.of(), Optional.empty());
    EvaluationReport r2 = score(List.of(none), List.of(p));
    assertEquals(Optional.empty(), r2.entities());
    assertTrue(r2.errors().isEmpty());
  }

  @Test
  void predictionForAnotherTextIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> score(List.of(entitiesOnly("d7", TEXT, List.of())), List.of(entities("басқа мәтін"))));
    assertEquals("the prediction for document d7 is for another text", e.getMessage());
  }

  @Test
  void microAndMacroSumOverDocuments() {
    String a = "Ержан келді";
    String b = "Алматы мен Астана";
    EvaluationReport r = score(List.of(entitiesOnly("a", a, List.of(gold(a, "PER", "Ержан"))),
        entitiesOnly("b", b, List.of(gold(b, "LOC", "Алматы"), gold(b, "LOC", "Астана")))),
        List.of(entities(a, mention(a, EntityType.PER, "Ержан")), entities(b, mention(b, EntityType.LOC,
            "Алматы"))));
    Scores s = r.entities().orElseThrow().exact();
    assertEquals(new Prf(2, 0, 1), s.micro());
    assertEquals(0.8, s.micro().f1(), EPS);
    assertEquals((1 + 2.0 / 3) / 2, s.macroF1(), EPS);
  }
}
