package dev.asciicall.codec;

/**
 * Colour planes travel as 12-bit RGB 4:4:4 (4096 colours), plenty for coloured glyphs and a third
 * of the bits of 0xRRGGBB. A decoded colour is the quantised one expanded back to 8 bits a channel.
 */
public final class Rgb444 {

  private Rgb444() {}

  /** {@code 0xRRGGBB} to a 12-bit value (rounded to the nearest level). */
  public static int pack(int rgb) {
    return (level(rgb >>> 16) << 8) | (level(rgb >>> 8) << 4) | level(rgb);
  }

  /** A 12-bit value back to {@code 0xRRGGBB}; each 4-bit level {@code n} becomes {@code n * 17}. */
  public static int unpack(int rgb444) {
    return ((rgb444 >>> 8 & 0xF) * 17) << 16
        | ((rgb444 >>> 4 & 0xF) * 17) << 8
        | (rgb444 & 0xF) * 17;
  }

  /** What a colour looks like after a trip through the codec. */
  public static int quantize(int rgb) {
    return unpack(pack(rgb));
  }

  private static int level(int channel) {
    return ((channel & 0xFF) + 8) / 17;
  }
}
