package kz.taldau.norm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.taldau.internal.LexiconFile;

/** The bundled Russian lexicon ({@code ru-lexicon.tsv}): first names, places, head nouns, exceptions. */
final class RussianLexicon {
  static final int NAME = 1;
  static final int PLACE = 1 << 1;
  static final int NOUN = 1 << 2;
  static final int INDECL = 1 << 3;
  static final int PLURAL = 1 << 4;
  static final int ADJ_OY = 1 << 5;
  static final int ORG = 1 << 6;
  static final int SUBST = 1 << 7;

  private static final String RESOURCE = "ru-lexicon.tsv";

  /** A lexicon entry: tag bits, and gender bits as in {@link RussianMorphology} (0 when not given). */
  record Entry(String lemma, int tags, int genders) {
    boolean has(int tag) {
      return (tags & tag) != 0;
    }
  }

  private RussianLexicon() {}

  private static final class Holder {
    static final Map<String, Entry> ENTRIES = new HashMap<>();
    /** Oblique stem of an irregular word → its base form (павл → Павел). */
    static final Map<String, String> OBLIQUE = new HashMap<>();

    static {
      for (LexiconFile.Line line : LexiconFile.read(RussianLexicon.class, RESOURCE, 2, 2)) {
        String lemma = line.columns().get(0);
        int tags = 0;
        int genders = 0;
        for (String t : line.columns().get(1).split(" ")) {
          if (t.startsWith("stem=")) {
            OBLIQUE.put(Letters.key(t.substring(5)), lemma);
            continue;
          }
          switch (t) {
            case "name" -> tags |= NAME;
            case "place" -> tags |= PLACE;
            case "noun" -> tags |= NOUN;
            case "indecl" -> tags |= INDECL;
            case "adj" -> tags |= ADJ_OY;
            case "org" -> tags |= ORG;
            case "subst" -> tags |= SUBST;
            case "pl" -> {
              tags |= PLURAL;
              genders |= RussianMorphology.PL;
            }
            case "m" -> genders |= RussianMorphology.M;
            case "f" -> genders |= RussianMorphology.F;
            case "n" -> genders |= RussianMorphology.N;
            default -> throw new IllegalStateException(
                RESOURCE + ":" + line.number() + ": unknown tag '" + t + "'");
          }
        }
        String key = Letters.key(lemma);
        Entry old = ENTRIES.get(key);
        ENTRIES.put(key, old == null ? new Entry(lemma, tags, genders)
            : new Entry(old.lemma(), old.tags() | tags, old.genders() | genders));
      }
    }
  }

  /** The entry of a base form (any letter case, ё as е). */
  static Optional<Entry> get(String key) {
    return Optional.ofNullable(Holder.ENTRIES.get(key));
  }

  /** The base form whose oblique stem is {@code key} (павл → Павел). */
  static Optional<String> baseOfObliqueStem(String key) {
    return Optional.ofNullable(Holder.OBLIQUE.get(key));
  }

  /** All entries, for tests. */
  static List<Entry> entries() {
    return List.copyOf(Holder.ENTRIES.values());
  }
}
