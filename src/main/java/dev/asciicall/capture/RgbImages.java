package dev.asciicall.capture;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
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

  /**
   * Copies any picture into fresh interleaved R,G,B bytes. Byte rasters (what cameras give, RGB or
   * BGR, with or without alpha) and int rasters (screen captures) are read straight from their data
   * buffer honouring band offsets; anything else is drawn by Java2D. Never {@code getRGB} per
   * pixel: that costs ~10x more on a 640x480 frame (see {@code bench capture}).
   */
  public static byte[] toRgb(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    Raster raster = image.getRaster();
    DataBuffer buffer = raster.getDataBuffer();
    if (buffer instanceof DataBufferByte bytes
        && raster.getSampleModel() instanceof ComponentSampleModel model
        && model.getNumBands() >= 3
        && bytes.getNumBanks() == 1
        && image.getColorModel().getColorSpace().isCS_sRGB()) {
      return fromInterleavedBytes(raster, bytes.getData(), bytes.getOffset(), model);
    }
    if (buffer instanceof DataBufferInt ints
        && (image.getType() == BufferedImage.TYPE_INT_RGB
            || image.getType() == BufferedImage.TYPE_INT_ARGB
            || image.getType() == BufferedImage.TYPE_INT_ARGB_PRE)
        && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
        && raster.getSampleModelTranslateX() == 0
        && raster.getSampleModelTranslateY() == 0) {
      return fromPackedInts(width, height, ints.getData(), ints.getOffset(), model);
    }
    BufferedImage copy = createRgb(width, height);
    Graphics2D graphics = copy.createGraphics();
    try {
      graphics.drawImage(image, 0, 0, null);
    } finally {
      graphics.dispose();
    }
    return bytes(copy);
  }

  private static byte[] fromInterleavedBytes(
      Raster raster, byte[] data, int bufferOffset, ComponentSampleModel model) {
    int width = raster.getWidth();
    int height = raster.getHeight();
    int pixelStride = model.getPixelStride();
    int scanlineStride = model.getScanlineStride();
    int[] bands = model.getBandOffsets();
    int red = bands[0];
    int green = bands[1];
    int blue = bands[2];
    int origin =
        bufferOffset
            - raster.getSampleModelTranslateY() * scanlineStride
            - raster.getSampleModelTranslateX() * pixelStride;
    byte[] rgb = new byte[width * height * 3];
    if (pixelStride == 3 && red == 0 && green == 1 && blue == 2) {
      // Already R,G,B: one copy per row (or one for the whole frame when rows are unpadded).
      if (scanlineStride == width * 3) {
        System.arraycopy(data, origin, rgb, 0, rgb.length);
      } else {
        for (int y = 0; y < height; y++) {
          System.arraycopy(data, origin + y * scanlineStride, rgb, y * width * 3, width * 3);
        }
      }
      return rgb;
    }
    int out = 0;
    for (int y = 0; y < height; y++) {
      int in = origin + y * scanlineStride;
      for (int x = 0; x < width; x++, in += pixelStride) {
        rgb[out++] = data[in + red];
        rgb[out++] = data[in + green];
        rgb[out++] = data[in + blue];
      }
    }
    return rgb;
  }

  private static byte[] fromPackedInts(
      int width, int height, int[] data, int bufferOffset, SinglePixelPackedSampleModel model) {
    int scanlineStride = model.getScanlineStride();
    byte[] rgb = new byte[width * height * 3];
    int out = 0;
    for (int y = 0; y < height; y++) {
      int in = bufferOffset + y * scanlineStride;
      for (int x = 0; x < width; x++) {
        int pixel = data[in + x];
        rgb[out++] = (byte) (pixel >> 16);
        rgb[out++] = (byte) (pixel >> 8);
        rgb[out++] = (byte) pixel;
      }
    }
    return rgb;
  }

  /**
   * Shrinks a picture to fit {@code maxWidth × maxHeight}, keeping its aspect; returns the same
   * image when it already fits. Used for photos and screens, which can be far larger than the
   * engine needs.
   */
  public static BufferedImage fitWithin(BufferedImage image, int maxWidth, int maxHeight) {
    double scale =
        Math.min(
            1.0,
            Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
    if (scale >= 1.0) {
      return image;
    }
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage scaled = createRgb(width, height);
    Graphics2D graphics = scaled.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.drawImage(image, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    return scaled;
  }

  /** The backing bytes of an image made by {@link #createRgb}. */
  public static byte[] bytes(BufferedImage rgbImage) {
    return ((DataBufferByte) rgbImage.getRaster().getDataBuffer()).getData();
  }
}
