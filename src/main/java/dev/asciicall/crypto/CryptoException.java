package dev.asciicall.crypto;

/**
 * A cryptographic step failed: a handshake could not complete, a signature did not verify, a key
 * message was malformed. The message is one line a user may be shown.
 */
public class CryptoException extends Exception {

  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
