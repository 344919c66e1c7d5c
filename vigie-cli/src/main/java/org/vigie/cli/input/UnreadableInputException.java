package org.vigie.cli.input;

/** Input that cannot become article text; the message is one line addressed to the user. */
public final class UnreadableInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message) {
    super(message, null, false, false);
  }
}
