package dev.asciicall.terminal;

/** There is no terminal to draw on; the message is one line for the user. */
public final class TerminalUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public TerminalUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
