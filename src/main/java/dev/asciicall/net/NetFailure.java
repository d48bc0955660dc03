package dev.asciicall.net;

/** Why hosting or joining failed, in words a user understands. */
public enum NetFailure {
  NOTHING_LISTENING,
  UNKNOWN_HOST,
  TIMED_OUT,
  VERSION_MISMATCH,
  CALL_FULL,
  REFUSED,
  PORT_IN_USE,
  PROTOCOL_ERROR,
  /** The secure handshake failed: not an asciicall host, or someone tampered with it. */
  HANDSHAKE_FAILED,
  WRONG_PASSPHRASE,
  PASSPHRASE_REQUIRED,
  CALL_LOCKED,
  REMOVED,
  /** This installation's identity key cannot be read or created (see the message for the file). */
  IDENTITY_UNAVAILABLE
}
