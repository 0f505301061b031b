package kz.taldau.json;

import java.io.IOException;

/** JSON that is not a valid Taldau document; the message says which field is wrong. */
public final class JsonFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public JsonFormatException(String message) {
    super(message);
  }

  public JsonFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
