package kz.taldau.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Normalizes news text without losing offsets: non-breaking and other fixed-width spaces become a space;
 * soft hyphens, zero-width characters and the BOM are removed; «» “” „ ‟ ″ quotes become {@code "};
 * hyphen variants become {@code -}; en/em dashes, figure dash and minus become the en dash {@code –};
 * the result is in Unicode NFC. C0/C1 controls other than tab, line feed and carriage return, and lone
 * surrogates, are replaced one-for-one by U+FFFD (see {@link InputSanitizer}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
  /** The dash every dash-like character becomes. */
  public static final char DASH = '\u2013';

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final char DELETE = '\uFFFF';

  private static final TextNormalizer INSTANCE = new TextNormalizer();

  public static TextNormalizer getInstance() {
    return INSTANCE;
  }

  private TextNormalizer() {}

  /** Maps one character; {@link #DELETE} removes it. Surrogates are handled by the caller. */
  static char map(char c) {
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return InputSanitizer.REPLACEMENT;
      }
      return c == 0x7F ? InputSanitizer.REPLACEMENT : c;
    }
    if (c >= 0x80 && c <= 0x9F) {
      return InputSanitizer.REPLACEMENT;
    }
    switch (c) {
      case '\u00A0': case '\u2007': case '\u2009': case '\u202F': case '\u2002': case '\u2003':
      case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u200A': case '\u205F':
      case '\u3000': case '\u1680':
        return ' ';
      case '\u2028': case '\u2029': case '\u0085':
        return '\n';
      case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF':
      case '\u180E':
        return DELETE;
      case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
      case '\u2033': case '\u301D': case '\u301E': case '\uFF02':
        return '"';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u02BC':
        return '\'';
      case '\u2010': case '\u2011':
        return '-';
      case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212': case '\uFE58':
      case '\uFE63': case '\uFF0D':
        return DASH;
      default:
        return c;
    }
  }

  /** Normalizes {@code text}; the result maps every normalized offset back to {@code text}. */
  public NormalizedText normalize(String text) {
    int n = text.length();
    // Fast path: most news text needs nothing, or only one-for-one replacements.
    boolean changesLength = false;
    boolean changes = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        changes = true;
        continue;
      }
      char m = map(c);
      if (m == DELETE) {
        changesLength = true;
        break;
      }
      if (m != c) {
        changes = true;
      }
    }
    if (!changesLength && NFC.isNormalized(text)) {
      if (!changes) {
        return NormalizedText.identity(text);
      }
      char[] out = text.toCharArray();
      InputSanitizer.replaceLoneSurrogates(out);
      for (int i = 0; i < n; i++) {
        if (!Character.isSurrogate(out[i])) {
          out[i] = map(out[i]);
        }
      }
      return new NormalizedText(text, new String(out), null, null);
    }
    return normalizeSlow(text);
  }

  private NormalizedText normalizeSlow(String text) {
    int n = text.length();
    char[] mapped = text.toCharArray();
    InputSanitizer.replaceLoneSurrogates(mapped);
    StringBuilder sb = new StringBuilder(n);
    int[] starts = new int[n + 16];
    int[] ends = new int[n + 16];
    int len = 0;
    // Walk NFC segments: a segment starts at a character with a composition boundary before it. Characters
    // of a segment that NFC changes all map to the whole segment's original range.
    int i = 0;
    StringBuilder seg = new StringBuilder();
    int[] segOrig = new int[8];
    while (i < n) {
      // Collect one segment of kept (non-deleted) characters with their original offsets.
      seg.setLength(0);
      int segCount = 0;
      int segEnd = -1;
      int j = i;
      while (j < n) {
        char c = mapped[j];
        int cpLen = 1;
        if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(mapped[j + 1])) {
          cpLen = 2;
        }
        if (cpLen == 1 && !Character.isSurrogate(c)) {
          c = map(c);
        }
        if (cpLen == 1 && c == DELETE) {
          if (seg.length() == 0) {
            j++;
            i = j;
            continue;
          }
          j++;
          continue;
        }
        int cp = cpLen == 2 ? Character.toCodePoint(mapped[j], mapped[j + 1]) : c;
        if (seg.length() > 0 && NFC.hasBoundaryBefore(cp)) {
          break;
        }
        if (segCount + cpLen > segOrig.length) {
          segOrig = Arrays.copyOf(segOrig, segOrig.length * 2);
        }
        if (cpLen == 2) {
          seg.append(mapped[j]).append(mapped[j + 1]);
          segOrig[segCount++] = j;
          segOrig[segCount++] = j + 1;
        } else {
          seg.append(c);
          segOrig[segCount++] = j;
        }
        j += cpLen;
        segEnd = j;
      }
      if (seg.length() == 0) {
        i = j;
        continue;
      }
      String s = seg.toString();
      // Most segments are one inert character (no NFC interaction): skip the normalizer's allocations.
      String norm = (s.length() == 1 && NFC.isInert(s.charAt(0))) || NFC.isNormalized(s) ? s : NFC.normalize(s);
      if (norm.length() > s.length()) {
        // A rare expanding decomposition (some Indic and Hebrew letters): keep the characters as they are, so
        // that every normalized character still has original characters of its own.
        norm = s;
      }
      if (len + norm.length() > starts.length) {
        int cap = Math.max(starts.length * 2, len + norm.length());
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
      }
      // Normalized character k maps to the original characters from the k-th kept one up to the next;
      // the last one takes the rest of the segment. Spans stay non-empty, ordered and non-overlapping
      // even when a tokenizer splits inside a composed segment.
      int m = norm.length();
      for (int k = 0; k < m; k++) {
        starts[len] = segOrig[k];
        ends[len] = norm == s ? segOrig[k] + 1 : k + 1 < m ? segOrig[k + 1] : segEnd;
        len++;
      }
      sb.append(norm);
      i = j;
    }
    return new NormalizedText(text, sb.toString(), Arrays.copyOf(starts, len),
        Arrays.copyOf(ends, len));
  }
}
