package dev.asciicall.crypto;

import dev.asciicall.common.Version;

/** Parsing of the clear parts of the first two handshake messages, shared by both ends. */
final class ServerHello {

  /** version(1) kind(1) protocol(4) ephemeral key(32), all sent in the clear. */
  static final int CLEAR_LENGTH = 38;

  private ServerHello() {}

  /** Returns the server's ephemeral key after checking the header and the protocol version. */
  static byte[] parseClearPart(byte[] serverHello) throws HandshakeException {
    return parseHello(serverHello, Formats.SERVER_HELLO, "ServerHello", false);
  }

  /** Returns the client's ephemeral key after checking the header and the protocol version. */
  static byte[] parseClientHello(byte[] clientHello) throws HandshakeException {
    return parseHello(clientHello, Formats.CLIENT_HELLO, "ClientHello", true);
  }

  private static byte[] parseHello(byte[] hello, int kind, String what, boolean exactLength)
      throws HandshakeException {
    try {
      ByteReader reader = new ByteReader(hello, what);
      int version = reader.readUnsignedByte();
      int actualKind = reader.readUnsignedByte();
      int protocol = reader.readInt();
      if (version != Formats.VERSION || protocol != Version.PROTOCOL) {
        throw new HandshakeException(
            "the other side runs an incompatible version of asciicall (protocol "
                + protocol
                + ", this app speaks "
                + Version.PROTOCOL
                + ")");
      }
      if (actualKind != kind) {
        throw new HandshakeException("the other side did not start a secure handshake");
      }
      byte[] ephemeral = reader.readBytes(KeyCodec.RAW_KEY_LENGTH);
      if (exactLength) {
        reader.expectEnd();
      }
      return ephemeral;
    } catch (MessageRejectedException e) {
      throw new HandshakeException("the other side sent a malformed handshake: " + e.getMessage());
    }
  }
}
