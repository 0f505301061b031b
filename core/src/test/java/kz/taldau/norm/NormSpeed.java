package kz.taldau.norm;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kz.taldau.EntityType;
import kz.taldau.Language;

/**
 * Measures normalizer and stemmer throughput on one thread with mentions written for Taldau. Not a unit
 * test: run by hand after {@code mvn -q -pl core test-compile}:
 *
 * <pre>java -cp core/target/classes:core/target/test-classes kz.taldau.norm.NormSpeed</pre>
 */
public final class NormSpeed {
  private record Sample(String text, EntityType type, Language language) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample("Женисом Касымбеком", EntityType.PER, Language.RUSSIAN),
      new Sample("Карагандинской области", EntityType.LOC, Language.RUSSIAN),
      new Sample("Национальной ассамблеи Франции", EntityType.ORG, Language.RUSSIAN),
      new Sample("Нургисы Тлендиева", EntityType.PER, Language.RUSSIAN),
      new Sample("Министерства иностранных дел", EntityType.ORG, Language.RUSSIAN),
      new Sample("Нур-Султане", EntityType.LOC, Language.RUSSIAN),
      new Sample("Соединенных Штатах", EntityType.LOC, Language.RUSSIAN),
      new Sample("Токаева", EntityType.PER, Language.RUSSIAN),
      new Sample("Алматыда", EntityType.LOC, Language.KAZAKH),
      new Sample("Пьер Кабаремен", EntityType.PER, Language.KAZAKH),
      new Sample("Франция Ұлттық ассамблеясының", EntityType.ORG, Language.KAZAKH),
      new Sample("Қасым-Жомарт Тоқаевтың", EntityType.PER, Language.KAZAKH));

  private static final List<String> WORDS = List.of("кітаптарымыздан", "Алматыда", "ассамблеясының",
      "Қазақстанның", "мектептерде", "Тоқаевтың", "министрлігінің", "жылы", "Қарағанды", "облысына");

  private NormSpeed() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    RuleEntityNormalizer normalizer = RuleEntityNormalizer.getInstance();
    KazakhStemmer stemmer = KazakhStemmer.getInstance();
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      long n = 0;
      long t0 = System.nanoTime();
      while (System.nanoTime() - t0 < 2_000_000_000L) {
        for (Sample s : SAMPLES) {
          sink += normalizer.normalize(s.text, s.type, s.language).length();
          n++;
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      long m = 0;
      long t1 = System.nanoTime();
      while (System.nanoTime() - t1 < 1_000_000_000L) {
        for (String w : WORDS) {
          sink += stemmer.stemLength(w);
          m++;
        }
      }
      double secs2 = (System.nanoTime() - t1) / 1e9;
      out.printf(Locale.ROOT, "round %d: normalizer %.0f mentions/s, stemmer %.0f words/s%n", round + 1,
          n / secs, m / secs2);
    }
    out.println("(checksum " + sink + ")");
  }
}
