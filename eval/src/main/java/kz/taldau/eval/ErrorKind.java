package kz.taldau.eval;

/** The kinds of errors the error list shows. */
public enum ErrorKind {
  /** A gold item no prediction overlaps (with the same type, for entities also none of another type). */
  MISSED,
  /** A prediction that overlaps no gold item. */
  SPURIOUS,
  /** A prediction overlapping a gold item of another type (its boundaries may differ too). */
  WRONG_TYPE,
  /** An entity of the right type whose span overlaps the gold span but is not equal to it. */
  WRONG_BOUNDARY,
  /** A fact matched by type and overlap whose typed fields differ from the gold fields. */
  WRONG_VALUE,
  /** An exactly matched entity whose base form differs from the gold {@code norm}. */
  WRONG_NORM
}
