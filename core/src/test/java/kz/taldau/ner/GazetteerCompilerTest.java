package kz.taldau.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import kz.taldau.Language;
import org.junit.jupiter.api.Test;

class GazetteerCompilerTest {
  @Test
  void theBuildsCompiledGazetteersAreTheBuiltOnes() {
    // The build (process-classes) writes them; a gazetteer read from them must equal one built from the lists.
    for (Language l : new Language[] {Language.KAZAKH, Language.RUSSIAN}) {
      for (int level = 0; level <= Gazetteer.MAX_LEVEL; level++) {
        String what = l + " level " + level;
        Gazetteer compiled = GazetteerCompiler.read(l, level, Gazetteer.sourceChecksum(l, level));
        assertNotNull(compiled, what + ": no compiled gazetteer on the classpath (did process-classes run?)");
        Gazetteer built = Gazetteer.build(l, level);
        assertSameTable(built.forms(), compiled.forms(), what + " forms");
        assertSameTable(built.prefixes(), compiled.prefixes(), what + " prefixes");
        assertEquals(built.maxWords(), compiled.maxWords(), what);
      }
    }
  }

  private static void assertSameTable(HashTable expected, HashTable actual, String what) {
    long[] keys = expected.sortedHashes();
    assertEquals(Arrays.toString(keys), Arrays.toString(actual.sortedHashes()), what);
    assertEquals(Arrays.toString(expected.valuesOf(keys)), Arrays.toString(actual.valuesOf(keys)), what);
  }

  @Test
  void listsWithAnotherChecksumAreBuiltAgain() {
    long checksum = Gazetteer.sourceChecksum(Language.KAZAKH, 0);
    assertNull(GazetteerCompiler.read(Language.KAZAKH, 0, checksum + 1));
  }

  @Test
  void writesDeterministically() {
    Gazetteer g = Gazetteer.of(Map.of("алматы", 4, "оңтүстік қазақстан облысы", 2, "ä", 1),
        Set.of("оңтүстік", "оңтүстік қазақстан"), 3);
    byte[] once = GazetteerCompiler.write(g, 42);
    Gazetteer h = Gazetteer.of(Map.of("ä", 1, "алматы", 4, "оңтүстік қазақстан облысы", 2),
        Set.of("оңтүстік қазақстан", "оңтүстік"), 3);
    assertEquals(Arrays.toString(once), Arrays.toString(GazetteerCompiler.write(h, 42)));
  }
}
