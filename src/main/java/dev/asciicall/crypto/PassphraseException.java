package dev.asciicall.crypto;

/** The passphrase could not be read; the message is one line naming the file or variable. */
public final class PassphraseException extends CryptoException {

  private static final long serialVersionUID = 1L;

  public PassphraseException(String message) {
    super(message);
  }
}
