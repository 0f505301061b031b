package kz.taldau.norm;

import java.util.List;
import java.util.Optional;

/**
 * Readings of one Russian word of a name: which base form, gender and case each inflection table
 * (ending set) allows, with a weight that says how likely the reading is for a person or for an
 * organization or place. The tables are the regular declensions of Russian nouns, of surnames in
 * -ов/-ев/-ин and of adjectives, plus indeclinable words; the lexicon adds first names, places, head
 * nouns and exceptions. Callers pick the readings that agree across the words of a mention.
 */
final class RussianMorphology {
  static final int M = 1;
  static final int F = 2;
  static final int N = 4;
  static final int PL = 8;
  static final int SG = M | F | N;
  static final int ANY = SG | PL;

  /** Grammatical cases; the accusative of masculine animates is read as the genitive. */
  enum Case { NOM, GEN, DAT, ACC, INS, LOC }

  enum Kind { NOUN, ADJ, INDECL }

  /** How the stem before an ending must end. */
  private enum Stem { CONS, HARD, SIB, VELSIB, NVELSIB, VOWEL_NOT_I, YA, ANY }

  private record Ending(String form, Case kase, Stem stem) {}

  /** A declension: the ending of its base form, its genders, its weights, its endings. */
  private record Paradigm(String id, String baseEnding, int genders, double personWeight, double otherWeight,
      boolean surname, List<Ending> endings) {}

  /**
   * One reading of a word: its base is the first {@code stemLen} letters plus {@code ending}, or
   * {@code override} when not empty (an irregular stem); for adjectives the ending follows the gender
   * chosen for the mention ({@code soft}, {@code oy}: -ий/-яя, -ой forms).
   */
  record Reading(int stemLen, String ending, int genders, Case kase, Kind kind, double weight, String override,
      boolean soft, boolean oy, String paradigm) {

    boolean matches(int gender, Case c) {
      return (genders & gender) != 0 && (kind == Kind.INDECL || kase == c);
    }

    /** The base form of {@code word} under this reading, for a mention of gender {@code gender}. */
    String base(String word, int gender) {
      if (!override.isEmpty()) {
        return Character.isUpperCase(word.charAt(0))
            ? Character.toUpperCase(override.charAt(0)) + override.substring(1) : override;
      }
      String stem = word.substring(0, stemLen);
      return Letters.join(stem, kind == Kind.ADJ ? adjectiveEnding(stem, gender) : ending);
    }

    private String adjectiveEnding(String stem, int gender) {
      char last = Letters.lower(stem.charAt(stem.length() - 1));
      boolean velar = last == 'г' || last == 'к' || last == 'х';
      boolean sib = last == 'ж' || last == 'ш' || last == 'ч' || last == 'щ';
      boolean reallySoft = soft && !velar && !sib;
      if ((gender & M) != 0) {
        return oy ? "ой" : (reallySoft || velar || sib) ? "ий" : "ый";
      }
      if ((gender & F) != 0) {
        return reallySoft ? "яя" : "ая";
      }
      if ((gender & N) != 0) {
        return oy ? "ое" : (reallySoft || sib) ? "ее" : "ое";
      }
      return (reallySoft || velar || sib) ? "ие" : "ые";
    }

    @Override
    public String toString() {
      return paradigm + ":" + kase + ":" + genders + ":" + weight;
    }
  }

