package dev.asciicall.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bounds-checked reading of the package's wire formats. Every read checks the remaining length
 * first, so a short or hostile message ends in a {@link MessageRejectedException}, never in an
 * {@link ArrayIndexOutOfBoundsException} or a huge allocation.
 */
final class ByteReader {

  private final byte[] bytes;
  private final String what;
  private int position;

  ByteReader(byte[] bytes, String what) throws MessageRejectedException {
    if (bytes == null) {
      throw malformed(what, "missing");
    }
    this.bytes = bytes;
    this.what = what;
  }

  /** Checks the version and kind bytes every format starts with. */
  void expectHeader(int version, int kind) throws MessageRejectedException {
    int actualVersion = readUnsignedByte();
    if (actualVersion != version) {
      throw malformed(what, "unsupported format version " + actualVersion);
    }
    int actualKind = readUnsignedByte();
    if (actualKind != kind) {
      throw malformed(what, "unexpected message kind " + actualKind);
    }
  }

  int readUnsignedByte() throws MessageRejectedException {
    require(1);
    return bytes[position++] & 0xFF;
  }

  int readInt() throws MessageRejectedException {
    require(4);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | (bytes[position++] & 0xFF);
    }
    return value;
  }

  long readLong() throws MessageRejectedException {
    require(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (bytes[position++] & 0xFF);
    }
    return value;
  }

  byte[] readBytes(int length) throws MessageRejectedException {
    require(length);
    byte[] out = Arrays.copyOfRange(bytes, position, position + length);
    position += length;
    return out;
  }

  /** A UTF-8 string prefixed by its one-byte length, at most {@code maxBytes} long. */
  String readShortString(int maxBytes) throws MessageRejectedException {
    int length = readUnsignedByte();
    if (length > maxBytes) {
      throw malformed(what, "text field too long");
    }
    return new String(readBytes(length), StandardCharsets.UTF_8);
  }

  int position() {
    return position;
  }

  void expectEnd() throws MessageRejectedException {
    if (position != bytes.length) {
      throw malformed(what, (bytes.length - position) + " unexpected trailing bytes");
    }
  }

  private void require(int length) throws MessageRejectedException {
    if (length < 0 || bytes.length - position < length) {
      throw malformed(what, "truncated");
    }
  }

  static MessageRejectedException malformed(String what, String detail) {
    return new MessageRejectedException(
        MessageRejectedException.Reason.MALFORMED, "malformed " + what + ": " + detail);
  }
}
