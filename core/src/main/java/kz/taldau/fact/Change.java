package kz.taldau.fact;

/** The direction of the change a figure describes (вырос на 5%, 13%-ға өсті; снизился, төмендеді). */
public enum Change {
  INCREASE,
  DECREASE
}
