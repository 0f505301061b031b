package kz.taldau.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.taldau.ProcessingLimits;
import kz.taldau.TextSpan;
import kz.taldau.Token;
import kz.taldau.TokenKind;
import kz.taldau.text.NormalizedText;
import kz.taldau.text.Scripts;

/**
 * ICU word boundaries with Taldau's rules on top, for Kazakh and Russian news:
 * <ul>
 *   <li>URLs, e-mails, domain names (Zakon.kz, gov.kz), hashtags and @-mentions are one token;
 *   <li>hyphenated words stay whole (мәдени-гуманитарлық, Нур-Султан, г-н, Су-35, Covid-19);
 *   <li>numbers keep their space/NBSP group separators and decimals (1 234,5; 2.5);
 *   <li>a case ending after a number or percent sign is its own {@link TokenKind#SUFFIX} token
 *       (13%-ға → 13 · % · -ға; 60-тан → 60 · -тан);
 *   <li>abbreviations and initials keep their dot (млн., г., ул., Е.А.);
 *   <li>a sentence dot without the space after it is split off (екен.Таулардың → екен · . · Таулардың);
 *   <li>runs longer than {@code maxTokenChars} are split, as Lucene's ICUTokenizer does.
 * </ul>
 * Thread-safe: each call clones the prototype break iterator.
 */
public final class IcuTokenizer implements Tokenizer {
  private static final RuleBasedBreakIterator PROTOTYPE =
      (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);

  private static final String TLD = "(?:kz|ru|com|org|net|gov|edu|info|io|uk|fr|de|ua|by|uz|kg|tj|su|eu|us|cn|"
      + "tr|int|me|tv|news|рф|қаз|каз)";
  /** URLs, e-mails, domain names, hashtags and mentions: one token each. */
  private static final Pattern SPECIAL = Pattern.compile(
      "(?<url>(?:https?|ftp)://[^\\s<>\"]+|www\\.[^\\s<>\"]+)"
          // Possessive quantifiers, look-behinds and bounded label counts keep this linear, and its recursion
          // shallow, on a 100 KB run of letters or dotted labels.
          + "|(?<email>(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}-]++"
          + "(?:\\.[\\p{L}\\p{N}-]++){0,16}+(?<=\\.\\p{L}{2,63}))"
          + "|(?<domain>(?<![\\p{L}\\p{N}@.-])(?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]*+\\.){1,16}" + TLD + "(?![\\p{L}\\p{N}]))"
          + "|(?<hash>(?<![\\p{L}\\p{N}])[#@][\\p{L}\\p{N}_]+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Trailing characters that end a sentence rather than a URL. */
  private static final String URL_TRAILING = ".,;:!?)]}\"'";

  /** How far back from a trigger character a special token may start (longer runs are split anyway). */
  private static final int MAX_RUN_BACK = 512;
  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?: [0-9]{3})*");

  private final int maxTokenChars;

  public IcuTokenizer() {
    this(ProcessingLimits.DEFAULT_MAX_TOKEN_CHARS);
  }

  public IcuTokenizer(int maxTokenChars) {
    if (maxTokenChars < 1) {
      throw new IllegalArgumentException("maxTokenChars must be positive: " + maxTokenChars);
    }
    this.maxTokenChars = maxTokenChars;
  }

  /** A raw token in normalized coordinates. */
  private static final class Raw {
    int start;
    int end;
    TokenKind kind;

    Raw(int start, int end, TokenKind kind) {
      this.start = start;
      this.end = end;
      this.kind = kind;
    }
  }

  @Override
  public List<Token> tokenize(NormalizedText text) {
    String s = text.normalized();
    List<Raw> raw = new ArrayList<>(s.length() / 5 + 4);
    int pos = 0;
    for (Raw special : specials(s)) {
      icuTokens(s, pos, special.start, raw);
      raw.add(special);
      pos = special.end;
    }
    icuTokens(s, pos, s.length(), raw);
    List<Raw> merged = applyRules(s, raw);
    List<Token> out = new ArrayList<>(merged.size());
    String original = text.original();
    for (Raw r : merged) {
      if (r.end - r.start > maxTokenChars) {
        splitLong(text, r, out);
      } else {
        out.add(token(text, original, r.start, r.end, r.kind));
      }
    }
    return out;
  }

