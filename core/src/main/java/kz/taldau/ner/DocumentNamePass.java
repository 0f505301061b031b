package kz.taldau.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.Language;
import kz.taldau.Sentence;
import kz.taldau.TextSpan;
import kz.taldau.Token;

/**
 * The second, document-level pass: a name the model found in one sentence labels its other mentions in
 * the same document, matched by stems so that inflected forms count (Пьер Кабарэ … Пьером Кабарэ;
 * Алматы … Алматыда). A person's surname alone also matches after the full name was seen (Кабарэ).
 * Only capitalized token sequences not touching an existing mention are added, with score
 * {@value #PROPAGATED_SCORE}. A found mention whose name got another type in most of its mentions takes
 * that type (label consistency). Stateless; each call makes its own stemmer.
 */
final class DocumentNamePass {
  /** The score of a mention added by this pass: below the model's typical confident scores. */
  static final double PROPAGATED_SCORE = 0.5;
  private static final int MAX_WORDS = 6;
  private static final int MIN_STEM = 4;

  private DocumentNamePass() {}

  /** The mentions {@code found} in {@code sentences}, plus the repeated mentions this pass adds. */
  static List<EntityMention> apply(Document doc, List<Sentence> sentences, List<EntityMention> found,
      Language language) {
    return apply(doc, sentences, found, new Stemmer(language));
  }

  /**
   * As {@link #apply(Document, List, List, Language)} with {@code stemmer} (of the document's language),
   * whose cache of stems may be kept from document to document: names recur.
   */
  static List<EntityMention> apply(Document doc, List<Sentence> sentences, List<EntityMention> found,
      Stemmer stemmer) {
    if (found.isEmpty()) {
      return found;
    }
    List<Token> tokens = doc.tokens();
    Map<String, EntityType> names = new HashMap<>();
    Map<String, Integer> votes = new HashMap<>();
    String[] mentionKeys = new String[found.size()];
    for (int k = 0; k < found.size(); k++) {
      EntityMention m = found.get(k);
      int first = firstTokenAt(tokens, m.start());
      int endTok = first;
      while (endTok < tokens.size() && tokens.get(endTok).end() <= m.end()) {
        endTok++;
      }
      List<Token> mt = tokens.subList(first, endTok);
      if (mt.isEmpty() || !capitalized(mt.get(0)) || mt.size() > MAX_WORDS) {
        continue;
      }
      String[] stems = new String[mt.size()];
      for (int j = 0; j < stems.length; j++) {
        stems[j] = key(stemmer, mt.get(j));
      }
      if (mt.size() == 1 && stems[0].length() < 3) {
        continue;
      }
      mentionKeys[k] = String.join(" ", stems);
      vote(names, votes, mentionKeys[k], m.type());
      Token last = mt.get(mt.size() - 1);
      if (m.type() == EntityType.PER && mt.size() >= 2 && capitalized(last) && last.form().length() >= 4) {
        vote(names, votes, stems[stems.length - 1], EntityType.PER);
      }
    }
    if (names.isEmpty()) {
      return found;
    }
    boolean[] taken = new boolean[tokens.size()];
    for (EntityMention m : found) {
      markTaken(tokens, m.span(), taken);
    }
    List<EntityMention> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      // Label consistency: a name keeps the type most of its mentions in the document got.
      EntityMention m = found.get(k);
      EntityType major = mentionKeys[k] == null ? m.type() : names.get(mentionKeys[k]);
      boolean outvoted = major != m.type()
          && count(votes, mentionKeys[k], major) > count(votes, mentionKeys[k], m.type());
      out.add(outvoted ? new EntityMention(m.span(), m.text(), major, m.norm(), m.score()) : m);
    }
    // Only a capitalized free token whose key starts a known name can start a repeat, so tokens are
    // stemmed lazily. (Every prefix up to a space counts: a token's key may contain a space.)
    Set<String> firstWords = new HashSet<>();
    for (String name : names.keySet()) {
      firstWords.add(name);
      for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
        firstWords.add(name.substring(0, space));
      }
    }
    for (Sentence s : sentences) {
      String[] stems = new String[s.tokenCount()];
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (taken[i] || !capitalized(tokens.get(i))
            || !firstWords.contains(stem(stems, stemmer, tokens, s, i))) {
          continue;
        }
        for (int len = Math.min(MAX_WORDS, s.endToken() - i); len >= 1; len--) {
          int end = i + len;
          if (free(taken, i, end)) {
            StringJoiner key = new StringJoiner(" ");
            for (int j = i; j < end; j++) {
              key.add(stem(stems, stemmer, tokens, s, j));
            }
            EntityType type = names.get(key.toString());
            if (type != null && !(end < s.endToken() && capitalized(tokens.get(end)) && !taken[end]
                && len == 1)) {
              TextSpan span = new TextSpan(tokens.get(i).start(), tokens.get(end - 1).end());
              out.add(OpenNlpEntityTagger.mention(doc, span, type, PROPAGATED_SCORE));
              Arrays.fill(taken, i, end, true);
              break;
            }
          }
        }
      }
    }
    return out;
  }

  /** The key of token {@code i} of sentence {@code s}, computed once into {@code stems}. */
  private static String stem(String[] stems, Stemmer stemmer, List<Token> tokens, Sentence s, int i) {
    int k = i - s.firstToken();
    if (stems[k] == null) {
      stems[k] = key(stemmer, tokens.get(i));
    }
    return stems[k];
  }

  private static int count(Map<String, Integer> votes, String key, EntityType t) {
    return votes.getOrDefault(key + "\u0000" + t, 0);
  }

  private static void vote(Map<String, EntityType> names, Map<String, Integer> votes, String key,
      EntityType t) {
    // A name seen with different types keeps the first type that reaches the most votes.
    String vk = key + "\u0000" + t;
    int n = votes.merge(vk, 1, Integer::sum);
    EntityType current = names.get(key);
    if (current == null || current != t && n > votes.getOrDefault(key + "\u0000" + current, 0)) {
      names.put(key, t);
    }
  }

  /**
   * The matching key of a token: its stem, or the whole lower-cased word when the stem is shorter than
   * {@value #MIN_STEM} letters, so that short stems do not join different words (Суд and Судья).
   */
  private static String key(Stemmer stemmer, Token t) {
    String stem = stemmer.stem(t.form());
    return stem.length() >= MIN_STEM ? stem : Stemmer.lower(t.form());
  }

  private static boolean capitalized(Token t) {
    String f = t.form();
    return !f.isEmpty() && Character.isUpperCase(f.charAt(0));
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void markTaken(List<Token> tokens, TextSpan span, boolean[] taken) {
    for (int i = firstTokenAt(tokens, span.start()); i < tokens.size() && tokens.get(i)
        .start() < span.end(); i++) {
      taken[i] = true;
    }
  }

  /** The index of the first token that ends after {@code offset} (tokens are sorted and disjoint). */
  private static int firstTokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
