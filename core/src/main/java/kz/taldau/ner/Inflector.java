package kz.taldau.ner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.taldau.Language;

/**
 * Generates the inflected forms of a gazetteer entry (lower-case): Kazakh case endings with vowel harmony
 * and consonant assimilation, also after the 3rd-person possessive (облыс → облысы, облысында); Russian
 * singular case endings by the word's ending (Москва → Москвы, Москве, Москву, Москвой). Over-generation
 * is harmless for dictionary features, so rules are simple and cover names and common nouns alike.
 */
final class Inflector {
  private static final String VOWELS = "аәеёиоөуұүыіэюя";
  private static final String BACK_VOWELS = "аоұыёюя";
  private static final String VOICELESS = "пкқтсшфхцчщ";
  private static final int MAX_FORMS = 400;

  private Inflector() {}

  /** All forms of a lower-case entry (words separated by single spaces), the entry itself first. */
  static Set<String> forms(String entry, Language language) {
    Set<String> out = new LinkedHashSet<>();
    out.add(entry);
    String[] words = entry.split(" ");
    if (language == Language.KAZAKH) {
      // Kazakh inflects only the last word of a phrase: Оңтүстік Қазақстан облысында.
      String last = words[words.length - 1];
      String head = entry.substring(0, entry.length() - last.length());
      // In a phrase, a last word in -ы/-і is already possessive (Қарағанды облысы → облысында).
      boolean possessed = words.length > 1 && (last.endsWith("ы") || last.endsWith("і"));
      List<String> lastForms = possessed ? suffixed(last, caseEndings(last, isBack(last), true))
          : kazakh(last);
      for (String f : lastForms) {
        out.add(head + f);
      }
    } else {
      List<String> partial = List.of("");
      for (String w : words) {
        List<String> next = new ArrayList<>();
        List<String> wf = russian(w);
        for (String p : partial) {
          for (String f : wf) {
            if (next.size() < MAX_FORMS) {
              next.add(p.isEmpty() ? f : p + " " + f);
            }
          }
        }
        partial = next;
      }
      out.addAll(partial);
    }
    return out;
  }

  /** Kazakh forms of one word: the cases, the 3rd-person possessive and the cases after it. */
  static List<String> kazakh(String w) {
    List<String> out = new ArrayList<>();
    boolean abbreviation = w.length() <= 5 && !w.isEmpty() && countVowels(w) <= 1 && w.length() >= 2;
    if (abbreviation) {
      // АҚШ-қа, ҚР-дың: endings after a hyphen; the harmony follows the spoken letters, so add both.
      for (boolean back : new boolean[] {true, false}) {
        for (String e : caseEndings(w, back, false)) {
          out.add(w + "-" + e);
        }
      }
    }
    boolean back = isBack(w);
    out.addAll(suffixed(w, caseEndings(w, back, false)));
    String possessive = possessive(w, back);
    out.add(possessive);
    out.addAll(suffixed(possessive, caseEndings(possessive, back, true)));
    return out;
  }

  private static List<String> suffixed(String w, List<String> endings) {
    List<String> out = new ArrayList<>(endings.size());
    for (String e : endings) {
      out.add(w + e);
    }
    return out;
  }

  private static String possessive(String w, boolean back) {
    char last = w.charAt(w.length() - 1);
    if (VOWELS.indexOf(last) >= 0 && !glide(w)) {
      return w + (back ? "сы" : "сі");
    }
    // Voiceless stops voice before the vowel: министрлік → министрлігі, тарақ → тарағы.
    String stem = w;
    if (last == 'к') {
      stem = w.substring(0, w.length() - 1) + "г";
    } else if (last == 'қ') {
      stem = w.substring(0, w.length() - 1) + "ғ";
    } else if (last == 'п') {
      stem = w.substring(0, w.length() - 1) + "б";
    }
    return stem + (back ? "ы" : "і");
  }

