package kz.taldau.fact;

/** The kinds of figures Taldau extracts; the names are the JSON {@code type} values. */
public enum FactType {
  MONEY,
  PERCENT,
  RATIO,
  QUANTITY,
  DATE
}
