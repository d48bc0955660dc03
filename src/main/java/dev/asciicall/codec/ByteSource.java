package dev.asciicall.codec;

/** Bounds-checked reading of an untrusted payload: every overrun is a {@link CodecException}. */
final class ByteSource {

  private final byte[] bytes;
  private final int limit;
  private int position;

  ByteSource(byte[] bytes, int offset, int limit) {
    this.bytes = bytes;
    this.position = offset;
    this.limit = limit;
  }

  int position() {
    return position;
  }

  int remaining() {
    return limit - position;
  }

  int readByte() throws CodecException {
    if (position >= limit) {
      throw new CodecException("frame is truncated");
    }
    return bytes[position++] & 0xFF;
  }

  /** Reads a varint and checks it lies in {@code 0..max}. */
  int readVarint(int max, String what) throws CodecException {
    long value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value > max) {
          throw new CodecException(what + " " + value + " is out of range (max " + max + ")");
        }
        return (int) value;
      }
    }
    throw new CodecException(what + " is not a valid number");
  }

  byte[] readBytes(int length) throws CodecException {
    if (length > remaining()) {
      throw new CodecException("frame is truncated");
    }
    byte[] result = java.util.Arrays.copyOfRange(bytes, position, position + length);
    position += length;
    return result;
  }

  byte[] array() {
    return bytes;
  }
}
