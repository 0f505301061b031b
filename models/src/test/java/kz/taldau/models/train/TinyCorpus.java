package kz.taldau.models.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small KazNERD-style CoNLL file written from template sentences made up for the tests. */
public final class TinyCorpus {
  private static final String[][] PEOPLE = {{"Асқар", "Мамин"}, {"Айгүл", "Серікова"}, {"Ерлан", "Қасымов"},
      {"Пьер", "Кабаре"}, {"Дана", "Әлиева"}};
  private static final String[] PLACES = {"Алматыда", "Астанада", "Францияда", "Қарағандыда", "Шымкентте"};
  private static final String[][] ORGS = {{"Ұлттық", "банк"}, {"Энергетика", "министрлігі"},
      {"Нархоз", "университеті"}};

  private TinyCorpus() {}

  /** Writes {@code sentences} sentences in IOB2 with KazNERD's tag names (PERSON, GPE, ORGANISATION). */
  public static Path write(Path file, int sentences) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      String[] per = PEOPLE[i % PEOPLE.length];
      String loc = PLACES[(i / 2) % PLACES.length];
      String[] org = ORGS[(i / 3) % ORGS.length];
      switch (i % 3) {
        case 0 -> {
          sb.append(per[0]).append(" B-PERSON\n").append(per[1]).append(" I-PERSON\n");
          sb.append("кеше O\n").append(loc).append(" B-GPE\n").append("болды O\n. O\n\n");
        }
        case 1 -> {
          sb.append(org[0]).append(" B-ORGANISATION\n").append(org[1]).append(" I-ORGANISATION\n");
          sb.append(loc).append(" B-GPE\n").append("жаңа O\nкеңсе O\nашты O\n. O\n\n");
        }
        default -> {
          sb.append(loc).append(" B-GPE\n").append(org[0]).append(" B-ORGANISATION\n").append(org[1])
              .append(" I-ORGANISATION\n").append("басшысы O\n").append(per[0]).append(" B-PERSON\n")
              .append(per[1]).append(" I-PERSON\n").append("сөйледі O\n2025 B-DATE\nжылы I-DATE\n. O\n\n");
        }
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    return file;
  }
}
