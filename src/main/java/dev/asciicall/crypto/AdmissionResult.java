package dev.asciicall.crypto;

/** The host's answer to a passphrase proof. */
public enum AdmissionResult {
  ADMITTED("admitted"),
  WRONG_PASSPHRASE("wrong passphrase"),
  /** Too many wrong attempts from this address; the proof was not even checked. */
  TRY_LATER("too many wrong passphrases, try again later");

  private final String userMessage;

  AdmissionResult(String userMessage) {
    this.userMessage = userMessage;
  }

  /** One line for the person joining, e.g. {@code wrong passphrase}. */
  public String userMessage() {
    return userMessage;
  }
}