  private static final Paradigm[] NOUNS = {
      p("M_HARD", "", M, 1.0, 1.1, false, e("", Case.NOM, Stem.CONS), e("а", Case.GEN, Stem.CONS),
          e("у", Case.DAT, Stem.CONS), e("ом", Case.INS, Stem.HARD), e("ем", Case.INS, Stem.SIB),
          e("е", Case.LOC, Stem.CONS), e("у", Case.LOC, Stem.CONS)),
      p("M_SOFT", "ь", M, 0.7, 0.5, false, e("ь", Case.NOM, Stem.CONS), e("я", Case.GEN, Stem.CONS),
          e("ю", Case.DAT, Stem.CONS), e("ем", Case.INS, Stem.CONS), e("е", Case.LOC, Stem.CONS)),
      p("F_SOFT", "ь", F, 0.3, 0.7, false, e("ь", Case.NOM, Stem.CONS), e("и", Case.GEN, Stem.CONS),
          e("и", Case.DAT, Stem.CONS), e("ь", Case.ACC, Stem.CONS), e("ью", Case.INS, Stem.CONS),
          e("и", Case.LOC, Stem.CONS)),
      p("M_J", "й", M, 1.0, 1.0, false, e("й", Case.NOM, Stem.VOWEL_NOT_I),
          e("я", Case.GEN, Stem.VOWEL_NOT_I),
          e("ю", Case.DAT, Stem.VOWEL_NOT_I), e("ем", Case.INS, Stem.VOWEL_NOT_I),
          e("е", Case.LOC, Stem.VOWEL_NOT_I)),
      p("M_IJ", "ий", M, 0.9, 0.4, false, e("ий", Case.NOM, Stem.CONS), e("ия", Case.GEN, Stem.CONS),
          e("ию", Case.DAT, Stem.CONS), e("ием", Case.INS, Stem.CONS), e("ии", Case.LOC, Stem.CONS)),
      p("N_IE", "ие", N, 0, 0.9, false, e("ие", Case.NOM, Stem.CONS), e("ия", Case.GEN, Stem.CONS),
          e("ию", Case.DAT, Stem.CONS), e("ием", Case.INS, Stem.CONS), e("ии", Case.LOC, Stem.CONS)),
      p("N_YE", "ье", N, 0, 0.5, false, e("ье", Case.NOM, Stem.CONS), e("ья", Case.GEN, Stem.CONS),
          e("ью", Case.DAT, Stem.CONS), e("ьем", Case.INS, Stem.CONS), e("ье", Case.LOC, Stem.CONS)),
      p("A", "а", F, 1.0, 1.0, false, e("а", Case.NOM, Stem.CONS), e("ы", Case.GEN, Stem.NVELSIB),
          e("и", Case.GEN, Stem.VELSIB), e("е", Case.DAT, Stem.CONS), e("у", Case.ACC, Stem.CONS),
          e("ой", Case.INS, Stem.CONS), e("ей", Case.INS, Stem.SIB), e("ою", Case.INS, Stem.CONS),
          e("е", Case.LOC, Stem.CONS)),
      p("YA", "я", F, 0.8, 0.8, false, e("я", Case.NOM, Stem.YA), e("и", Case.GEN, Stem.YA),
          e("е", Case.DAT, Stem.YA), e("ю", Case.ACC, Stem.YA), e("ей", Case.INS, Stem.YA),
          e("ею", Case.INS, Stem.YA), e("е", Case.LOC, Stem.YA)),
      p("IYA", "ия", F, 1.0, 1.2, false, e("ия", Case.NOM, Stem.CONS), e("ии", Case.GEN, Stem.CONS),
          e("ии", Case.DAT, Stem.CONS), e("ию", Case.ACC, Stem.CONS), e("ией", Case.INS, Stem.CONS),
          e("ии", Case.LOC, Stem.CONS)),
      p("N_O", "о", N, 0, 0.8, false, e("о", Case.NOM, Stem.CONS), e("а", Case.GEN, Stem.CONS),
          e("у", Case.DAT, Stem.CONS), e("ом", Case.INS, Stem.CONS), e("е", Case.LOC, Stem.CONS)),
      p("N_E", "е", N, 0, 0.3, false, e("е", Case.NOM, Stem.CONS), e("я", Case.GEN, Stem.CONS),
          e("ю", Case.DAT, Stem.CONS), e("ем", Case.INS, Stem.CONS), e("е", Case.LOC, Stem.CONS)),
      p("OV_M", "", M, 1.2, 0, true, e("", Case.NOM, Stem.ANY), e("а", Case.GEN, Stem.ANY),
          e("у", Case.DAT, Stem.ANY), e("ым", Case.INS, Stem.ANY), e("е", Case.LOC, Stem.ANY)),
      p("OV_F", "а", F, 0.7, 0, true, e("а", Case.NOM, Stem.ANY), e("ой", Case.GEN, Stem.ANY),
          e("ой", Case.DAT, Stem.ANY), e("у", Case.ACC, Stem.ANY), e("ой", Case.INS, Stem.ANY),
          e("ой", Case.LOC, Stem.ANY)),
  };

