package dev.asciicall.capture;

/** A source could not open or deliver a picture; the message is fit to show a user. */
public class CaptureException extends Exception {

  private static final long serialVersionUID = 1L;

  public CaptureException(String message) {
    super(message);
  }

  public CaptureException(String message, Throwable cause) {
    super(message, cause);
  }
}
