package kz.taldau.text;

import java.util.Objects;
import kz.taldau.TextSpan;

/**
 * The caller's text and its normalized copy, with an exact map from normalized offsets back to original
 * ones (OpenNLP's {@code AlignedText} idea). Immutable and thread-safe.
 *
 * <p>Each normalized character comes from an original range: usually one character, the whole
 * canonical-composition segment when NFC merged characters. Deleted characters (soft hyphens,
 * zero-width characters) leave no normalized character, so a span that ends right before them maps to
 * an original span that ends before them too.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  // null when normalized == original character for character (the common case): the identity map.
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String normalized, int[] starts, int[] ends) {
    this.original = Objects.requireNonNull(original, "original");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    this.starts = starts;
    this.ends = ends;
  }

  /** A normalized text that is the original itself. */
  public static NormalizedText identity(String text) {
    return new NormalizedText(text, text, null, null);
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /** True when offsets in the normalized text equal offsets in the original. */
  public boolean isAligned() {
    return starts == null;
  }

  /** The original offset where the normalized character at {@code index} starts; {@code length()} maps to the end. */
  public int originalStart(int index) {
    checkIndex(index);
    if (starts == null) {
      return index;
    }
    return index == normalized.length() ? original.length() : starts[index];
  }

  /** The original offset where a normalized span ending at {@code index} (exclusive) ends. */
  public int originalEnd(int index) {
    checkIndex(index);
    if (ends == null) {
      return index;
    }
    return index == 0 ? (starts.length == 0 ? 0 : starts[0]) : ends[index - 1];
  }

  /** Maps a normalized span {@code [start, end)} to the original text. */
  public TextSpan toOriginal(int start, int end) {
    if (start == end) {
      int s = originalStart(start);
      return new TextSpan(s, s);
    }
    return new TextSpan(originalStart(start), originalEnd(end));
  }

  /**
   * The normalized offset of the first normalized character that starts at or after original offset
   * {@code originalOffset} (the inverse of {@link #originalStart(int)} for character starts).
   */
  public int normalizedOffset(int originalOffset) {
    if (originalOffset < 0 || originalOffset > original.length()) {
      throw new IndexOutOfBoundsException("offset " + originalOffset + " outside the original text [0, "
          + original.length() + "]");
    }
    if (starts == null) {
      return originalOffset;
    }
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < originalOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void checkIndex(int index) {
    if (index < 0 || index > normalized.length()) {
      throw new IndexOutOfBoundsException("offset " + index + " outside the normalized text [0, "
          + normalized.length() + "]");
    }
  }
}
