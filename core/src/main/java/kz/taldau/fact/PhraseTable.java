package kz.taldau.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Multi-word lexicon entries matched against {@link Tok}s. Each word of a phrase is exact ({@code тенге}),
 * a prefix ({@code доллар*}: долларов, долларах) or a Kazakh stem taking any ending chain ({@code теңге+}:
 * теңгені, теңгеден). The first words are indexed in a character trie so that one walk over a token finds
 * every candidate entry. Not thread-safe while being filled; read-only (and safe to share) afterwards.
 */
final class PhraseTable<V> {
  static final int EXACT = 3;
  static final int STEM = 2;
  static final int PREFIX = 1;

  /** One word pattern of a phrase. */
  record WordPattern(String text, int mode) {
    static WordPattern parse(String raw) {
      String w = fold(raw);
      if (w.length() > 1 && w.endsWith("*")) {
        return new WordPattern(w.substring(0, w.length() - 1), PREFIX);
      }
      if (w.length() > 1 && w.endsWith("+")) {
        return new WordPattern(w.substring(0, w.length() - 1), STEM);
      }
      return new WordPattern(w, EXACT);
    }

    boolean matches(String lower) {
      switch (mode) {
        case EXACT:
          return lower.equals(text);
        case PREFIX:
          return lower.startsWith(text);
        default:
          return lower.startsWith(text) && KazakhEndings.isEnding(lower, text.length());
      }
    }
  }

  /** A phrase found at a position: tokens {@code [start, end)}. */
  record Match<V>(int start, int end, V value, int firstLength) {
    int length() {
      return end - start;
    }
  }

  private record Entry<V>(WordPattern first, List<WordPattern> rest, V value, int order) {}

  /** A trie node; children in a sorted char array (binary search, no boxing). */
  private static final class Node<V> {
    char[] keys = new char[0];
    Node<V>[] kids;
    List<Entry<V>> exact;
    List<Entry<V>> prefix;
    List<Entry<V>> stem;

    Node<V> child(char c) {
      int k = Arrays.binarySearch(keys, c);
      return k >= 0 ? kids[k] : null;
    }

