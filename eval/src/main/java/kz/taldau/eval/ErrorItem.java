package kz.taldau.eval;

import java.util.Objects;
import java.util.Optional;
import kz.taldau.TextSpan;
import kz.taldau.corpus.TypeMapping;

/**
 * One error in the error list: its kind, layer (entity or fact), document, the gold and/or predicted item
 * involved, a one-line explanation, and the sentence around it ({@code context}, a span of the document
 * text, with its characters in {@code contextText}).
 */
public record ErrorItem(ErrorKind kind, TypeMapping.Layer layer, String documentId, Optional<Item> gold,
    Optional<Item> predicted, String detail, TextSpan context, String contextText) {

  public ErrorItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(contextText, "contextText");
    if (gold.isEmpty() && predicted.isEmpty()) {
      throw new IllegalArgumentException("an error needs a gold or a predicted item");
    }
    if (contextText.length() != context.length()) {
      throw new IllegalArgumentException("context text does not fit the context span " + context);
    }
  }

  /** An item shown in an error: type, span in the document, covered text. */
  public record Item(String type, TextSpan span, String text) {
    public Item {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The type shown first: the gold item's, else the prediction's. */
  public String type() {
    return gold.map(Item::type).orElseGet(() -> predicted.orElseThrow().type());
  }
}
