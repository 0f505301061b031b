package kz.taldau.lang;

import java.util.List;
import kz.taldau.Token;

/** Decides whether some tokens are Kazakh, Russian or other. Thread-safe. */
@FunctionalInterface
public interface LanguageIdentifier {
  LanguageGuess identify(List<Token> tokens);
}