  /** Adjective endings: ending, genders, soft, cases. */
  private record AdjEnding(String form, int genders, boolean soft, List<Case> cases) {}

  private static final AdjEnding[] ADJECTIVES = {
      adj("ый", M, false, Case.NOM), adj("ий", M, true, Case.NOM), adj("ой", M, false, Case.NOM),
      adj("ая", F, false, Case.NOM), adj("яя", F, true, Case.NOM), adj("ое", N, false, Case.NOM),
      adj("ее", N, true, Case.NOM), adj("ые", PL, false, Case.NOM), adj("ие", PL, true, Case.NOM),
      adj("ого", M | N, false, Case.GEN), adj("его", M | N, true, Case.GEN),
      adj("ому", M | N, false, Case.DAT), adj("ему", M | N, true, Case.DAT),
      adj("ым", M | N, false, Case.INS), adj("им", M | N, true, Case.INS),
      adj("ым", PL, false, Case.DAT), adj("им", PL, true, Case.DAT),
      adj("ом", M | N, false, Case.LOC), adj("ем", M | N, true, Case.LOC),
      adj("ой", F, false, Case.GEN, Case.DAT, Case.INS, Case.LOC),
      adj("ей", F, true, Case.GEN, Case.DAT, Case.INS, Case.LOC),
      adj("ую", F, false, Case.ACC), adj("юю", F, true, Case.ACC), adj("ою", F, false, Case.INS),
      adj("ею", F, true, Case.INS), adj("ых", PL, false, Case.GEN, Case.LOC),
      adj("их", PL, true, Case.GEN, Case.LOC), adj("ыми", PL, false, Case.INS),
      adj("ими", PL, true, Case.INS),
  };

  /** Plural noun endings (only for plural-only names and after plural adjectives): form, case. */
  private static final Ending[] PLURALS = {
      e("ы", Case.NOM, Stem.CONS), e("и", Case.NOM, Stem.ANY), e("ов", Case.GEN, Stem.CONS),
      e("ев", Case.GEN, Stem.ANY), e("ей", Case.GEN, Stem.CONS), e("", Case.GEN, Stem.CONS),
      e("ам", Case.DAT, Stem.CONS), e("ям", Case.DAT, Stem.ANY), e("ами", Case.INS, Stem.CONS),
      e("ями", Case.INS, Stem.ANY), e("ах", Case.LOC, Stem.CONS), e("ях", Case.LOC, Stem.ANY),
  };

  private static final String[] TOPONYM_SUFFIXES = {"стан", "кент", "ск", "град", "бург", "абад", "поль"};

  /** What a reading gains when the lexicon has its base form: readings at least this heavy are known words. */
  static final double LEXICON_BONUS = 3.0;
  private static final int MIN_COMPOUND_HEAD = 4;

  private RussianMorphology() {}

