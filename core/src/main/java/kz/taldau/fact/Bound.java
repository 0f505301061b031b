package kz.taldau.fact;

/** How the figure relates to the true value, from the words around it (около, более, не менее, до…). */
public enum Bound {
  /** The default: the figure is the value. */
  EXACT,
  /** около, почти, примерно, порядка, шамамен, жуық. */
  APPROX,
  /** более, свыше, больше, астам, артық. */
  MORE_THAN,
  /** не менее, кем дегенде. */
  AT_LEAST,
  /** менее, до, кем. */
  LESS_THAN,
  /** не более. */
  AT_MOST
}