    @SuppressWarnings("unchecked")
    Node<V> childOrNew(char c) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) {
        return kids[k];
      }
      int at = -k - 1;
      char[] nk = new char[keys.length + 1];
      Node<V>[] nv = new Node[keys.length + 1];
      System.arraycopy(keys, 0, nk, 0, at);
      nk[at] = c;
      System.arraycopy(keys, at, nk, at + 1, keys.length - at);
      if (kids != null) {
        System.arraycopy(kids, 0, nv, 0, at);
        System.arraycopy(kids, at, nv, at + 1, keys.length - at);
      }
      Node<V> n = new Node<>();
      nv[at] = n;
      keys = nk;
      kids = nv;
      return n;
    }
  }

  /** Slots in {@link Tok#memo}: one per table of a lexicon. */
  static final int MEMO_SLOTS = 16;
  private static final Object NONE = new Object();

  private final Node<V> root = new Node<>();
  private final int memoSlot;
  private int size;

  /** A table whose look-ups are remembered in slot {@code memoSlot} of each token, or not at all when -1. */
  PhraseTable(int memoSlot) {
    if (memoSlot >= MEMO_SLOTS) {
      throw new IllegalArgumentException("memo slot " + memoSlot + " >= " + MEMO_SLOTS);
    }
    this.memoSlot = memoSlot;
  }

  PhraseTable() {
    this(-1);
  }

  /** Lower-cases and folds ё to е, as both patterns and tokens are compared. */
  static String fold(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.indexOf('ё') >= 0 ? l.replace('ё', 'е') : l;
  }

  /**
   * The words of {@code s} between runs of spaces, as {@code s.split(" +")} gives them, without the regex
   * engine (every lexicon entry goes through here when the lexicons load).
   */
  static String[] words(String s) {
    List<String> out = new ArrayList<>(4);
    int n = s.length();
    int start = 0;
    for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', start)) {
      out.add(s.substring(start, i));
      start = i + 1;
      while (start < n && s.charAt(start) == ' ') {
        start++;
      }
    }
    out.add(s.substring(start));
    // Like split: trailing empty strings are dropped, but a string of spaces alone still gives one.
    int size = out.size();
    while (size > 1 && out.get(size - 1).isEmpty()) {
      size--;
    }
    if (size == 1 && out.get(0).isEmpty() && n > 0) {
      return new String[0];
    }
    return out.subList(0, size).toArray(new String[0]);
  }

  void add(String phrase, V value) {
    String[] words = words(phrase.trim());
    List<WordPattern> rest = new ArrayList<>(words.length - 1);
    for (int i = 1; i < words.length; i++) {
      rest.add(WordPattern.parse(words[i]));
    }
    WordPattern first = WordPattern.parse(words[0]);
    Entry<V> e = new Entry<>(first, List.copyOf(rest), value, size++);
    Node<V> n = root;
    for (int i = 0; i < first.text().length(); i++) {
      n = n.childOrNew(first.text().charAt(i));
    }
    if (first.mode() == EXACT) {
      n.exact = append(n.exact, e);
    } else if (first.mode() == PREFIX) {
      n.prefix = append(n.prefix, e);
    } else {
      n.stem = append(n.stem, e);
    }
  }

  private static <V> List<Entry<V>> append(List<Entry<V>> list, Entry<V> e) {
    List<Entry<V>> l = list == null ? new ArrayList<>(1) : list;
    l.add(e);
    return l;
  }

  int size() {
    return size;
  }

  /** The longest entry that starts at token {@code i}, or null. Remembered per token. */
  @SuppressWarnings("unchecked")
  Match<V> longest(List<Tok> toks, int i) {
    if (i < 0 || i >= toks.size()) {
      return null;
    }
    Tok t = toks.get(i);
    if (memoSlot < 0 || t.memo == null) {
      return find(toks, i);
    }
    Object m = t.memo[memoSlot];
    if (m == null) {
      Match<V> found = find(toks, i);
      t.memo[memoSlot] = found == null ? NONE : found;
      return found;
    }
    return m == NONE ? null : (Match<V>) m;
  }

  private Match<V> find(List<Tok> toks, int i) {
    String w = toks.get(i).lower;
    Node<V> n = root;
    Entry<V> best = null;
    int bestScore = -1;
    int depth = 0;
    while (true) {
      if (n.prefix != null && depth > 0) {
        for (Entry<V> e : n.prefix) {
          int score = score(e, depth);
          if (score >= bestScore && restMatches(e, toks, i)) {
            best = e;
            bestScore = score;
          }
        }
      }
      if (n.stem != null && KazakhEndings.isEnding(w, depth)) {
        for (Entry<V> e : n.stem) {
          int score = score(e, depth);
          if (score >= bestScore && restMatches(e, toks, i)) {
            best = e;
            bestScore = score;
          }
        }
      }
      if (depth == w.length()) {
        if (n.exact != null) {
          for (Entry<V> e : n.exact) {
            int score = score(e, depth);
            if (score >= bestScore && restMatches(e, toks, i)) {
              best = e;
              bestScore = score;
            }
          }
        }
        break;
      }
      n = n.child(w.charAt(depth));
      if (n == null) {
        break;
      }
      depth++;
    }
    return best == null ? null
        : new Match<>(i, i + 1 + best.rest().size(), best.value(), best.first().text().length());
  }

  /** The value of a one-word entry matching {@code word}, or null. */
  V word(String word) {
    List<Tok> one = List.of(Tok.word(fold(word)));
    Match<V> m = longest(one, 0);
    return m == null ? null : m.value();
  }

  private static int score(Entry<?> e, int depth) {
    return e.rest().size() * 100_000 + e.first().mode() * 10_000 + depth;
  }

  private static boolean restMatches(Entry<?> e, List<Tok> toks, int i) {
    List<WordPattern> rest = e.rest();
    if (i + rest.size() >= toks.size()) {
      return false;
    }
    for (int k = 0; k < rest.size(); k++) {
      if (!rest.get(k).matches(toks.get(i + 1 + k).lower)) {
        return false;
      }
    }
    return true;
  }
}
