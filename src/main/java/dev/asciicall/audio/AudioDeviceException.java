package dev.asciicall.audio;

/**
 * A microphone, speaker or audio file could not be opened or stopped working. The message is one
 * line fit to show the user, e.g. {@code "No microphone found"}.
 */
public class AudioDeviceException extends Exception {

  private static final long serialVersionUID = 1L;

  public AudioDeviceException(String message) {
    super(message);
  }

  public AudioDeviceException(String message, Throwable cause) {
    super(message, cause);
  }
}
