package kz.taldau.norm;

import java.util.Collection;

/**
 * An immutable set of lexicon keys (lower case, ё as е) that answers for a range of any
 * {@link CharSequence} in any letter case without allocating: open addressing over the keys.
 */
final class KeySet {
  private final String[] slots;
  private final int mask;

  KeySet(Collection<String> keys) {
    int cap = Integer.highestOneBit(Math.max(4, keys.size() * 2 + 1)) << 1;
    slots = new String[cap];
    mask = cap - 1;
    for (String k : keys) {
      String key = Letters.key(k);
      int i = hash(key, 0, key.length()) & mask;
      while (slots[i] != null && !slots[i].equals(key)) {
        i = (i + 1) & mask;
      }
      slots[i] = key;
    }
  }

  /** True when {@code s[start, end)}, lower-cased with ё as е, is a key. */
  boolean contains(CharSequence s, int start, int end) {
    int i = hash(s, start, end) & mask;
    String k;
    while ((k = slots[i]) != null) {
      if (same(k, s, start, end)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  boolean contains(CharSequence s) {
    return contains(s, 0, s.length());
  }

  private static char norm(char c) {
    char l = Letters.lower(c);
    return l == 'ё' ? 'е' : l;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + norm(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static boolean same(String key, CharSequence s, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != norm(s.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }
}
