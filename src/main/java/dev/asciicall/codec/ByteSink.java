package dev.asciicall.codec;

import java.util.Arrays;

/** A growable byte buffer reused across frames by one encoder thread. */
final class ByteSink {

  private byte[] bytes;
  private int size;

  ByteSink(int initialCapacity) {
    bytes = new byte[initialCapacity];
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  void writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  void writeBytes(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  /** Unsigned LEB128: 7 bits a byte, low bits first. */
  void writeVarint(int value) {
    ensure(5);
    while ((value & ~0x7F) != 0) {
      bytes[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
  }

  void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** Lets a writer that fills the array directly (the deflater) claim what it wrote. */
  void advance(int count) {
    size += count;
  }
}
