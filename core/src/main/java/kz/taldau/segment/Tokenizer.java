package kz.taldau.segment;

import java.util.List;
import kz.taldau.Token;
import kz.taldau.text.NormalizedText;

/** Splits a normalized text into tokens whose spans point into the original text. Thread-safe. */
@FunctionalInterface
public interface Tokenizer {
  List<Token> tokenize(NormalizedText text);
}
