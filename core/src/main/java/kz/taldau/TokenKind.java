package kz.taldau;

/** What a token is, decided from ICU's rule status and Taldau's own rules. */
public enum TokenKind {
  /** Letters, possibly with hyphens or apostrophes inside (мәдени-гуманитарлық, г-н, Е.А.). */
  WORD,
  /** Digits, with group separators and decimals kept inside (1 234,5; 2.5). */
  NUMBER,
  /**
   * A Kazakh case ending (or Russian ordinal ending) written after a number or a percent sign,
   * with its hyphen when there is one ({@code -ға} in 13%-ға). It belongs to the previous token.
   */
  SUFFIX,
  PUNCT,
  /** Currency, math and other symbols, and the percent sign. */
  SYMBOL,
  URL,
  EMAIL,
  /** Hashtags and @-mentions. */
  HASHTAG,
  /** Anything else: emoji, unassigned or replaced characters. */
  OTHER
}