  /**
   * Adds the readings of {@code word} (letters only, maybe capitalized) to {@code out}. {@code prefix} is
   * the lower-case part of a hyphenated word before it (нур- of Нур-Султане), used for lexicon look-ups.
   * {@code person} selects person-name weights and tables; otherwise organization and place names.
   */
  static void readings(String prefix, String word, boolean person, List<Reading> out) {
    String key = Letters.key(word);
    int len = key.length();
    if (len < 2) {
      return;
    }
    Optional<RussianLexicon.Entry> self = RussianLexicon.get(prefix + key);
    if (self.isPresent() && self.get().has(RussianLexicon.INDECL)) {
      out.add(new Reading(len, "", ANY, Case.NOM, Kind.INDECL, 5.0, "", false, false, "LEX_INDECL"));
      return;
    }
    if (isKazakhPatronymic(key)) {
      out.add(new Reading(len, "", ANY, Case.NOM, Kind.INDECL, 2.0, "", false, false, "KK_PATRONYMIC"));
      return;
    }
    Reading indecl = indeclinable(word, key, person);
    if (person && indecl.genders() == F && self.isPresent() && self.get().has(RussianLexicon.NAME)
        && (self.get().genders() & F) != 0) {
      indecl = new Reading(len, "", F, Case.NOM, Kind.INDECL, indecl.weight() + LEXICON_BONUS, "", false, false,
          "INDECL");
    }
    out.add(indecl);
    for (Paradigm p : NOUNS) {
      double base = person ? p.personWeight : p.otherWeight;
      if (base <= 0) {
        continue;
      }
      for (Ending e : p.endings) {
        if (!key.endsWith(e.form)) {
          continue;
        }
        int stemLen = len - e.form.length();
        if (stemLen < 2 || !stemFits(e.stem, key, stemLen)) {
          continue;
        }
        boolean ov = isSurnameStem(key, stemLen);
        if (p.surname && !ov) {
          continue;
        }
        addNoun(prefix, word, key, stemLen, p, e.kase, base, person, ov, out);
      }
    }
    if (!person) {
      addPlurals(key, !Character.isUpperCase(word.charAt(0)), out);
    }
    addAdjectives(key, person, out);
  }

