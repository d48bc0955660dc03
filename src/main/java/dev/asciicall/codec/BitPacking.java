package dev.asciicall.codec;

/** Packs small unsigned values at a fixed bit width, most significant bit first. */
final class BitPacking {

  private BitPacking() {}

  /** The bits needed for values {@code 0..count-1}; at least 1. */
  static int bitsFor(int count) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(count - 1));
  }

  static int packedBytes(int count, int bits) {
    return (int) (((long) count * bits + 7) / 8);
  }

  static void pack(int[] values, int count, int bits, ByteSink sink) {
    sink.ensure(packedBytes(count, bits));
    long accumulator = 0;
    int pending = 0;
    int mask = (1 << bits) - 1;
    for (int i = 0; i < count; i++) {
      accumulator = (accumulator << bits) | (values[i] & mask);
      pending += bits;
      while (pending >= 8) {
        pending -= 8;
        sink.writeByte((int) (accumulator >>> pending));
      }
    }
    if (pending > 0) {
      sink.writeByte((int) (accumulator << (8 - pending)));
    }
  }

  /** Unpacks {@code count} values, each checked to be below {@code limit}. */
  static void unpack(ByteSource source, int[] values, int count, int bits, int limit, String what)
      throws CodecException {
    if (packedBytes(count, bits) > source.remaining()) {
      throw new CodecException(what + " plane is truncated");
    }
    long accumulator = 0;
    int available = 0;
    int mask = (1 << bits) - 1;
    for (int i = 0; i < count; i++) {
      while (available < bits) {
        accumulator = (accumulator << 8) | source.readByte();
        available += 8;
      }
      available -= bits;
      int value = (int) (accumulator >>> available) & mask;
      if (value >= limit) {
        throw new CodecException(
            what + " value " + value + " is out of range (max " + (limit - 1) + ")");
      }
      values[i] = value;
    }
  }
}
