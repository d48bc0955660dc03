package dev.asciicall.codec;

/**
 * A payload could not be decoded: corrupt, truncated, oversized, of an unknown version, or a delta
 * whose base frame the decoder lacks ({@link MissingKeyframeException}). The message is one line
 * fit for a log or a status bar. The call layer closes only the connection that sent it.
 */
public class CodecException extends Exception {

  private static final long serialVersionUID = 1L;

  public CodecException(String message) {
    super(message);
  }

  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
