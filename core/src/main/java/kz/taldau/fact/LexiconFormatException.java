package kz.taldau.fact;

/**
 * A lexicon file that cannot be read as a fact lexicon: the message names the file, the line number and
 * the offending line.
 */
public final class LexiconFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LexiconFormatException(String file, int line, String reason, String text) {
    super(file + ":" + line + ": " + reason + ": " + text);
  }
}
