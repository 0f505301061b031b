package kz.taldau.model;

/**
 * A model could not be loaded: it is missing, its manifest is incomplete or names another language or
 * component, its checksum does not match, or it does not support this library version. Thrown when a
 * pipeline is built, never while processing text; the message names the model and the offending values.
 */
public final class ModelLoadException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