  private static void addNoun(String prefix, String word, String key, int stemLen, Paradigm p, Case kase,
      double base, boolean person, boolean ovStem, List<Reading> out) {
    String stemKey = key.substring(0, stemLen);
    String partKey = stemKey + p.baseEnding;
    String baseKey = prefix + partKey;
    boolean capitalized = Character.isUpperCase(word.charAt(0));
    double w = base;
    int genders = p.genders;
    String override = "";
    char last = key.charAt(stemLen - 1);
    if (person && isPatronymic(partKey)) {
      if (!p.id.equals("M_HARD") && !p.id.equals("A")) {
        return;
      }
      genders = p.id.equals("A") ? F : M;
      w = 1.5;
    } else if (person && (partKey.endsWith("овн") || partKey.endsWith("евн") || partKey.endsWith("ичн"))) {
      return;  // a patronymic in -овна read as a masculine noun
    } else if (person && (p.id.equals("A") || p.id.equals("YA"))) {
      genders = ovStem ? F : M | F;
      if (ovStem || kase == Case.NOM) {
        w = 0.6;
      }
    }
    if (kase == Case.NOM && p.baseEnding.isEmpty() && endsLikeInstrumental(key)
        && !(!person && key.endsWith("телеком"))) {
      w *= 0.5;  // Назарбаевым, Сбербанком; but Казахтелеком is a name
    }
    if (p.id.equals("YA") && Letters.isConsonant(last)) {
      w *= 0.5;
    }
    if (p.id.equals("M_HARD") && kase == Case.LOC && key.endsWith("у")) {
      w *= 0.5;  // the second locative: в аэропорту, в Крыму
    }
    if (p.id.equals("M_IJ") && person) {
      w = 0.6;  // Дмитрия, Василия are in the lexicon; unknown -ия is rather a nominative (Арчундия)
    }
    if (!person && capitalized && (p.id.equals("F_SOFT") || p.id.equals("N_IE"))) {
      w = 0.3;  // Чили, Феррари, Македонии: not *Чиль, *Македоние
    }
    if (!person && p.id.equals("M_J") && last == 'е') {
      w = 0.5;  // Эритрее, Корее: -ея rather than -ей
    }
    if (!person && capitalized && p.id.equals("M_HARD") && stemLen >= 3 && (stemKey.endsWith("вк")
        || stemKey.endsWith("нк") && Letters.isVowel(key.charAt(stemLen - 3)))) {
      w *= 0.5;  // Лубянке, Славянке, Покровке: -анка, -овка rather than *Лубянк
    }
    if (p.id.equals("M_HARD") && stemLen >= 3 && key.charAt(stemLen - 2) == 'ь') {
      w *= 0.3;  // тюрьме: no *тюрьм
    }
    if (kase != Case.NOM && isPluralLooking(key) && !p.baseEnding.isEmpty()) {
      w *= 0.3;  // федерациями: not a soft singular *федерациямь
    }
    if (p.id.equals("N_O") && stemKey.endsWith("ств")) {
      w += 1.0;
    }
    if (p.id.equals("N_IE") && !capitalized && (last == 'н' || last == 'т')) {
      w += 0.5;
    }
    if (!person && p.id.equals("M_HARD")) {
      for (String s : TOPONYM_SUFFIXES) {
        if (baseKey.endsWith(s)) {
          w += 0.5;
          break;
        }
      }
    }
    Optional<RussianLexicon.Entry> entry = RussianLexicon.get(baseKey);
    if (entry.isEmpty() && !prefix.isEmpty()) {
      entry = RussianLexicon.get(partKey);  // пресс-службы: служба
    }
    if (entry.isEmpty() && !person && capitalized && prefix.isEmpty()) {
      entry = compoundHead(baseKey);  // Нацбанка: -банк, not a feminine *Нацбанка like Лубянка
    }
    if (entry.isPresent() && fitsEntry(entry.get(), person, genders)) {
      w += LEXICON_BONUS;
      if (person && entry.get().genders() != 0 && (p.id.equals("A") || p.id.equals("YA"))) {
        genders = entry.get().genders() & SG;
      }
    } else if (p.baseEnding.isEmpty()) {
      Optional<String> irregular = RussianLexicon.baseOfObliqueStem(baseKey);
      if (irregular.isPresent()) {
        override = irregular.get();
        w += LEXICON_BONUS;
      }
    }
    if (entry.isPresent() && entry.get().has(RussianLexicon.PLURAL)) {
      return;
    }
    out.add(new Reading(stemLen, p.baseEnding, genders, kase, Kind.NOUN, w, override, false, false, p.id));
  }

  /**
   * The lexicon's head noun that ends a one-word compound name (нацбанк: банк; транснефть: нефть): at
   * least {@value #MIN_COMPOUND_HEAD} letters, after at least two others.
   */
  private static Optional<RussianLexicon.Entry> compoundHead(String baseKey) {
    for (int k = 2; k <= baseKey.length() - MIN_COMPOUND_HEAD; k++) {
      Optional<RussianLexicon.Entry> e = RussianLexicon.get(baseKey.substring(k));
      if (e.isPresent() && e.get().has(RussianLexicon.NOUN)) {
        return e;
      }
    }
    return Optional.empty();
  }

  private static boolean isPatronymic(String partKey) {
    return partKey.length() > 6 && (partKey.endsWith("вич") || partKey.endsWith("ьич")
        || partKey.endsWith("вна") || partKey.endsWith("ична"));
  }

  private static boolean isPluralLooking(String key) {
    return key.endsWith("ами") || key.endsWith("ями") || key.endsWith("ах") || key.endsWith("ях");
  }

  private static boolean fitsEntry(RussianLexicon.Entry entry, boolean person, int genders) {
    int category = person ? RussianLexicon.NAME
        : RussianLexicon.PLACE | RussianLexicon.NOUN | RussianLexicon.NAME | RussianLexicon.ORG;
    if ((entry.tags() & category) == 0) {
      return false;
    }
    return entry.genders() == 0 || (entry.genders() & genders) != 0;
  }

