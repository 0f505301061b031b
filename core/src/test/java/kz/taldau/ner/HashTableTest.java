package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashTableTest {
  @Test
  void findsWhatItWasBuiltFromAndNothingElse() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      m.put("форма" + i, i % 7 + 1);
    }
    HashTable t = HashTable.of(m);
    assertEquals(5_000, t.size());
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      assertEquals(e.getValue(), t.get(HashTable.hash(e.getKey())), e.getKey());
    }
    for (int i = 5_000; i < 20_000; i++) {
      assertEquals(0, t.get(HashTable.hash("форма" + i)));
    }
    assertEquals(0, t.get(HashTable.hash("")));
    HashTable empty = HashTable.of(Map.of());
    assertEquals(0, empty.get(HashTable.hash("алматы")));
  }

  @Test
  void multiWordKeysExtendWordByWord() {
    for (String[] words : new String[][] {{"карагандинская", "область"}, {"a", "b", "c"}, {"", ""},
        {"нью-йорк", "таймс", "компани"}}) {
      long h = HashTable.hash(words[0]);
      for (int i = 1; i < words.length; i++) {
        h = HashTable.extendWord(h, words[i]);
      }
      assertEquals(HashTable.hash(String.join(" ", words)), h, String.join(" ", words));
    }
  }

  @Test
  void rebuildingFromItsContentGivesTheSameTable() {
    HashTable t = HashTable.of(Map.of("алматы", 4, "астана", 2, "қазақстан республикасы", 1));
    long[] keys = t.sortedHashes();
    HashTable u = HashTable.of(keys, t.valuesOf(keys));
    assertEquals(java.util.Arrays.toString(t.valuesOf(keys)), java.util.Arrays.toString(u.valuesOf(keys)));
    assertThrows(IllegalArgumentException.class, () -> HashTable.of(new long[] {5, 5}, new int[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> HashTable.of(new long[] {0}, new int[] {1}));
  }
}
