package kz.taldau.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence-level phrase features for {@link TokenFeatureSet}, each opt-in:
 *
 * <ul>
 *   <li><b>quotes</b>: Russian (and Kazakh) organization and product names are often quoted
 *       (компания «Казатомпром», ООО «Ромашка»). A token inside a quoted span gets {@code q=in}, its
 *       position in the span ({@code qp=B|I|L|U}), the span length ({@code ql=1..4}, 4 meaning "4 or
 *       more") and the lower-cased word before the opening quote ({@code qw=компания}, {@code qw=^}
 *       when there is none); the quote tokens themselves get {@code q=open} / {@code q=close}. Quotes
 *       are paired within the sentence; a quote opens a nested span when it follows a word and precedes
 *       a capitalized one inside an open span («Компания «Ромашка»»); if the pairing leaves quotes
 *       open, plain left-to-right pairing is used instead.</li>
 *   <li><b>capital runs</b>: a token in a run of consecutive capitalized tokens gets the run length
 *       ({@code cr=1..4}) with its position ({@code crp=B|I|L|U}) and the lower-cased word just before
 *       the run ({@code crw=министр}, {@code crw=^} at the sentence start, the punctuation itself after
 *       punctuation), so every token of «Никита Сергеевич Хрущёв» sees the word that introduces it.</li>
 *   <li><b>name pairs</b>: a capitalized token after a capitalized token gets the pair of their two-letter
 *       endings ({@code np=ого|ил}: a genitive before a nominative is a boundary, «института Пушкина
 *       Виталий Костомаров»), and {@code np=fn} when it is a first name from the gazetteer, which
 *       usually starts a new person.</li>
 *   <li><b>head lookbehind</b> (n > 0): a token d ≤ n tokens after the end of an organization head
 *       (министерство, служба, комитет), with no sentence punctuation in between, gets
 *       {@code gz<org_head-d}: the tail of long names such as «Федеральной службы по надзору в сфере
 *       связи»; likewise {@code gz<work_head-d} after a work head (фильм, альбом, премия: level 2 of
 *       the gazetteer), whose quoted names are titles, not organizations.</li>
 * </ul>
 *
 * Tokens are the normalized forms, where every kind of double quote is {@code "}; the raw quote
 * characters are recognized too. Stateless.
 */
final class PhraseFeatures {
  private PhraseFeatures() {}

  static boolean isQuote(String t) {
    if (t.length() != 1) {
      return false;
    }
    char c = t.charAt(0);
    return c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '″';
  }

  private static boolean isWord(String t) {
    return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(0));
  }

  static boolean isCapitalized(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  private static String position(int i, int start, int end) {
    return start == end ? "U" : i == start ? "B" : i == end ? "L" : "I";
  }

  /** Adds the quote features of every token of {@code tokens} to {@code out} (one list per token). */
  static void quotes(String[] tokens, String[] lower, List<List<String>> out) {
    quotes(tokens, lower, true, out);
  }

  /** The quote features; {@code words}: with {@code qw=}, the word before the opening quote. */
  static void quotes(String[] tokens, String[] lower, boolean words, List<List<String>> out) {
    int n = tokens.length;
    int[] open = new int[n];
    int[] close = new int[n];
    if (!pair(tokens, open, close, true)) {
      pair(tokens, open, close, false);
    }
    for (int q = 0; q < n; q++) {
      int c = close[q];
      if (c <= 0) {
        continue;
      }
      out.get(q).add("q=open");
      out.get(c).add("q=close");
      int a = q + 1;
      int b = c - 1;
      if (b < a) {
        continue;
      }
      String before = q == 0 ? "^" : isWord(tokens[q - 1]) ? lower[q - 1] : tokens[q - 1];
      String len = "ql=" + Math.min(b - a + 1, 4);
      for (int i = a; i <= b; i++) {
        if (isQuote(tokens[i]) && (close[i] > 0 || open[i] > 0)) {
          continue;
        }
        List<String> f = out.get(i);
        f.add("q=in");
        f.add("qp=" + position(i, a, b));
        f.add(len);
        if (words) {
          f.add("qw=" + before);
        }
      }
    }
  }

  /**
   * Pairs the quotes: {@code close[o] = c} for an opening quote o closed by c (0 otherwise), and
   * {@code open[c] = o + 1}. Returns false when a quote stays open.
   */
  private static boolean pair(String[] tokens, int[] open, int[] close, boolean nesting) {
    java.util.Arrays.fill(open, 0);
    java.util.Arrays.fill(close, 0);
    int[] stack = new int[2];
    int depth = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (!isQuote(tokens[i])) {
        continue;
      }
      boolean nested = nesting && depth == 1 && i > 0 && i + 1 < tokens.length && isWord(tokens[i - 1])
          && isCapitalized(tokens[i + 1]) && stack[0] != i - 1;
      if (depth == 0 || nested) {
        stack[depth++] = i;
      } else {
        int o = stack[--depth];
        close[o] = i;
        open[i] = o + 1;
      }
    }
    return depth == 0;
  }

  /** Adds the capital-run features of every token to {@code out} (one list per token). */
  static void capitalRuns(String[] tokens, String[] lower, List<List<String>> out) {
    capitalRuns(tokens, lower, true, out);
  }

  /** The capital-run features; {@code words}: with {@code crw=}, the word before the run. */
  static void capitalRuns(String[] tokens, String[] lower, boolean words, List<List<String>> out) {
    int n = tokens.length;
    int i = 0;
    while (i < n) {
      if (!isCapitalized(tokens[i])) {
        i++;
        continue;
      }
      int a = i;
      while (i < n && isCapitalized(tokens[i])) {
        i++;
      }
      int b = i - 1;
      String before = a == 0 ? "^" : isWord(tokens[a - 1]) ? lower[a - 1] : tokens[a - 1];
      String len = "cr=" + Math.min(b - a + 1, 4);
      for (int j = a; j <= b; j++) {
        List<String> f = out.get(j);
        f.add(len);
        f.add("crp=" + position(j, a, b));
        if (words) {
          f.add("crw=" + before);
        }
      }
    }
  }

  private static String ending(String lower) {
    return lower.length() <= 2 ? lower : lower.substring(lower.length() - 2);
  }

  /** Adds the name-pair features; {@code gaz} holds the gazetteer features of every token. */
  static void namePairs(String[] tokens, String[] lower, List<List<String>> gaz, List<List<String>> out) {
    for (int i = 1; i < tokens.length; i++) {
      if (isCapitalized(tokens[i]) && isCapitalized(tokens[i - 1]) && Character.isLetter(tokens[i].charAt(0))
          && Character.isLetter(tokens[i - 1].charAt(0))) {
        out.get(i).add("np=" + ending(lower[i - 1]) + "|" + ending(lower[i]));
        if (gaz.get(i).contains("gz=first_name:U")) {
          out.get(i).add("np=fn");
        }
      }
    }
  }

  /** Adds the head-lookbehind features; {@code gaz} holds the gazetteer features of every token. */
  static void headBehind(String[] tokens, List<List<String>> gaz, int n, List<List<String>> out) {
    int lastHead = -1;
    int lastWork = -1;
    for (int i = 0; i < tokens.length; i++) {
      if (breaksName(tokens[i])) {
        lastHead = -1;
        lastWork = -1;
      } else {
        if (lastHead >= 0 && i - lastHead <= n) {
          out.get(i).add("gz<org_head-" + (i - lastHead));
        }
        if (lastWork >= 0 && i - lastWork <= n) {
          out.get(i).add("gz<work_head-" + (i - lastWork));
        }
      }
      if (ends(gaz.get(i), "gz=org_head:U", "gz=org_head:L")) {
        lastHead = i;
      }
      if (ends(gaz.get(i), "gz=work_head:U", "gz=work_head:L")) {
        lastWork = i;
      }
    }
  }

  private static boolean ends(List<String> labels, String unit, String last) {
    return !labels.isEmpty() && (labels.contains(unit) || labels.contains(last));
  }

  private static boolean breaksName(String token) {
    return token.length() == 1 && ".,;:!?()".indexOf(token.charAt(0)) >= 0;
  }

  /** One empty list per token. */
  static List<List<String>> empty(int n) {
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>(4));
    }
    return out;
  }
}
