package dev.asciicall.crypto;

/**
 * One incoming envelope was refused: it was tampered with, replayed, arrived out of order or was
 * not an envelope at all. The channel stays usable; the caller drops this one message and carries
 * on, so an attacker who injects garbage cannot end the call.
 */
public final class MessageRejectedException extends CryptoException {

  private static final long serialVersionUID = 1L;

  /** Why an envelope was refused. */
  public enum Reason {
    /** Too short, wrong version or wrong kind: not something this channel produced. */
    MALFORMED,
    /** The authentication tag did not verify: bits were changed or the key is wrong. */
    TAMPERED,
    /** A sequence number that was already accepted. */
    REPLAYED,
    /** Older than a message already accepted on an ordered channel, or beyond the replay window. */
    OUT_OF_ORDER,
    /** Sealed with a key this receiver does not (or no longer) hold. */
    UNKNOWN_KEY
  }

  private final Reason reason;

  public MessageRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
