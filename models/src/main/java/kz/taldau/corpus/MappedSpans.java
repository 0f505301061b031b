package kz.taldau.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.taldau.Language;
import kz.taldau.TextSpan;

/**
 * Corpus annotations (source type + span) mapped to project types and flattened per layer: SPEC's
 * entities are flat and outermost, so an item inside (or crossing) a longer item of the same layer is
 * dropped. Ties (equal length) keep the earlier start, then the earlier annotation.
 */
final class MappedSpans {
  /** One annotation as the corpus gives it. */
  record Raw(String sourceType, TextSpan span) {}

  private MappedSpans() {}

  static AnnotatedDocument document(String id, Optional<Language> language, String text, List<Raw> raw,
      TypeMapping mapping, Optional<List<List<TextSpan>>> sentences) {
    List<Raw> entities = new ArrayList<>();
    List<Raw> facts = new ArrayList<>();
    for (Raw r : raw) {
      mapping.map(r.sourceType()).ifPresent(t -> {
        Raw mapped = new Raw(t.type(), r.span());
        (t.layer() == TypeMapping.Layer.ENTITY ? entities : facts).add(mapped);
      });
    }
    Optional<List<GoldEntity>> goldEntities = mapping.entityTypes().isEmpty() ? Optional.empty()
        : Optional.of(outermost(entities).stream()
            .map(r -> GoldEntity.of(r.sourceType(), r.span(), r.span().of(text))).toList());
    Optional<List<GoldFact>> goldFacts = mapping.factTypes().isEmpty() ? Optional.empty()
        : Optional.of(outermost(facts).stream()
            .map(r -> GoldFact.spanOnly(r.sourceType(), r.span(), r.span().of(text))).toList());
    return new AnnotatedDocument(id, language, Optional.<LocalDate>empty(), text, Optional.empty(),
        goldEntities, mapping.entityTypes(), goldFacts, mapping.factTypes(), sentences);
  }

  /** The items not overlapping a longer (or equally long, earlier) item, sorted by span. */
  static List<Raw> outermost(List<Raw> items) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> -items.get(i).span().length())
        .thenComparingInt(i -> items.get(i).span().start())
        .thenComparingInt(i -> i));
    List<Raw> kept = new ArrayList<>();
    for (int i : order) {
      Raw r = items.get(i);
      if (r.span().isEmpty()) {
        continue;
      }
      boolean free = true;
      for (Raw k : kept) {
        if (k.span().overlaps(r.span())) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(r);
      }
    }
    kept.sort(Comparator.comparing(Raw::span));
    return kept;
  }
}
