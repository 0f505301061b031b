package kz.taldau.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.TextSpan;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.GoldEntity;
import kz.taldau.corpus.GoldFact;
import kz.taldau.corpus.TypeMapping;
import kz.taldau.fact.Fact;

/** Small builders for scorer tests. */
final class Fixtures {
  static final Set<String> ENTITY_TYPES = TypeMapping.project().entityTypes();
  static final Set<String> FACT_TYPES = TypeMapping.project().factTypes();

  private Fixtures() {}

  static GoldEntity gold(String text, String type, String surface) {
    return gold(text, type, surface, 0);
  }

  /** The {@code occurrence}-th (0-based) occurrence of {@code surface} in {@code text}. */
  static GoldEntity gold(String text, String type, String surface, int occurrence) {
    TextSpan s = find(text, surface, occurrence);
    return GoldEntity.of(type, s, surface);
  }

  static GoldEntity optional(String text, String type, String surface) {
    TextSpan s = find(text, surface, 0);
    return new GoldEntity(type, s, surface, Optional.empty(), true);
  }

  static GoldEntity withNorm(String text, String type, String surface, String norm) {
    return new GoldEntity(type, find(text, surface, 0), surface, Optional.of(norm), false);
  }

  static GoldFact fact(String text, String type, String surface, Map<String, Optional<String>> fields) {
    return new GoldFact(type, find(text, surface, 0), surface, fields, false);
  }

  static EntityMention mention(String text, EntityType type, String surface) {
    return mention(text, type, surface, 0, surface);
  }

  static EntityMention mention(String text, EntityType type, String surface, int occurrence, String norm) {
    return new EntityMention(find(text, surface, occurrence), surface, type, norm, 1.0);
  }

  static TextSpan find(String text, String surface, int occurrence) {
    int i = -1;
    for (int k = 0; k <= occurrence; k++) {
      i = text.indexOf(surface, i + 1);
      if (i < 0) {
        throw new IllegalArgumentException("no occurrence " + occurrence + " of «" + surface + "»");
      }
    }
    return new TextSpan(i, i + surface.length());
  }

  static AnnotatedDocument entitiesOnly(String id, String text, List<GoldEntity> entities) {
    return new AnnotatedDocument(id, Optional.empty(), Optional.empty(), text, Optional.empty(),
        Optional.of(entities), ENTITY_TYPES, Optional.empty(), Set.of(), Optional.empty());
  }

  static AnnotatedDocument factsOnly(String id, String text, List<GoldFact> facts) {
    return new AnnotatedDocument(id, Optional.empty(), Optional.empty(), text, Optional.empty(),
        Optional.empty(), Set.of(), Optional.of(facts), FACT_TYPES, Optional.empty());
  }

  static Prediction predict(String text, List<EntityMention> entities, List<Fact> facts) {
    List<EntityMention> es = new ArrayList<>(entities);
    es.sort((a, b) -> a.span().compareTo(b.span()));
    return Prediction.of(Document.builder(text).entities(es).facts(facts).build());
  }

  static Prediction entities(String text, EntityMention... entities) {
    return predict(text, List.of(entities), List.of());
  }

  /** Scores without bootstrap. */
  static EvaluationReport score(List<AnnotatedDocument> gold, List<Prediction> predicted) {
    return new Scorer(ScoringOptions.defaults().withBootstrap(0, 1)).score(gold, predicted);
  }
}
