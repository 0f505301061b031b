package kz.taldau.norm;

import java.util.ArrayList;
import java.util.List;
import kz.taldau.EntityType;
import kz.taldau.norm.RussianMorphology.Case;
import kz.taldau.norm.RussianMorphology.Kind;
import kz.taldau.norm.RussianMorphology.Reading;

/**
 * Russian base forms. A person's name: every word (first name, patronymic, surname, each part of a
 * hyphenated name) is read in one gender and one case, the pair that fits the words best, and each word
 * is put in the nominative (Женисом Касымбеком → Женис Касымбек, Рашидой Дати → Рашида Дати).
 * Organizations and places: the leading adjectives and the head noun after them agree in gender, number
 * and case and go to the nominative; the rest (a genitive tail, a quoted name, an apposition) is kept
 * (Национальной ассамблеи Франции → Национальная ассамблея Франции). Abbreviations, Latin words, words
 * with digits and initials are kept.
 */
final class RussianEntityNormalizer {
  private static final int[] PERSON_GENDERS = {RussianMorphology.M, RussianMorphology.F};
  private static final int[] GROUP_GENDERS = {
      RussianMorphology.M, RussianMorphology.F, RussianMorphology.N, RussianMorphology.PL};
  private static final double MISSING = -2.0;
  /** The weight of an adjective reading with a full ending (российских, not the short -ой of a noun). */
  private static final double FULL_ADJECTIVE = 1.0;
  /**
   * Prior of each case for a person's name, in {@link Case} order: news names people most often in the
   * nominative, seldom in the prepositional (о Касымбеке).
   */
  private static final double[] CASE_PRIOR = {0.45, 0.1, 0, 0, 0.05, -0.2};

  private RussianEntityNormalizer() {}

  /** A whitespace-separated piece of the mention: wrapper punctuation around a core. */
  private static final class Token {
    final String lead;
    final String core;
    final String trail;
    final boolean word;
    String out;

    Token(String lead, String core, String trail, boolean word) {
      this.lead = lead;
      this.core = core;
      this.trail = trail;
      this.word = word;
      this.out = core;
    }

    String render() {
      return lead + out + trail;
    }
  }

  /** A unit that inflects: a word, or one part of a hyphenated person's name. */
  private static final class Unit {
    final Token token;
    final int tokenIndex;
    final int partIndex;
    final String prefix;
    final String part;
    final List<Reading> readings = new ArrayList<>(12);

    Unit(Token token, int tokenIndex, int partIndex, String part) {
      this(token, tokenIndex, partIndex, "", part);
    }

    Unit(Token token, int tokenIndex, int partIndex, String prefix, String part) {
      this.token = token;
      this.tokenIndex = tokenIndex;
      this.partIndex = partIndex;
      this.prefix = prefix;
      this.part = part;
    }

    Reading best(int gender, Case c, boolean adjectiveOnly, boolean nounOnly) {
      Reading best = null;
      for (Reading r : readings) {
        if ((adjectiveOnly && r.kind() != Kind.ADJ) || (nounOnly && r.kind() == Kind.ADJ)) {
          continue;
        }
        if (r.matches(gender, c) && (best == null || r.weight() > best.weight())) {
          best = r;
        }
      }
      return best;
    }

    /** As {@link #best}, but a man's accusative is also read in his genitive forms (Ивана, Токаева). */
    Reading bestForPerson(int gender, Case c) {
      Reading r = best(gender, c, false, false);
      if (c == Case.ACC && gender == RussianMorphology.M) {
        for (Reading g : readings) {
          if (g.kase() == Case.GEN && g.kind() != Kind.INDECL && (g.genders() & RussianMorphology.M) != 0
              && !g.paradigm().equals("A") && !g.paradigm().equals("YA") && (r == null || g.weight() > r.weight())) {
            r = g;
          }
        }
      }
      return r;
    }

    boolean hasAdjective() {
      for (Reading r : readings) {
        if (r.kind() == Kind.ADJ) {
          return true;
        }
      }
      return false;
    }