  /**
   * URLs, e-mails, domains, hashtags and mentions. Every one contains a '.', '@', '#' or ':', so the pattern is
   * only tried at the start of the run of word characters before such a trigger, not at every position: on
   * news text this is several times faster than {@code Matcher.find()}.
   */
  private static List<Raw> specials(String s) {
    List<Raw> out = new ArrayList<>();
    Matcher m = SPECIAL.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    int n = s.length();
    int from = 0;
    for (int p = 0; p < n; p++) {
      char c = s.charAt(p);
      if (c != '.' && c != '@' && c != '#' && c != ':' || !mayContinue(s, p, c)) {
        continue;
      }
      int start = p;
      while (start > from && p - start < MAX_RUN_BACK && isRunChar(s.charAt(start - 1))) {
        start--;
      }
      Raw r = matchAt(s, m, start);
      if (r == null && start < p && (c == '#' || c == '@')) {
        r = matchAt(s, m, p);
      }
      if (r != null) {
        out.add(r);
        from = r.end;
        p = r.end - 1;
      }
    }
    return out;
  }

  private static Raw matchAt(String s, Matcher m, int start) {
    m.region(start, s.length());
    if (!m.lookingAt()) {
      return null;
    }
    int end = m.end();
    TokenKind kind;
    if (m.group("url") != null) {
      while (end > start + 1 && URL_TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
        end--;
      }
      kind = TokenKind.URL;
    } else if (m.group("email") != null) {
      kind = TokenKind.EMAIL;
    } else if (m.group("domain") != null) {
      kind = TokenKind.URL;
    } else {
      kind = TokenKind.HASHTAG;
    }
    return new Raw(start, end, kind);
  }

  /**
   * Whether a special token can go on after the trigger {@code c} at {@code p}: a URL after a colon
   * needs {@code //}; after a dot, every kind needs a character that is not a regex {@code \s}, {@code <},
   * {@code >} or {@code "} (URLs) and most need a letter (domains; e-mail addresses are found from their
   * {@code @}). Skips the regex at every sentence-final period.
   */
  private static boolean mayContinue(String s, int p, char c) {
    if (c == ':') {
      return s.startsWith("//", p + 1);
    }
    if (c != '.') {
      return true;
    }
    if (p + 1 >= s.length()) {
      return false;
    }
    char next = s.charAt(p + 1);
    return " \t\n\u000B\f\r<>\"".indexOf(next) < 0;
  }

  private static boolean isRunChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static Token token(NormalizedText text, String original, int start, int end, TokenKind kind) {
    TextSpan span = text.toOriginal(start, end);
    return new Token(span, span.of(original), text.normalized().substring(start, end), kind);
  }

  private void splitLong(NormalizedText text, Raw r, List<Token> out) {
    String s = text.normalized();
    int start = r.start;
    while (start < r.end) {
      int end = Math.min(r.end, start + maxTokenChars);
      if (end < r.end && Character.isHighSurrogate(s.charAt(end - 1))) {
        end--;
      }
      out.add(token(text, text.original(), start, end, r.kind));
      start = end;
    }
  }