  private static void addPlurals(String key, boolean lowerCase, List<Reading> out) {
    int len = key.length();
    for (Ending e : PLURALS) {
      if (!key.endsWith(e.form)) {
        continue;
      }
      int stemLen = len - e.form.length();
      if (stemLen < 3 || !stemFits(e.stem, key, stemLen)) {
        continue;
      }
      String stem = key.substring(0, stemLen);
      for (String nom : new String[] {"ы", "и", "а"}) {
        Optional<RussianLexicon.Entry> entry = RussianLexicon.get(stem + nom);
        if (entry.isPresent() && entry.get().has(RussianLexicon.PLURAL)) {
          out.add(new Reading(stemLen, nom, PL, e.kase, Kind.NOUN, 0.3 + LEXICON_BONUS, "", false, false,
              "PL"));
          return;
        }
      }
      // without the lexicon: distinctive plural endings, and the genitive of lower-case nouns (органов)
      boolean genitive = e.kase == Case.GEN && lowerCase && (e.form.isEmpty() || e.form.equals("ов"));
      if ((e.form.length() >= 2 && e.kase != Case.GEN) || genitive) {
        char last = key.charAt(stemLen - 1);
        boolean i = e.form.startsWith("я") || "гкхжшчщ".indexOf(last) >= 0;
        out.add(new Reading(stemLen, i ? "и" : "ы", PL, e.kase, Kind.NOUN, genitive ? 0.2 : 0.3, "", false,
            false, "PL"));
      }
    }
  }

  private static void addAdjectives(String key, boolean person, List<Reading> out) {
    int len = key.length();
    for (AdjEnding a : ADJECTIVES) {
      if (!key.endsWith(a.form)) {
        continue;
      }
      int stemLen = len - a.form.length();
      if (stemLen < 2 || !Letters.isConsonant(key.charAt(stemLen - 1))) {
        continue;
      }
      String stem = key.substring(0, stemLen);
      boolean lexOy = RussianLexicon.get(stem + "ой").map(x -> x.has(RussianLexicon.ADJ_OY)).orElse(false);
      boolean skStem = stem.endsWith("ск") || stem.endsWith("цк");
      boolean nomOy = a.form.equals("ой") && a.genders == M;
      double w;
      if (person) {
        // adjectival surnames: -ский/-цкий readily, others (Навальный, Крутой) only with little weight
        w = nomOy && !lexOy ? 0.3 : skStem || lexOy ? 1.2 : 0.5;
      } else {
        w = nomOy ? (lexOy ? 1.0 + LEXICON_BONUS : skStem || stem.endsWith("ов") ? 0.6 : 0.2) : 1.0;
      }
      boolean subst = !person && isSubstantive(stem, a.genders);
      if (subst) {
        w += LEXICON_BONUS;  // сборной → сборная
      }
      for (Case c : a.cases) {
        out.add(new Reading(stemLen, "", a.genders, c, Kind.ADJ, w, "", a.soft, lexOy || nomOy,
            subst ? "SUBST" : "ADJ"));
      }
    }
  }

  /** A reading that keeps a word as it is in any gender and case, with a small weight. */
  static Reading frozen(int length) {
    return new Reading(length, "", ANY, Case.NOM, Kind.INDECL, 0.5, "", false, false, "FROZEN");
  }