    boolean isSubstantive() {
      for (Reading r : readings) {
        if (r.paradigm().equals("SUBST")) {
          return true;
        }
      }
      return false;
    }

    /** Token {@code t} (at {@code index}) as one unit with its readings as part of a group name. */
    static Unit ofGroupWord(Token t, int index) {
      Unit u = new Unit(t, index, 0, t.core);
      RussianMorphology.readings("", u.part, false, u.readings);
      return u;
    }

    /** The heaviest reading of {@code kind} ({@code null}: of any kind), or {@code null}. */
    Reading strongest(Kind kind) {
      Reading best = null;
      for (Reading r : readings) {
        if ((kind == null || r.kind() == kind) && (best == null || r.weight() > best.weight())) {
          best = r;
        }
      }
      return best;
    }

    /** A noun or indeclinable word of the lexicon (an unknown indeclinable word like Каспи is not). */
    boolean isKnownNoun() {
      for (Reading r : readings) {
        if (r.kind() != Kind.ADJ && r.weight() >= RussianMorphology.LEXICON_BONUS) {
          return true;
        }
      }
      return false;
    }
  }

  static String normalize(String collapsed, EntityType type) {
    if (collapsed.isEmpty()) {
      return collapsed;
    }
    List<Token> tokens = tokenize(collapsed, type == EntityType.PER);
    if (type == EntityType.PER) {
      normalizePerson(tokens);
    } else {
      normalizeGroup(tokens);
    }
    StringBuilder b = new StringBuilder(collapsed.length() + 4);
    for (Token t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.render());
    }
    return b.toString();
  }

  private static List<Token> tokenize(String s, boolean person) {
    List<Token> tokens = new ArrayList<>();
    for (String piece : s.split(" ")) {
      int a = Letters.leadingWrappers(piece);
      int z = Letters.trailingWrappersStart(piece, a);
      String core = piece.substring(a, z);
      tokens.add(new Token(piece.substring(0, a), core, piece.substring(z), isWord(core, person)));
    }
    return tokens;
  }

  /** A core that may inflect: Cyrillic letters and inner hyphens, not an abbreviation or initial. */
  private static boolean isWord(String core, boolean person) {
    if (core.length() < 2 || core.indexOf('.') >= 0 || !Letters.isCyrillicWord(core)) {
      return false;
    }
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    if (Letters.isAllCaps(core, 0, core.length())) {
      return person && core.length() >= 4;
    }
    if (Letters.upperCount(core) >= 2 && core.indexOf('-') < 0) {
      return false;
    }
    return !person || Character.isUpperCase(core.charAt(0));
  }

  // ---------------------------------------------------------------- persons

  private static void normalizePerson(List<Token> tokens) {
    List<Unit> units = new ArrayList<>();
    List<String[]> parts = new ArrayList<>();
    for (Token t : tokens) {
      String[] p = t.core.split("-", -1);
      parts.add(p);
      if (!t.word) {
        continue;
      }
      for (int i = 0; i < p.length; i++) {
        if (p[i].length() >= 2) {
          Unit u = new Unit(t, parts.size() - 1, i, p[i]);
          RussianMorphology.readings("", u.part, true, u.readings);
          if (i < p.length - 1) {
            // the first part of a hyphenated first name may stay as it is (Касым-Жомарта, Жан-Поля)
            u.readings.add(RussianMorphology.frozen(p[i].length()));
          }
          units.add(u);
        }
      }
    }
    if (units.isEmpty()) {
      return;
    }
    double bestScore = Double.NEGATIVE_INFINITY;
    int bestGender = RussianMorphology.M;
    Case bestCase = Case.NOM;
    for (int g : PERSON_GENDERS) {
      for (Case c : Case.values()) {
        double score = CASE_PRIOR[c.ordinal()] + (g == RussianMorphology.M ? 0.4 : 0);
        for (Unit u : units) {
          Reading r = u.bestForPerson(g, c);
          score += r == null ? MISSING : r.weight();
        }
        if (score > bestScore) {
          bestScore = score;
          bestGender = g;
          bestCase = c;
        }
      }
    }
    for (Unit u : units) {
      Reading r = u.bestForPerson(bestGender, bestCase);
      if (r != null) {
        String[] p = parts.get(u.tokenIndex);
        p[u.partIndex] = r.base(u.part, bestGender);
        u.token.out = String.join("-", p);
      }
    }
  }

  // ------------------------------------------------- organizations and places

  private static void normalizeGroup(List<Token> tokens) {
    if (!tokens.get(0).word) {
      stripAbbreviationEnding(tokens.get(0));
      return;
    }
    if (tokens.size() == 2 && brandBeforeHead(tokens.get(0), tokens.get(1))) {
      return;
    }
    if (tokens.size() == 1 && lowerCaseAdjective(tokens.get(0))) {
      return;
    }
    // the leading words that may be adjectives, then the head noun; a quoted word ends the run, and so
    // does a substantivized adjective before a capitalized word (сборной Бразилии: the head is сборной)
    List<Unit> units = new ArrayList<>();
    int i = 0;
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word || (i > 0 && !t.lead.isEmpty())) {
        break;
      }
      int h = t.core.lastIndexOf('-');
      String prefix = h < 0 ? "" : t.core.substring(0, h + 1);
      if (t.core.length() - prefix.length() < 2) {
        break;
      }
      Unit u = new Unit(t, i, 0, prefix, t.core.substring(prefix.length()));
      RussianMorphology.readings(Letters.key(prefix), u.part, false, u.readings);
      units.add(u);
      boolean beforeCapital = i + 1 < tokens.size() && u.isSubstantive()
          && Character.isUpperCase(tokens.get(i + 1).core.isEmpty() ? 'a' : tokens.get(i + 1).core.charAt(0));
      if (!t.trail.isEmpty() || !u.hasAdjective() || u.isKnownNoun() || beforeCapital) {
        i++;
        break;
      }
    }
    if (!units.isEmpty() && i == units.size() && i < tokens.size() && units.get(i - 1).hasAdjective()) {
      // adjectives before an abbreviation: японского МИДа → японский МИД
      Token abbreviation = tokens.get(i);
      if (abbreviation.lead.isEmpty() && stripAbbreviationEnding(abbreviation)) {
        Unit u = new Unit(abbreviation, i, 0, "", abbreviation.out);
        u.readings.add(RussianMorphology.frozen(abbreviation.out.length()));
        units.add(u);
      }
    }
    for (int k = units.size() - 1; k >= 0; k--) {
      if (agree(units, k)) {
        return;
      }
    }
  }

  /**
   * A name before a capitalized head noun, the name not inflected (Каспи Банка → Каспи Банк, Халык Банком
   * → Халык Банк): the first word is not a word of the lexicon nor an adjective in the second's case; the
   * second is a head noun of the lexicon (банк, фонд; not a place) in an oblique case. Rewrites the second
   * to the nominative and returns true, or returns false and changes nothing.
   */
  private static boolean brandBeforeHead(Token name, Token head) {
    if (!head.word || !name.trail.isEmpty() || !head.lead.isEmpty()
        || !Character.isUpperCase(name.core.charAt(0)) || !Character.isUpperCase(head.core.charAt(0))) {
      return false;
    }
    Unit n = Unit.ofGroupWord(name, 0);
    Unit h = Unit.ofGroupWord(head, 1);
    Reading headBest = h.strongest(Kind.NOUN);
    if (n.isKnownNoun() || headBest == null || headBest.kase() == Case.NOM) {
      return false;
    }
    String base = headBest.base(h.part, headBest.genders());
    if (!RussianLexicon.get(Letters.key(base)).map(e -> e.has(RussianLexicon.NOUN)).orElse(false)) {
      return false;  // a head noun (банк, фонд), not a place (Голос Америки)
    }
    for (Reading r : n.readings) {
      if (r.kind() == Kind.ADJ && r.kase() == headBest.kase()) {
        return false;  // an adjective of the head (Евразийском Банке), not a name before it
      }
    }
    // A genitive second word may instead depend on the first (Дома Правительства, Сборная Банка): then the
    // first must read best as it stands and not be an adjective. A dative, instrumental or prepositional one
    // heads the name (Отбасы Банке).
    Reading nameBest = n.strongest(null);
    if (headBest.kase() == Case.GEN && (n.hasAdjective() || nameBest == null
        || nameBest.kase() != Case.NOM && nameBest.kind() != Kind.INDECL)) {
      return false;
    }
    head.out = base;
    return true;
  }

  /**
   * A place adjective alone (NEREL marks российских, карагандинской as places) goes to its dictionary form,
   * the masculine nominative singular (российский, карагандинский); true if {@code t} was one. Capitalized
   * words are names, whose gender stays (Раменском → Раменское), and are left to the general rules.
   */
  private static boolean lowerCaseAdjective(Token t) {
    if (!t.word || !Character.isLowerCase(t.core.charAt(0)) || t.core.indexOf('-') >= 0) {
      return false;
    }
    Unit u = Unit.ofGroupWord(t, 0);
    Reading adjective = u.strongest(Kind.ADJ);
    if (adjective == null || adjective.weight() < FULL_ADJECTIVE || u.isKnownNoun()) {
      return false;  // no full adjective ending, or a noun of the lexicon (кабинетом, полиции)
    }
    t.out = adjective.base(u.part, RussianMorphology.M);
    return true;
  }

  /**
   * Tries adjectives {@code units[0, k)} with head {@code units[k]} in every gender, number and case;
   * rewrites them to the nominative of the best agreeing reading and returns true, or returns false.
   */
  private static boolean agree(List<Unit> units, int k) {
    double bestScore = Double.NEGATIVE_INFINITY;
    int bestGender = 0;
    Case bestCase = Case.NOM;
    Unit head = units.get(k);
    for (int g : GROUP_GENDERS) {
      for (Case c : Case.values()) {
        Reading hr = head.best(g, c, false, true);
        Reading ha = head.best(g, c, true, false);  // a substantivized adjective (сборная)
        if (ha != null && (hr == null || ha.weight() - 0.5 > hr.weight())) {
          hr = ha;
        }
        if (hr == null) {
          continue;
        }
        double score = hr.weight() - (hr == ha ? 0.5 : 0) + (c == Case.NOM ? 0.1 : 0);
        boolean ok = true;
        for (int i = 0; i < k && ok; i++) {
          Reading ar = units.get(i).best(g, c, true, false);
          ok = ar != null;
          score += ok ? ar.weight() : 0;
        }
        if (ok && score > bestScore) {
          bestScore = score;
          bestGender = g;
          bestCase = c;
        }
      }
    }
    if (bestGender == 0) {
      return false;
    }
    for (int i = 0; i <= k; i++) {
      Unit u = units.get(i);
      Reading r = u.best(bestGender, bestCase, i < k, false);
      if (i == k) {
        Reading noun = u.best(bestGender, bestCase, false, true);
        Reading adjective = u.best(bestGender, bestCase, true, false);
        r = adjective != null && (noun == null || adjective.weight() - 0.5 > noun.weight()) ? adjective : noun;
      }
      u.token.out = u.prefix + r.base(u.part, bestGender);
    }
    return true;
  }

  /**
   * МИДа → МИД: drops the lower-case case ending of an abbreviation; true when {@code t} is an
   * abbreviation (two capital letters or more first), with or without such an ending.
   */
  private static boolean stripAbbreviationEnding(Token t) {
    String c = t.core;
    int upper = 0;
    while (upper < c.length() && Character.isUpperCase(c.charAt(upper))) {
      upper++;
    }
    if (upper < 2) {
      return false;
    }
    String rest = c.substring(upper);
    if (rest.equals("а") || rest.equals("у") || rest.equals("ом") || rest.equals("е")) {
      t.out = c.substring(0, upper);
    }
    return upper == c.length() || !t.out.equals(c);
  }
}