  private static void icuTokens(String s, int from, int to, List<Raw> out) {
    if (from >= to) {
      return;
    }
    RuleBasedBreakIterator bi = (RuleBasedBreakIterator) PROTOTYPE.clone();
    bi.setText(s.substring(from, to));
    int start = bi.first();
    for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
      int status = bi.getRuleStatus();
      int a = from + start;
      int b = from + end;
      if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
        out.add(new Raw(a, b, TokenKind.NUMBER));
      } else if (status >= BreakIterator.WORD_LETTER) {
        out.add(new Raw(a, b, TokenKind.WORD));
      } else {
        // ICU keeps runs of the same "none" class together only for spaces; classify each character.
        for (int i = a; i < b; ) {
          int cp = s.codePointAt(i);
          int n = Character.charCount(cp);
          if (!UCharacter.isUWhiteSpace(cp)) {
            out.add(new Raw(i, i + n, classifyNone(cp)));
          }
          i += n;
        }
      }
    }
  }

  private static TokenKind classifyNone(int cp) {
    if (cp == '%' || cp == '\u2030' || cp == '\u2116' || cp == '#' || cp == '&' || cp == '@') {
      return TokenKind.SYMBOL;
    }
    if (cp == 0xFFFD) {
      return TokenKind.OTHER;
    }
    int type = UCharacter.getType(cp);
    switch (type) {
      case UCharacterCategory.MATH_SYMBOL:
      case UCharacterCategory.CURRENCY_SYMBOL:
      case UCharacterCategory.MODIFIER_SYMBOL:
      case UCharacterCategory.OTHER_SYMBOL:
        return TokenKind.SYMBOL;
      case UCharacterCategory.DASH_PUNCTUATION:
      case UCharacterCategory.START_PUNCTUATION:
      case UCharacterCategory.END_PUNCTUATION:
      case UCharacterCategory.CONNECTOR_PUNCTUATION:
      case UCharacterCategory.OTHER_PUNCTUATION:
      case UCharacterCategory.INITIAL_PUNCTUATION:
      case UCharacterCategory.FINAL_PUNCTUATION:
        return TokenKind.PUNCT;
      default:
        return Character.isLetter(cp) ? TokenKind.WORD : Character.isDigit(cp) ? TokenKind.NUMBER
            : TokenKind.OTHER;
    }
  }

  /**
   * The kind of a token given from outside (a pre-tokenized corpus): the same classes the tokenizer
   * produces, decided from the characters alone.
   */
  public static TokenKind classify(String form) {
    if (form.isEmpty()) {
      return TokenKind.OTHER;
    }
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < form.length(); ) {
      int cp = form.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
      } else if (Character.isDigit(cp)) {
        digits++;
      }
      i += Character.charCount(cp);
    }
    if (form.length() > 1 && form.charAt(0) == '-' && letters == form.length() - 1) {
      return TokenKind.SUFFIX;
    }
    if (letters > 0) {
      return TokenKind.WORD;
    }
    if (digits > 0) {
      return TokenKind.NUMBER;
    }
    return classifyNone(form.codePointAt(0));
  }

  // ---- Taldau's rules over ICU's tokens --------------------------------------------------------------

  private static List<Raw> applyRules(String s, List<Raw> in) {
    List<Raw> out = new ArrayList<>(in.size());
    int n = in.size();
    for (int i = 0; i < n; i++) {
      Raw r = in.get(i);
      if (r.kind == TokenKind.WORD && hasInnerDot(s, r)) {
        splitInnerDots(s, r, out);
        continue;
      }
      if ((r.kind == TokenKind.WORD || r.kind == TokenKind.NUMBER) && splitNumberUnit(s, r, out)) {
        continue;
      }
      Raw prev = out.isEmpty() ? null : out.get(out.size() - 1);
      // Group separators: "1 234 567,5" — a 1-3 digit number, then groups of exactly three digits.
      if (r.kind == TokenKind.NUMBER && prev != null && prev.kind == TokenKind.NUMBER
          && r.start == prev.end + 1 && s.charAt(prev.end) == ' ' && isGroupedHead(s, prev)
          && isThreeDigitGroup(s, r)) {
        prev.end = r.end;
        continue;
      }
      // Hyphen: "-" glued on both sides.
      if (prev != null && i + 1 < n && isHyphen(s, r) && r.start == prev.end && in.get(i + 1).start == r.end) {
        Raw next = in.get(i + 1);
        boolean afterFigure = prev.kind == TokenKind.NUMBER || isPercent(s, prev);
        if (afterFigure && next.kind == TokenKind.WORD && isLowerCyrillicWord(s, next)) {
          out.add(new Raw(r.start, next.end, TokenKind.SUFFIX));
          i++;
          continue;
        }
        if (prev.kind == TokenKind.WORD && (next.kind == TokenKind.WORD || next.kind == TokenKind.NUMBER)) {
          prev.end = next.end;
          i++;
          continue;
        }
      }
      // Double-name initials "Қ.-Ж.": an initial with its dot, a hyphen, and the next initial.
      if (isHyphen(s, r) && prev != null && r.start == prev.end && isInitialWithDot(s, prev) && i + 1 < n
          && in.get(i + 1).start == r.end && isSingleUpperLetter(s, in.get(i + 1))) {
        prev.end = in.get(i + 1).end;
        i++;
        continue;
      }
      // Abbreviation or initial followed by its dot.
      if (r.kind == TokenKind.PUNCT && s.charAt(r.start) == '.' && r.end == r.start + 1 && prev != null
          && prev.kind == TokenKind.WORD && prev.end == r.start && isAbbreviation(s, prev)) {
        prev.end = r.end;
        continue;
      }
      out.add(r);
    }
    return out;
  }

  /**
   * ICU keeps "5,3млн" and "10км" as one word; a number glued to Cyrillic letters becomes NUMBER + WORD.
   * Latin alphanumerics (G20, 5G, 3D) stay whole, as WORD.
   */
  private static boolean splitNumberUnit(String s, Raw r, List<Raw> out) {
    boolean letters = false;
    for (int i = r.start; i < r.end; i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters = true;
        break;
      }
    }
    if (!letters) {
      return false;
    }
    int i = r.start;
    while (i < r.end && (isAsciiDigit(s.charAt(i)) || (i > r.start && i + 1 < r.end
        && (s.charAt(i) == ',' || s.charAt(i) == '.') && isAsciiDigit(s.charAt(i + 1))))) {
      i++;
    }
    if (i == r.start || i == r.end || !isCyrillicRun(s, i, r.end)) {
      r.kind = TokenKind.WORD;
      return false;
    }
    out.add(new Raw(r.start, i, TokenKind.NUMBER));
    out.add(new Raw(i, r.end, TokenKind.WORD));
    return true;
  }

  private static boolean isCyrillicRun(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Scripts.isCyrillic(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInitialWithDot(String s, Raw r) {
    return r.kind == TokenKind.WORD && r.end - r.start == 2 && Character.isUpperCase(s.charAt(r.start))
        && s.charAt(r.start + 1) == '.';
  }

  private static boolean isSingleUpperLetter(String s, Raw r) {
    return r.kind == TokenKind.WORD && r.end - r.start == 1 && Character.isUpperCase(s.charAt(r.start));
  }

  private static boolean isHyphen(String s, Raw r) {
    return r.end == r.start + 1 && s.charAt(r.start) == '-';
  }

  private static boolean isPercent(String s, Raw r) {
    return r.end == r.start + 1 && (s.charAt(r.start) == '%' || s.charAt(r.start) == '\u2030');
  }

  private static boolean isLowerCyrillicWord(String s, Raw r) {
    if (r.end - r.start > 12) {
      return false;
    }
    for (int i = r.start; i < r.end; i++) {
      char c = s.charAt(i);
      if (!Character.isLowerCase(c) || !Scripts.isCyrillic(c)) {
        return false;
      }
    }
    return true;
  }

  /** "1", "12", "123", "1 234": a number that a following three-digit group may extend. */
  private static boolean isGroupedHead(String s, Raw r) {
    if (r.start > 0 && (isAsciiDigit(s.charAt(r.start - 1)) || s.charAt(r.start - 1) == ','
        || s.charAt(r.start - 1) == '.')) {
      return false;
    }
    return GROUPED.matcher(s).region(r.start, r.end).matches();
  }

  private static boolean isThreeDigitGroup(String s, Raw r) {
    int i = r.start;
    int digits = 0;
    while (i < r.end && isAsciiDigit(s.charAt(i))) {
      digits++;
      i++;
    }
    if (digits != 3) {
      return false;
    }
    if (i == r.end) {
      return true;
    }
    // a decimal part: ",5" or ".25"
    char c = s.charAt(i);
    if (c != ',' && c != '.') {
      return false;
    }
    for (int k = i + 1; k < r.end; k++) {
      if (!isAsciiDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 1 < r.end;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasInnerDot(String s, Raw r) {
    for (int i = r.start; i < r.end; i++) {
      if (s.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * ICU keeps "Е.А", "т.е" and "екен.Таулардың" as one word. Initials and dotted abbreviations stay whole;
   * anything else is split at its dots (a sentence end without the space after it).
   */
  private static void splitInnerDots(String s, Raw r, List<Raw> out) {
    String w = s.substring(r.start, r.end);
    String[] parts = w.split("\\.", -1);
    boolean shortParts = true;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 2) {
        shortParts = false;
        break;
      }
    }
    if (shortParts || Abbreviations.kind(w).isPresent()) {
      out.add(r);
      return;
    }
    int pos = r.start;
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k];
      if (!p.isEmpty()) {
        out.add(new Raw(pos, pos + p.length(), TokenKind.WORD));
      }
      pos += p.length();
      if (k < parts.length - 1) {
        out.add(new Raw(pos, pos + 1, TokenKind.PUNCT));
        pos++;
      }
    }
  }

  /** Known abbreviations, single letters (initials: Ж. Касымбек) and dotted initials (Е.А). */
  private static boolean isAbbreviation(String s, Raw r) {
    String w = s.substring(r.start, r.end);
    if (w.codePointCount(0, w.length()) == 1 && Character.isLetter(w.codePointAt(0))) {
      return true;
    }
    if (w.indexOf('.') > 0) {
      return true; // "Е.А" or "т.е": kept whole by splitInnerDots, so it is a dotted abbreviation
    }
    return Abbreviations.kind(w).isPresent();
  }
}
