package kz.taldau.fact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * KazNERD stores many sentences twice: once with numbers as words (id AID…) and once with digits (BID…,
 * CID…). Both must give the same facts. Skips without {@code ../shared/corpora/kaznerd/IOB2_valid2.txt};
 * prints the agreement and the first disagreements.
 */
class KazNerdNumberPairsTest {
  private static final Pattern ID = Pattern.compile("([A-Z])ID(\\d+)");
  /** Agreement measured on the validation split when the test was written, minus a small margin. */
  private static final double MIN_AGREEMENT = 0.95;

  @Test
  void numberWordsAndDigitsReadTheSame() throws IOException {
    Path file = SampleArticlesTest.shared().resolve("corpora/kaznerd/IOB2_valid2.txt");
    Assumptions.assumeTrue(Files.exists(file), "corpus missing: " + file);
    Map<String, Map<Character, String>> byId = new LinkedHashMap<>();
    String id = null;
    char rep = 0;
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (id != null && !words.isEmpty()) {
          byId.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rep, detokenize(words));
        }
        id = null;
        words.clear();
        continue;
      }
      String token = line.substring(0, line.lastIndexOf(' '));
      Matcher m = ID.matcher(token);
      if (id == null && words.isEmpty() && m.matches()) {
        id = m.group(2);
        rep = m.group(1).charAt(0);
        continue;
      }
      words.add(token);
    }
    int pairs = 0;
    int agree = 0;
    List<String> shown = new ArrayList<>();
    for (Map<Character, String> reps : byId.values()) {
      String spoken = reps.get('A');
      String written = reps.get('B');
      if (spoken == null || written == null) {
        continue;
      }
      List<String> a = comparable(FactTables.canonical(spoken));
      List<String> b = comparable(FactTables.canonical(written));
      if (a.isEmpty() && b.isEmpty()) {
        continue;
      }
      pairs++;
      if (a.equals(b)) {
        agree++;
      } else if (shown.size() < Integer.getInteger("taldau.show", 15)) {
        shown.add(spoken + "\n    " + a + "\n  " + written + "\n    " + b);
      }
    }
    double rate = pairs == 0 ? 1 : (double) agree / pairs;
    System.out.printf("KazNERD word/digit pairs with facts: %d, same facts: %d (%.1f%%)%n", pairs, agree,
        100 * rate);
    shown.forEach(System.out::println);
    assertTrue(rate >= MIN_AGREEMENT, String.format("agreement %.3f < %.2f", rate, MIN_AGREEMENT));
  }

  /**
   * Counts below ten written as words («екі ел», «үш бала») are deliberately not QUANTITY (they are mostly
   * determiners), while digits are: those facts are left out of the comparison, which is about reading
   * numbers.
   */
  private static List<String> comparable(List<String> facts) {
    return facts.stream().filter(f -> {
      if (!f.startsWith("QUANTITY ")) {
        return true;
      }
      String v = f.split(" ")[1].split("\\.\\.")[0];
      return new java.math.BigDecimal(v).compareTo(java.math.BigDecimal.TEN) >= 0;
    }).toList();
  }

  /** Joins CoNLL tokens back into text: no space before closing punctuation, «3 , 5» → «3,5». */
  static String detokenize(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean glue = i > 0 && (w.matches("[,.;:!?)%»\"]") || w.startsWith("-") && w.length() > 1
          || sb.length() > 0 && (sb.charAt(sb.length() - 1) == '(' || sb.charAt(sb.length() - 1) == '«'));
      boolean decimal = i > 1 && w.matches("\\d+") && words.get(i - 1).equals(",")
          && words.get(i - 2).matches("\\d+");
      if (decimal) {
        sb.append(w);
        continue;
      }
      if (i > 0 && !glue && !(w.equals(",") && i + 1 < words.size() && words.get(i + 1).matches("\\d+")
          && words.get(i - 1).matches("\\d+"))) {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }
}
