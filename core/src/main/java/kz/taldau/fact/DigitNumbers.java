package kz.taldau.fact;

import java.math.BigDecimal;

/**
 * Reads numbers written with digits, exactly: space, NBSP and thin-space group separators
 * («1 234 567»), dot groups («1.844.036.360,12»), comma or dot decimals («2,5», «2.5»). When both a
 * comma and a dot occur, the last one is the decimal mark. A single comma is a decimal mark (the Russian
 * and Kazakh convention); a single dot followed by exactly three digits after a 1–3 digit head is a
 * group separator («1.500»). Anything else (several commas in irregular groups, «25.09.2025») is not a
 * number.
 */
final class DigitNumbers {
  private DigitNumbers() {}

  /** The value of {@code form}, or null when it is not a well-formed number. */
  static BigDecimal parse(String form) {
    String s = form.indexOf(' ') >= 0 ? form.replace(" ", "") : form;
    if (s.isEmpty()) {
      return null;
    }
    int commas = 0;
    int dots = 0;
    int lastComma = -1;
    int lastDot = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',') {
        commas++;
        lastComma = i;
      } else if (c == '.') {
        dots++;
        lastDot = i;
      } else if (!Tok.isAsciiDigit(c)) {
        return null;
      }
    }
    if (!Tok.isAsciiDigit(s.charAt(0)) || !Tok.isAsciiDigit(s.charAt(s.length() - 1))) {
      return null;
    }
    String plain;
    if (commas == 0 && dots == 0) {
      plain = s;
    } else if (commas > 0 && dots > 0) {
      char group = lastComma > lastDot ? '.' : ',';
      int dec = Math.max(lastComma, lastDot);
      String head = s.substring(0, dec);
      if (head.indexOf(lastComma > lastDot ? ',' : '.') >= 0 || !validGroups(head, group)) {
        return null;
      }
      plain = head.replace(String.valueOf(group), "") + "." + s.substring(dec + 1);
    } else {
      char sep = commas > 0 ? ',' : '.';
      int count = Math.max(commas, dots);
      int last = Math.max(lastComma, lastDot);
      if (count > 1) {
        if (!validGroups(s, sep)) {
          return null;
        }
        plain = s.replace(String.valueOf(sep), "");
      } else if (sep == '.' && s.length() - last - 1 == 3 && last <= 3 && s.charAt(0) != '0') {
        plain = s.replace(".", "");
      } else {
        plain = s.substring(0, last) + "." + s.substring(last + 1);
      }
    }
    return new BigDecimal(plain);
  }

  /** "1.844.036": a 1–3 digit head, then groups of exactly three digits. */
  private static boolean validGroups(String s, char sep) {
    String[] parts = s.split(sep == '.' ? "\\." : ",", -1);
    if (parts[0].isEmpty() || parts[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  /** True for a run of digits without separators, such as a year «2016». */
  static boolean isPlainInteger(String form) {
    if (form.isEmpty()) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      if (!Tok.isAsciiDigit(form.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
