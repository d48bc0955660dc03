package dev.asciicall.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds the package's wire formats: big-endian integers, fixed-length fields, short strings. */
final class ByteWriter {

  private final ByteArrayOutputStream out;

  ByteWriter(int expectedSize) {
    out = new ByteArrayOutputStream(expectedSize);
  }

  ByteWriter header(int version, int kind) {
    out.write(version);
    out.write(kind);
    return this;
  }

  ByteWriter writeByte(int value) {
    out.write(value);
    return this;
  }

  ByteWriter writeInt(int value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(value >>> shift);
    }
    return this;
  }

  ByteWriter writeLong(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
    return this;
  }

  ByteWriter writeBytes(byte[] bytes) {
    out.write(bytes, 0, bytes.length);
    return this;
  }

  /** A UTF-8 string prefixed by its one-byte length; callers validate the length first. */
  ByteWriter writeShortString(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 255) {
      throw new IllegalArgumentException("text longer than 255 bytes");
    }
    out.write(utf8.length);
    return writeBytes(utf8);
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** Writes {@code value} big-endian into {@code target} at {@code offset}. */
  static void putLong(byte[] target, int offset, long value) {
    for (int i = 7; i >= 0; i--) {
      target[offset + i] = (byte) value;
      value >>>= 8;
    }
  }
}
