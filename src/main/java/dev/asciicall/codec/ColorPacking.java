package dev.asciicall.codec;

/**
 * Packs a run of {@link Rgb444} colours so deflate can squeeze them: each colour is predicted by
 * the one before it, and the residuals (mod 16) go out as three 4-bit planes, red, green, blue.
 * Smooth shading becomes long runs of the same small residual instead of ever-new 12-bit values.
 */
final class ColorPacking {

  static final int BITS = 12;

  private ColorPacking() {}

  static void pack(int[] colors, int count, ByteSink sink, int[] scratch) {
    for (int channel = 8; channel >= 0; channel -= 4) {
      int previous = 0;
      for (int i = 0; i < count; i++) {
        int value = colors[i] >>> channel & 0xF;
        scratch[i] = (value - previous) & 0xF;
        previous = value;
      }
      BitPacking.pack(scratch, count, 4, sink);
    }
  }

  static void unpack(ByteSource source, int[] colors, int count, int[] scratch)
      throws CodecException {
    for (int i = 0; i < count; i++) {
      colors[i] = 0;
    }
    for (int channel = 8; channel >= 0; channel -= 4) {
      BitPacking.unpack(source, scratch, count, 4, 16, "colour");
      int value = 0;
      for (int i = 0; i < count; i++) {
        value = (value + scratch[i]) & 0xF;
        colors[i] |= value << channel;
      }
    }
  }
}
