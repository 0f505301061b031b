package kz.taldau.norm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.taldau.EntityType;
import kz.taldau.Language;

/**
 * Lists what the Kazakh normalizer does to the PER/ORG/LOC mentions of a KazNERD IOB2 file, for checking
 * by hand (KazNERD has no base forms). Not a unit test: run by hand; prints counts and, with
 * {@code --changed} or {@code --kept}, the mentions (to stdout only — never commit its output).
 *
 * <pre>java -cp core/target/classes:core/target/test-classes kz.taldau.norm.KazNerdNormCheck \
 *     ../shared/corpora/kaznerd/IOB2_valid.txt --changed</pre>
 */
public final class KazNerdNormCheck {
  private KazNerdNormCheck() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpora/kaznerd/IOB2_valid.txt");
    String mode = args.length > 1 ? args[1] : "";
    RuleEntityNormalizer normalizer = RuleEntityNormalizer.getInstance();
    List<String[]> mentions = new ArrayList<>();  // type, text
    StringBuilder current = new StringBuilder();
    String currentType = "";
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      String tag = f.length >= 2 ? f[f.length - 1] : "O";
      if (tag.startsWith("I-") && current.length() > 0) {
        current.append(' ').append(f[0]);
        continue;
      }
      if (current.length() > 0) {
        mentions.add(new String[] {currentType, current.toString()});
        current.setLength(0);
      }
      if (tag.startsWith("B-")) {
        currentType = tag.substring(2);
        current.append(f[0]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int total = 0;
    int changed = 0;
    for (String[] m : mentions) {
      EntityType type = switch (m[0]) {
        case "PERSON" -> EntityType.PER;
        case "ORGANISATION" -> EntityType.ORG;
        case "GPE", "LOCATION" -> EntityType.LOC;
        default -> null;
      };
      if (type == null) {
        continue;
      }
      total++;
      String norm = normalizer.normalize(m[1], type, Language.KAZAKH);
      boolean diff = !norm.equals(m[1]);
      if (diff) {
        changed++;
      }
      if ((diff && mode.equals("--changed")) || (!diff && mode.equals("--kept"))) {
        out.println(type + "\t" + m[1] + "\t" + norm);
      }
    }
    out.printf(Locale.ROOT, "mentions %d, changed %d (%.1f%%)%n", total, changed, 100.0 * changed / total);
  }
}
