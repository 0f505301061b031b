package kz.taldau.segment;

import java.util.List;
import kz.taldau.TextSpan;
import kz.taldau.Token;
import kz.taldau.text.NormalizedText;

/**
 * Groups tokens into sentences. Returns, for each sentence, the token range {@code [first, end)} as a
 * span of token indices (not characters). Every token belongs to exactly one sentence. Thread-safe.
 */
@FunctionalInterface
public interface SentenceSplitter {
  List<TextSpan> split(NormalizedText text, List<Token> tokens);
}
