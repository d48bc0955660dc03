package dev.asciicall.crypto;

/**
 * The first two bytes of every message this package produces: a format version, so an old client
 * can say "incompatible" instead of misparsing, and a kind, so one message cannot be passed off as
 * another.
 */
final class Formats {

  static final int VERSION = 1;

  static final int CLIENT_HELLO = 0x01;
  static final int SERVER_HELLO = 0x02;
  static final int CLIENT_FINISH = 0x03;

  static final int MEDIA = 0x20;

  static final int MEMBER_ANNOUNCEMENT = 0x30;
  static final int SENDER_KEY_ENVELOPE = 0x31;

  static final int PASSPHRASE_CHALLENGE = 0x40;
  static final int PASSPHRASE_PROOF = 0x41;
  static final int PASSPHRASE_RESULT = 0x42;

  private Formats() {}
}
