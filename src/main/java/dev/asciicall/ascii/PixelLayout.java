package dev.asciicall.ascii;

/** How the bytes of a {@link PixelImage} are interleaved; every sample is one unsigned byte. */
public enum PixelLayout {
  /** Red, green, blue per pixel (what cameras and {@code VideoFrame} deliver). */
  RGB(3),
  /** Blue, green, red per pixel (AWT's {@code TYPE_3BYTE_BGR}). */
  BGR(3),
  /** One brightness byte per pixel. */
  LUMA(1);

  private final int bytesPerPixel;

  PixelLayout(int bytesPerPixel) {
    this.bytesPerPixel = bytesPerPixel;
  }

  public int bytesPerPixel() {
    return bytesPerPixel;
  }
}
