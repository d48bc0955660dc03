package dev.asciicall.ascii;

/**
 * A picture to convert: {@code width × height} pixels, row by row without padding, interleaved as
 * {@code layout} says. The array is read, never written or kept, by the converter.
 */
public record PixelImage(int width, int height, PixelLayout layout, byte[] data) {

  /** Larger sides would overflow the converter's integer accumulators. */
  public static final int MAX_SIDE = 16_384;

  public PixelImage {
    if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
      throw new IllegalArgumentException(
          "image size must be 1.." + MAX_SIDE + " per side: " + width + "x" + height);
    }
    if (layout == null || data == null) {
      throw new IllegalArgumentException("layout and data are required");
    }
    long needed = (long) width * height * layout.bytesPerPixel();
    if (data.length < needed) {
      throw new IllegalArgumentException(
          "image "
              + width
              + "x"
              + height
              + " "
              + layout
              + " needs "
              + needed
              + " bytes, has "
              + data.length);
    }
  }

  public static PixelImage rgb(int width, int height, byte[] data) {
    return new PixelImage(width, height, PixelLayout.RGB, data);
  }

  public static PixelImage luma(int width, int height, byte[] data) {
    return new PixelImage(width, height, PixelLayout.LUMA, data);
  }
}
