package dev.asciicall.audio;

/** The voice processing library cannot run here; the message is one line for the user. */
public final class ProcessingUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProcessingUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