  /** Case endings: genitive, dative, accusative, locative, ablative, instrumental, locative-adjective. */
  private static List<String> caseEndings(String w, boolean back, boolean afterPossessive) {
    String a = back ? "а" : "е";
    String y = back ? "ы" : "і";
    String g = back ? "ғ" : "г";
    String q = back ? "қ" : "к";
    if (afterPossessive) {
      return List.of("н" + y + "ң", "н" + a, "н", "нд" + a, "н" + a + "н", "мен", "нд" + a + g + y);
    }
    char last = w.charAt(w.length() - 1);
    boolean vowel = VOWELS.indexOf(last) >= 0 && !glide(w);
    if (vowel) {
      return List.of("н" + y + "ң", g + a, "н" + y, "д" + a, "д" + a + "н", "мен", "д" + a + g + y);
    }
    if ("мнң".indexOf(last) >= 0) {
      return List.of("н" + y + "ң", g + a, "д" + y, "д" + a, "н" + a + "н", "мен", "бен", "д" + a + g + y);
    }
    if (VOICELESS.indexOf(last) >= 0) {
      return List.of("т" + y + "ң", q + a, "т" + y, "т" + a, "т" + a + "н", "пен", "т" + a + g + y);
    }
    String instr = "рлйуи".indexOf(last) >= 0 ? "мен" : "бен";
    return List.of("д" + y + "ң", g + a, "д" + y, "д" + a, "д" + a + "н", instr, "д" + a + g + y);
  }

  /** A final у or и after a vowel is a glide (Мәскеу): it takes consonant endings. */
  private static boolean glide(String w) {
    int n = w.length();
    char last = w.charAt(n - 1);
    return (last == 'у' || last == 'и') && n >= 2 && VOWELS.indexOf(w.charAt(n - 2)) >= 0;
  }

  /** Back harmony from the last vowel that is not a glide; и counts as front, у as back. */
  private static boolean isBack(String w) {
    for (int i = w.length() - 1; i >= 0; i--) {
      char c = w.charAt(i);
      if (VOWELS.indexOf(c) < 0) {
        continue;
      }
      if ((c == 'у' || c == 'и') && i > 0 && VOWELS.indexOf(w.charAt(i - 1)) >= 0) {
        continue;
      }
      if (c == 'у') {
        return true;
      }
      return BACK_VOWELS.indexOf(c) >= 0;
    }
    return true;
  }

  private static int countVowels(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (VOWELS.indexOf(w.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Russian singular forms of one word, chosen by its ending; indeclinable words give only themselves. */
  static List<String> russian(String w) {
    List<String> out = new ArrayList<>();
    out.add(w);
    int n = w.length();
    if (n < 2 || w.indexOf('-') >= 0 && n < 4) {
      return out;
    }
    if (w.endsWith("ия")) {
      add(out, w, 1, "и", "ю", "ей");
    } else if (w.endsWith("ая")) {
      add(out, w, 2, "ой", "ую", "ою");
    } else if (w.endsWith("яя")) {
      add(out, w, 2, "ей", "юю");
    } else if (w.endsWith("ий")) {
      // Adjectives (российский: all genders and the plural) and nouns (Георгий) share this ending.
      add(out, w, 2, "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "ия", "ию", "ием",
          "ии", "его", "ему", "ем");
    } else if (w.endsWith("ый") || w.endsWith("ой") && n > 4) {
      add(out, w, 2, "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми");
    } else if (w.endsWith("ое")) {
      add(out, w, 2, "ого", "ому", "ым", "ом");
    } else if (w.endsWith("ее") && n > 4) {
      add(out, w, 2, "его", "ему", "им", "ем");
    } else if (w.endsWith("а")) {
      char prev = w.charAt(n - 2);
      add(out, w, 1, "гкхжшщч".indexOf(prev) >= 0 ? "и" : "ы", "е", "у", "ой", "ою");
    } else if (w.endsWith("я")) {
      add(out, w, 1, "и", "е", "ю", "ей");
    } else if (w.endsWith("ь")) {
      add(out, w, 1, "и", "ью", "я", "ю", "ем", "е");
    } else if (w.endsWith("й")) {
      add(out, w, 1, "я", "ю", "ем", "е");
    } else if ("оеиуыюэ".indexOf(w.charAt(n - 1)) < 0 && Character.isLetter(w.charAt(n - 1))) {
      boolean hushing = "жшчщц".indexOf(w.charAt(n - 1)) >= 0;
      add(out, w, 0, "а", "у", hushing ? "ем" : "ом", "е");
      if (w.endsWith("ов") || w.endsWith("ев") || w.endsWith("ин") || w.endsWith("ын")) {
        add(out, w, 0, "ым", "ой", "ы");
      }
    }
    return out;
  }

  private static void add(List<String> out, String w, int cut, String... endings) {
    String stem = w.substring(0, w.length() - cut);
    for (String e : endings) {
      out.add(stem + e);
    }
  }
}
