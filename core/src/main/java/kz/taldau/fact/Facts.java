package kz.taldau.fact;

import java.util.Optional;
import java.util.StringJoiner;

/** Shared pieces of the fact records' canonical forms. */
final class Facts {
  private Facts() {}

  static String canonical(FactType type, String value, Optional<String> unit, Bound bound,
      Optional<Change> change, Optional<String> indicator) {
    StringJoiner j = new StringJoiner(" ");
    j.add(type.name()).add(value);
    unit.ifPresent(j::add);
    if (bound != null && bound != Bound.EXACT) {
      j.add(bound.name());
    }
    change.ifPresent(c -> j.add(c.name()));
    indicator.ifPresent(j::add);
    return j.toString();
  }
}
