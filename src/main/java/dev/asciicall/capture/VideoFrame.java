package dev.asciicall.capture;

/**
 * One captured picture: {@code width × height} pixels as interleaved 8-bit R, G, B bytes, row by
 * row with no padding. Only the ASCII made from it ever leaves the machine; the pixels never do.
 *
 * <p>The byte array is owned by the frame once built and must not be changed afterwards; sources
 * hand out a fresh array (or one they no longer write to) per frame.
 *
 * @param sequence increasing per source, starting at 0
 * @param timestampNanos capture time on the {@link System#nanoTime()} clock
 */
public record VideoFrame(int width, int height, byte[] rgb, long sequence, long timestampNanos) {

  public VideoFrame {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
    }
    if (rgb.length < width * height * 3) {
      throw new IllegalArgumentException(
          "frame has " + rgb.length + " bytes, needs " + (width * height * 3));
    }
  }
}
