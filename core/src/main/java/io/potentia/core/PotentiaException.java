package io.potentia.core;

/** The root of every unchecked exception that Potentia throws on purpose. */
public class PotentiaException extends RuntimeException {
  /**
   * Creates an exception with a message that says what was wrong with which input.
   *
   * @param message what was wrong
   */
  public PotentiaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause it was translated from.
   *
   * @param message what was wrong
   * @param cause the underlying exception
   */
  public PotentiaException(String message, Throwable cause) {
    super(message, cause);
  }
}
