package kz.taldau.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What LanguageTool's Russian morphological dictionary (AOT's, LGPL; the {@code org.languagetool:language-ru}
 * jar, read with morfologik) says a word can be, as name finder features: its ambiguity class, the sorted
 * set of coarse classes of all its readings ({@code mc=a.n} for «российской», {@code mc=name} for «пётр»,
 * {@code mc=fam.n} for «тишина», {@code mc=unk} for a word the dictionary does not know: most foreign and
 * Kazakh names), the class joined with how the token is capitalized ({@code mc=n/C} for «Цирк»,
 * {@code mc=unk/C} for «Касымбеком», {@code mc=n/l} for «цирк», {@code mc=unk/U} for «НДОА»), and the cases
 * its noun and adjective readings can have ({@code mk=R} for genitive). A name the dictionary does not know,
 * or a common noun written with a capital, is what these features let a model see.
 *
 * <p>The dictionary describes the Russian of Russia. Two corrections fit it to news from Kazakhstan: a
 * token that the gazetteer lists as a place by itself gets the class {@code geo} instead of the
 * dictionary's readings (it reads «Астаны» and «Алматы» also as plurals of rare first names, and knows no
 * «Актобе»), and the readings of «аким» (a regional governor in Kazakhstan, not the old first name Аким)
 * are a common noun's.
 *
 * <p>The dictionary is read once per JVM and shared; an instance keeps its own lookup and cache, so, like
 * the OpenNLP generators that own one, it is not thread-safe.
 */
final class RussianWordClasses {
  /** LanguageTool's resource (with its {@code russian.info} beside it) in the language-ru jar. */
  static final String RESOURCE = "/org/languagetool/resource/ru/russian.dict";
  /** Longer tokens are not looked up (no Russian word is this long); they get no features. */
  static final int MAX_LENGTH = 40;
  private static final int CACHE_SIZE = 16_384;
  /** The last part of a noun or adjective tag when it is a case. */
  private static final Set<String> CASES = Set.of("Nom", "R", "D", "V", "T", "P");
  /** Lemmas whose first-name readings are common nouns in Kazakhstan's Russian. */
  private static final Set<String> NOT_NAMES = Set.of("аким", "акима");

  private final DictionaryLookup lookup;
  /** Features by token: {@code [offset + 1][]} for offsets −1, 0, +1 (see {@link #features}). */
  private final Map<String, String[][]> cache = new HashMap<>();
  /** The same for tokens that are places ({@code mc=geo}). */
  private final Map<String, String[][]> places = new HashMap<>();

  RussianWordClasses() {
    this.lookup = new DictionaryLookup(Shared.DICTIONARY);
  }

  /** Holder: the dictionary is read when the first instance is made. */
  private static final class Shared {
    static final Dictionary DICTIONARY = read();

    private static Dictionary read() {
      URL url = RussianWordClasses.class.getResource(RESOURCE);
      if (url == null) {
        throw new IllegalStateException("the Russian dictionary " + RESOURCE
            + " is not on the class path (it comes with org.languagetool:language-ru)");
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Russian dictionary " + url, e);
      }
    }
  }

  /**
   * The features of {@code token} (any case) seen from offset {@code d} = −1, 0, +1, at index {@code d + 1}:
   * the class and the class with the capitalization, with the offset's prefix ({@code p1mc=}, {@code mc=},
   * {@code n1mc=}), and at offsets 0 and +1 also the cases ({@code mk=R}, {@code n1mk=R}); the class is
   * {@code geo} if {@code place} (the gazetteer knows the token as a place). Null for a token that does not
   * start with a letter or is longer than {@link #MAX_LENGTH}. The arrays are shared: do not change them.
   */
  String[][] features(String token, boolean place) {
    Map<String, String[][]> c = place ? places : cache;
    String[][] f = c.get(token);
    if (f == null && !c.containsKey(token)) {
      if (c.size() >= CACHE_SIZE) {
        c.clear();
      }
      f = compute(token, place);
      c.put(token, f);
    }
    return f;
  }

  private String[][] compute(String token, boolean place) {
    if (token.isEmpty() || token.length() > MAX_LENGTH || !Character.isLetter(token.codePointAt(0))) {
      return null;
    }
    String lower = Stemmer.lower(token);
    TreeSet<String> classes = new TreeSet<>();
    TreeSet<String> cases = new TreeSet<>();
    for (WordData reading : lookup.lookup(lower)) {
      String[] tag = reading.getTag().toString().split(":");
      String coarse = coarse(tag);
      classes.add(coarse.equals("name") && NOT_NAMES.contains(reading.getStem().toString()) ? "n" : coarse);
      if (tag[0].equals("NN") || tag[0].equals("ADJ")) {
        String last = tag[tag.length - 1];
        if (CASES.contains(last)) {
          cases.add(last);
        }
      }
    }
    String cls = "mc=" + (place ? "geo" : classes.isEmpty() ? "unk" : String.join(".", classes));
    String capitalized = cls + "/" + capitalization(token);
    String[][] out = new String[3][];
    for (int d = -1; d <= 1; d++) {
      List<String> f = new ArrayList<>(2 + cases.size());
      f.add((TokenFeatureSet.prefix(d) + cls).intern());
      f.add((TokenFeatureSet.prefix(d) + capitalized).intern());
      if (d >= 0) {
        for (String c : cases) {
          f.add((TokenFeatureSet.prefix(d) + "mk=" + c).intern());
        }
      }
      out[d + 1] = f.toArray(new String[0]);
    }
    return out;
  }

  /**
   * {@code l} for a token that starts with a lower-case letter (or a letter without case), {@code U} for
   * one of two or more letters all in upper case (an acronym), {@code C} for another capitalized one.
   */
  static char capitalization(String token) {
    if (!Character.isUpperCase(token.codePointAt(0))) {
      return 'l';
    }
    int letters = 0;
    for (int i = 0; i < token.length(); ) {
      int c = token.codePointAt(i);
      if (Character.isLowerCase(c)) {
        return 'C';
      }
      letters += Character.isLetter(c) ? 1 : 0;
      i += Character.charCount(c);
    }
    return letters > 1 ? 'U' : 'C';
  }

  /**
   * The coarse class of a LanguageTool tag: first names, surnames and patronymics apart from other nouns
   * ({@code name}, {@code fam}, {@code patr}, {@code n}), {@code a} adjectives, {@code v} verbs and
   * participles, {@code num} numerals, otherwise the tag's first part in lower case ({@code prep},
   * {@code conj}, {@code pnn}, {@code adv} …).
   */
  static String coarse(String[] tag) {
    return switch (tag[0]) {
      case "NN" -> tag.length > 1 && (tag[1].equals("Name") || tag[1].equals("Fam") || tag[1].equals("Patr"))
          ? tag[1].toLowerCase(Locale.ROOT) : "n";
      case "ADJ" -> "a";
      case "VB", "PT", "PT_Short", "DPT" -> "v";
      case "Num", "NumC", "Ord" -> "num";
      default -> tag[0].toLowerCase(Locale.ROOT);
    };
  }
}
