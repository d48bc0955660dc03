package dev.asciicall.capture;

import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Helpers for images whose raster is plain interleaved R, G, B bytes (what cameras deliver). */
public final class RgbImages {

  private RgbImages() {}

  /**
   * A {@code TYPE_CUSTOM} image backed by one interleaved R,G,B byte array, so Java2D can draw
   * straight into the bytes a {@link VideoFrame} carries.
   */
  public static BufferedImage createRgb(int width, int height) {
    PixelInterleavedSampleModel sampleModel =
        new PixelInterleavedSampleModel(
            DataBuffer.TYPE_BYTE, width, height, 3, width * 3, new int[] {0, 1, 2});
    WritableRaster raster =
        Raster.createWritableRaster(
            sampleModel, new DataBufferByte(width * height * 3), new Point());
    ComponentColorModel colorModel =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false,
            false,
            Transparency.OPAQUE,
            DataBuffer.TYPE_BYTE);
    return new BufferedImage(colorModel, raster, false, null);
  }

  /** The backing bytes of an image made by {@link #createRgb}. */
  public static byte[] bytes(BufferedImage rgbImage) {
    return ((DataBufferByte) rgbImage.getRaster().getDataBuffer()).getData();
  }
}
