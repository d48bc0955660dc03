package dev.asciicall.crypto;

/**
 * The connection could not be secured: the peer speaks another protocol version, sent a malformed
 * hello, or failed to prove its identity. The connection must be closed; the message is one line
 * for the user.
 */
public final class HandshakeException extends CryptoException {

  private static final long serialVersionUID = 1L;

  public HandshakeException(String message) {
    super(message);
  }

  public HandshakeException(String message, Throwable cause) {
    super(message, cause);
  }
}
