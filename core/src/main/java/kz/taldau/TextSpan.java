package kz.taldau;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into the caller's original text.
 *
 * <p>Every span in a {@link Document} (tokens, sentences, entities, facts) points into the string that
 * was passed to {@link Pipeline#process(String)}, never into a normalized copy.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Returns the covered characters of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True when the spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** True when {@code other} lies inside this span. */
  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(TextSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
