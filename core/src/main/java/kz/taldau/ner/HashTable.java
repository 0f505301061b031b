package kz.taldau.ner;

import java.util.Arrays;
import java.util.Map;

/**
 * A read-only open-addressing table from strings, by their 64-bit {@link #hash}, to non-zero int values:
 * the gazetteer's forms (value: kind bits) and the beginnings of its multi-word forms (value 1). It keeps
 * 12 bytes per entry instead of a String and a map node (about 80), and a compiled gazetteer loads as two
 * arrays instead of 200,000 strings. The hash extends word by word ({@link #extend}), so the key of
 * «карагандинская область» is computed from that of «карагандинская» without building the string. Two
 * different strings with the same hash are refused when the table is built (from the bundled lists, at
 * build time); a text word whose hash equals a form's by chance has a probability of about n / 2^64.
 * Immutable.
 */
final class HashTable {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  private static final long EMPTY = 0;

  private final long[] keys;
  private final int[] values;
  private final int mask;
  private final int size;

  private HashTable(long[] keys, int[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    this.size = size;
  }

  /** The FNV-1a hash of {@code s}'s chars, never 0 (the empty slot). */
  static long hash(String s) {
    return nonZero(extend(OFFSET, s));
  }

  /** The hash of {@code a + " " + b} from the hash of {@code a}. */
  static long extendWord(long hashOfA, String b) {
    return nonZero(extend((hashOfA ^ ' ') * PRIME, b));
  }

  private static long extend(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * PRIME;
    }
    return h;
  }

  private static long nonZero(long h) {
    return h == EMPTY ? 1 : h;
  }

  /** The slot of a hash: Murmur3's finalizer spreads FNV's low bits. */
  private int slot(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  /** The table of {@code entries}; two keys with the same hash are refused. */
  static HashTable of(Map<String, Integer> entries) {
    long[] hashes = new long[entries.size()];
    int[] values = new int[entries.size()];
    int i = 0;
    Map<Long, String> seen = new java.util.HashMap<>(entries.size() * 2);
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      long h = hash(e.getKey());
      String other = seen.put(h, e.getKey());
      if (other != null) {
        throw new IllegalStateException("gazetteer forms '" + other + "' and '" + e.getKey()
            + "' have the same hash");
      }
      hashes[i] = h;
      values[i++] = e.getValue();
    }
    return of(hashes, values);
  }

  /** The table of distinct non-zero {@code hashes} with non-zero {@code values}. */
  static HashTable of(long[] hashes, int[] values) {
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
    HashTable t = new HashTable(new long[capacity], new int[capacity], hashes.length);
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == EMPTY || values[i] == 0) {
        throw new IllegalArgumentException("zero hash or value at " + i);
      }
      int s = t.slot(hashes[i]);
      while (t.keys[s] != EMPTY) {
        if (t.keys[s] == hashes[i]) {
          throw new IllegalArgumentException("duplicate hash at " + i);
        }
        s = (s + 1) & t.mask;
      }
      t.keys[s] = hashes[i];
      t.values[s] = values[i];
    }
    return t;
  }

  /** The value of the string with hash {@code h}, 0 if there is none. */
  int get(long h) {
    for (int s = slot(h); ; s = (s + 1) & mask) {
      long k = keys[s];
      if (k == h) {
        return values[s];
      }
      if (k == EMPTY) {
        return 0;
      }
    }
  }

  int size() {
    return size;
  }

  /** The hashes, sorted; with {@link #valuesOf}, the table's content in a canonical order. */
  long[] sortedHashes() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** The values of {@code hashes}, in their order. */
  int[] valuesOf(long[] hashes) {
    int[] out = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      out[i] = get(hashes[i]);
    }
    return out;
  }
}
