package kz.taldau;

/** The text is longer than {@link ProcessingLimits#maxChars()}; the caller should split it. */
public final class InputTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  public InputTooLargeException(int length, int limit) {
    super("text length (" + length + ") exceeds the maximum allowed (" + limit
        + ", from ProcessingLimits.maxChars)");
    this.length = length;
    this.limit = limit;
  }

  public int length() {
    return length;
  }

  public int limit() {
    return limit;
  }
}
