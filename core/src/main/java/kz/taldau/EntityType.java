package kz.taldau;

import java.util.Optional;

/** Named-entity types: people, organizations, places. */
public enum EntityType {
  PER,
  ORG,
  LOC;

  /** {@code PER}, {@code ORG} or {@code LOC} (case-insensitive); anything else is empty. */
  public static Optional<EntityType> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (EntityType t : values()) {
      if (t.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