  private static boolean isSubstantive(String stem, int genders) {
    String[] endings = {"ый", "ий", "ая", "ое"};
    int[] gs = {M, M, F, N};
    for (int i = 0; i < endings.length; i++) {
      if ((genders & gs[i]) != 0
          && RussianLexicon.get(stem + endings[i]).map(x -> x.has(RussianLexicon.SUBST)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static Reading indeclinable(String word, String key, boolean person) {
    char last = key.charAt(key.length() - 1);
    double w;
    int genders = ANY;
    if (person && (key.endsWith("дзе") || key.endsWith("швили") || key.endsWith("ых")
        || key.endsWith("их"))) {
      return new Reading(key.length(), "", ANY, Case.NOM, Kind.INDECL, 2.0, "", false, false, "INDECL");
    }
    if (key.endsWith("ого") || key.endsWith("его") || key.endsWith("ому") || key.endsWith("ему")
        || (!person && !Character.isUpperCase(word.charAt(0)))) {
      return new Reading(key.length(), "", ANY, Case.NOM, Kind.INDECL, 0.05, "", false, false, "INDECL");
    }
    switch (last) {
      case 'о', 'э' -> w = 1.0;
      case 'и' -> w = person ? 0.5 : 0.4;
      case 'у', 'ю' -> w = person ? 0.3 : 0.5;
      case 'е', 'ы' -> w = 0.2;
      case 'а', 'я' -> w = 0.1;
      default -> {
        if (person) {
          // a woman's name that looks masculine does not decline (Ангелы Меркель, Мод Жиру)
          w = key.length() >= 5 && endsLikeOblique(key) ? 0.1 : 0.4;
          genders = F;
        } else {
          w = 0.05;
        }
      }
    }
    return new Reading(key.length(), "", genders, Case.NOM, Kind.INDECL, w, "", false, false, "INDECL");
  }

  private static final String[] OBLIQUE_ENDINGS = {"ой", "ей", "ом", "ем", "ым", "им", "ую", "ою"};

  private static boolean endsLikeOblique(String key) {
    for (String e : OBLIQUE_ENDINGS) {
      if (key.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** Words in -ом, -ем, -ым, -им are rarely nominatives (Назарбаевым, Сбербанком, Сергеем). */
  private static boolean endsLikeInstrumental(String key) {
    return key.endsWith("ом") || key.endsWith("ем") || key.endsWith("ым") || key.endsWith("им");
  }

  private static boolean isKazakhPatronymic(String key) {
    return key.length() > 5 && (key.endsWith("улы") || key.endsWith("ұлы") || key.endsWith("кызы")
        || key.endsWith("қызы"));
  }

  private static boolean isSurnameStem(String key, int stemLen) {
    if (stemLen < 4) {
      return false;
    }
    char a = key.charAt(stemLen - 2);
    char b = key.charAt(stemLen - 1);
    return (b == 'в' && (a == 'о' || a == 'е')) || (b == 'н' && (a == 'и' || a == 'ы'));
  }

  private static boolean stemFits(Stem rule, String key, int stemLen) {
    char c = key.charAt(stemLen - 1);
    switch (rule) {
      case ANY:
        return true;
      case CONS:
        return Letters.isConsonant(c);
      case HARD:
        return Letters.isConsonant(c) && "жшчщц".indexOf(c) < 0;
      case SIB:
        return "жшчщц".indexOf(c) >= 0;
      case VELSIB:
        return "гкхжшчщ".indexOf(c) >= 0;
      case NVELSIB:
        return Letters.isConsonant(c) && "гкхжшчщ".indexOf(c) < 0;
      case VOWEL_NOT_I:
        return c == 'а' || c == 'е' || c == 'я' || c == 'у' || c == 'ю';
      case YA:
        return c == 'ь' || c == 'й' || (Letters.isConsonant(c) && "гкхжшчщц".indexOf(c) < 0)
            || "аеоу".indexOf(c) >= 0;
      default:
        return false;
    }
  }

  private static Ending e(String form, Case kase, Stem stem) {
    return new Ending(form, kase, stem);
  }

  private static Paradigm p(String id, String baseEnding, int genders, double personWeight,
      double otherWeight, boolean surname, Ending... endings) {
    return new Paradigm(id, baseEnding, genders, personWeight, otherWeight, surname, List.of(endings));
  }

  private static AdjEnding adj(String form, int genders, boolean soft, Case... cases) {
    return new AdjEnding(form, genders, soft, List.of(cases));
  }
}
