package dev.asciicall.ui.feed;

import dev.asciicall.ascii.AsciiFrame;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Coverage masks of glyphs at one cell size, each drawn once with the real font, then composed per
 * frame into one {@code int[]} of ARGB pixels that is written to an image and drawn with a single
 * {@code drawImage}: far cheaper than a {@code setFill} + {@code fillText} per coloured cell.
 *
 * <p>FX thread only (masks are made with a canvas snapshot the first time a glyph is seen).
 */
final class GlyphAtlas {

  /** The upper half block: with backgrounds, two pixels per cell stacked (half-block mode). */
  static final char UPPER_HALF_BLOCK = '\u2580';

  private final CellMetrics metrics;
  private final int cellWidth;
  private final int cellHeight;
  private final Map<Character, byte[]> masks = new HashMap<>();
  private int[] pixels = new int[0];
  private WritableImage image;

  GlyphAtlas(CellMetrics metrics) {
    this.metrics = metrics;
    this.cellWidth = Math.max(1, (int) Math.round(metrics.width()));
    this.cellHeight = Math.max(1, (int) Math.round(metrics.height()));
  }

  boolean isFor(CellMetrics other) {
    return metrics.equals(other);
  }

  void paint(GraphicsContext graphics, AsciiFrame grid, double left, double top, Color background) {
    int width = grid.columns() * cellWidth;
    int height = grid.rows() * cellHeight;
    if (image == null || image.getWidth() != width || image.getHeight() != height) {
      image = new WritableImage(width, height);
      pixels = new int[width * height];
    }
    compose(grid, width, toRgb(background));
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
    graphics.drawImage(image, left, top);
  }

  private void compose(AsciiFrame grid, int stride, int tileBackground) {
    boolean cellBackgrounds = grid.hasBackground();
    for (int row = 0; row < grid.rows(); row++) {
      for (int column = 0; column < grid.columns(); column++) {
        int background = cellBackgrounds ? grid.background(column, row) : tileBackground;
        int backR = (background >> 16) & 0xFF;
        int backG = (background >> 8) & 0xFF;
        int backB = background & 0xFF;
        int opaqueBackground = 0xFF000000 | background;
        byte[] mask = mask(grid.glyph(column, row));
        int origin = row * cellHeight * stride + column * cellWidth;
        if (mask == null) {
          for (int y = 0; y < cellHeight; y++) {
            int start = origin + y * stride;
            java.util.Arrays.fill(pixels, start, start + cellWidth, opaqueBackground);
          }
          continue;
        }
        int color = grid.foreground(column, row);
        int deltaR = ((color >> 16) & 0xFF) - backR;
        int deltaG = ((color >> 8) & 0xFF) - backG;
        int deltaB = (color & 0xFF) - backB;
        int maskIndex = 0;
        for (int y = 0; y < cellHeight; y++) {
          int index = origin + y * stride;
          for (int x = 0; x < cellWidth; x++, index++, maskIndex++) {
            // Coverage scaled to 0..256 so the blend is a shift, not three divisions per pixel.
            int alpha = (mask[maskIndex] & 0xFF) + ((mask[maskIndex] & 0x80) >> 7);
            pixels[index] =
                0xFF000000
                    | ((backR + ((deltaR * alpha) >> 8)) << 16)
                    | ((backG + ((deltaG * alpha) >> 8)) << 8)
                    | (backB + ((deltaB * alpha) >> 8));
          }
        }
      }
    }
  }

  /** The glyph's coverage (0–255 per pixel), or null for a glyph without ink (space). */
  private byte[] mask(char glyph) {
    if (glyph == ' ') {
      return null;
    }
    byte[] mask =
        masks.computeIfAbsent(glyph, key -> key == UPPER_HALF_BLOCK ? upperHalf() : drawMask(key));
    return mask.length == 0 ? null : mask;
  }

  /**
   * The upper half block as exact halves of the cell: fonts draw {@code ▀} to their ascent, which
   * leaves gaps or overlaps between rows, and half-block pictures need seamless pixels.
   */
  private byte[] upperHalf() {
    byte[] mask = new byte[cellWidth * cellHeight];
    java.util.Arrays.fill(mask, 0, cellWidth * (cellHeight / 2), (byte) 0xFF);
    return mask;
  }

  private byte[] drawMask(char glyph) {
    Canvas canvas = new Canvas(cellWidth, cellHeight);
    GraphicsContext graphics = canvas.getGraphicsContext2D();
    graphics.setFill(Color.BLACK);
    graphics.fillRect(0, 0, cellWidth, cellHeight);
    graphics.setFill(Color.WHITE);
    graphics.setFont(metrics.font());
    graphics.setTextBaseline(VPos.TOP);
    graphics.fillText(String.valueOf(glyph), 0, 0);
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setFill(Color.BLACK);
    WritableImage snapshot = canvas.snapshot(parameters, null);
    PixelReader reader = snapshot.getPixelReader();
    IntBuffer argb = IntBuffer.allocate(cellWidth * cellHeight);
    reader.getPixels(
        0, 0, cellWidth, cellHeight, PixelFormat.getIntArgbInstance(), argb, cellWidth);
    byte[] mask = new byte[cellWidth * cellHeight];
    boolean anyInk = false;
    for (int i = 0; i < mask.length; i++) {
      int green = (argb.get(i) >> 8) & 0xFF;
      mask[i] = (byte) green;
      anyInk |= green != 0;
    }
    return anyInk ? mask : new byte[0];
  }

  private static int toRgb(Color color) {
    return ((int) Math.round(color.getRed() * 255) << 16)
        | ((int) Math.round(color.getGreen() * 255) << 8)
        | (int) Math.round(color.getBlue() * 255);
  }
}
