package kz.taldau.corpus;

/**
 * Token tagging schemes for CoNLL files. Each tag is {@code O} or {@code PREFIX-TYPE}.
 *
 * <ul>
 *   <li>{@link #IOB2} (also called BIO; KazNERD, CoNLL-2002) and {@link #IOB1} (CoNLL-2003): prefixes B, I.
 *       Both decode like conlleval: a chunk starts at {@code B-X}, or at {@code I-X} when the previous token
 *       is not inside a chunk of type X, and continues over {@code I-X}. On well-formed IOB2 this is
 *       seqeval's strict IOB2 mode.</li>
 *   <li>{@link #IOBES} (BIOES, BMES with M for I): adds E (end) and S (single).</li>
 *   <li>{@link #BILOU}: B, I, L (last), U (unit).</li>
 * </ul>
 */
public enum TagScheme {
  IOB1("BI"),
  IOB2("BI"),
  IOBES("BIESM"),
  BILOU("BILU");

  private final String prefixes;

  TagScheme(String prefixes) {
    this.prefixes = prefixes;
  }

  /** True when {@code prefix} (B, I, E, S…) is valid in this scheme. */
  public boolean allows(char prefix) {
    return prefixes.indexOf(prefix) >= 0;
  }

  /** The prefix's role: 'B' begin, 'I' inside, 'E' end, 'S' single-token chunk. */
  char role(char prefix) {
    switch (prefix) {
      case 'M':
        return 'I';
      case 'L':
        return 'E';
      case 'U':
        return 'S';
      default:
        return prefix;
    }
  }
}
