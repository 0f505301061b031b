package kz.taldau.norm;

import kz.taldau.EntityType;

/**
 * Kazakh base forms. In a Kazakh name of several words only the last word carries the case ending
 * (Пьер Кабаремен, Орта Азиядағы), so only that ending is removed. The 3rd-person possessive that
 * joins the words of an izafet name is part of the name and stays (Франция Ұлттық ассамблеясының →
 * Франция Ұлттық ассамблеясы; Нұр-Сұлтан қаласында → Нұр-Сұлтан қаласы). For places the accusative
 * -ды/-ті is removed only from known bases, because place names often end in the adjectival -ды/-ті
 * (Шортанды, Теректі). A word that closes a quoted name keeps its ending: the case ending of a quoted name
 * follows the quotes («Самұрық-Қазына» қорына), so -на of «Самұрық-Қазына» is part of the name.
 */
final class KazakhEntityNormalizer {
  private KazakhEntityNormalizer() {}

  static String normalize(String collapsed, EntityType type) {
    int space = collapsed.lastIndexOf(' ');
    String head = collapsed.substring(0, space + 1);
    String last = collapsed.substring(space + 1);
    int a = Letters.leadingWrappers(last);
    int z = Letters.trailingWrappersStart(last, a);
    String trail = last.substring(z);
    if (z - a < 2 || trail.indexOf('»') >= 0 || trail.indexOf('"') >= 0) {
      return collapsed;  // a closed quoted name is as written; its case ending follows the quotes
    }
    String core = last.substring(a, z);
    int n = KazakhStemmer.getInstance().caseStemLength(core, 0, core.length(), type == EntityType.LOC);
    if (n == core.length()) {
      return collapsed;
    }
    return head + last.substring(0, a) + core.substring(0, n) + last.substring(z);
  }
}
