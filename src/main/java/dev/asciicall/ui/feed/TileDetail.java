package dev.asciicall.ui.feed;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.RenderMode;

/**
 * How much of a received picture's detail a tile can show legibly. The detail a participant sends
 * is their own setting, the same stream for everyone (a relay cannot re-encode what it cannot
 * decrypt), so each receiver fits the picture to its tile: the font follows the tile's size, and a
 * tile too small to draw the sent grid with glyphs of at least {@link #MIN_FONT_PIXELS} draws
 * fewer, larger cells instead, each standing for the block of sent cells under it. Density glyphs
 * average their ink (palettes are ordered from least to most ink); shapes, braille and half blocks
 * keep the block's middle cell; colours are averaged. A large tile draws the frame as it came.
 *
 * <p>Plain Java; the tile calls it on the FX thread when a new frame or a new size arrives.
 */
final class TileDetail {

  /** Below this font size (pixels) glyphs stop reading as characters. */
  static final double MIN_FONT_PIXELS = 7;

  private final double cellWidthPerPixel;
  private final double cellHeightPerPixel;

  /**
   * @param cellWidthPerPixel a glyph cell's width per pixel of font size
   * @param cellHeightPerPixel a glyph cell's height per pixel of font size
   */
  TileDetail(double cellWidthPerPixel, double cellHeightPerPixel) {
    this.cellWidthPerPixel = cellWidthPerPixel;
    this.cellHeightPerPixel = cellHeightPerPixel;
  }

  /** The font size {@code frame} would be drawn with in {@code width × height}. */
  double fontSize(AsciiFrame frame, double width, double height) {
    return Math.min(
        width / (frame.columns() * cellWidthPerPixel),
        height / (frame.rows() * cellHeightPerPixel));
  }

  /** {@code frame} itself when it is legible at this size, else a frame of fewer cells. */
  AsciiFrame fit(AsciiFrame frame, double width, double height) {
    double font = fontSize(frame, width, height);
    if (!(font < MIN_FONT_PIXELS) || width <= 0 || height <= 0) {
      return frame;
    }
    double shrink = font / MIN_FONT_PIXELS;
    int columns = Math.max(1, (int) Math.floor(frame.columns() * shrink));
    int rows = Math.max(1, (int) Math.floor(frame.rows() * shrink));
    return resample(frame, columns, rows);
  }

  static AsciiFrame resample(AsciiFrame frame, int columns, int rows) {
    boolean average = frame.mode() == RenderMode.DENSITY;
    byte[] glyphs = new byte[columns * rows];
    int[] foreground = frame.hasColor() ? new int[columns * rows] : null;
    int[] background = frame.hasBackground() ? new int[columns * rows] : null;
    for (int row = 0; row < rows; row++) {
      int top = row * frame.rows() / rows;
      int bottom = Math.max(top + 1, (row + 1) * frame.rows() / rows);
      for (int column = 0; column < columns; column++) {
        int left = column * frame.columns() / columns;
        int right = Math.max(left + 1, (column + 1) * frame.columns() / columns);
        int cell = row * columns + column;
        glyphs[cell] =
            (byte)
                (average
                    ? averageGlyph(frame, left, right, top, bottom)
                    : frame.glyphIndex((left + right - 1) / 2, (top + bottom - 1) / 2));
        if (foreground != null) {
          foreground[cell] = averageColour(frame, left, right, top, bottom, true);
        }
        if (background != null) {
          background[cell] = averageColour(frame, left, right, top, bottom, false);
        }
      }
    }
    return AsciiFrame.adopt(
        columns, rows, frame.palette(), frame.mode(), glyphs, foreground, background);
  }

  private static int averageGlyph(AsciiFrame frame, int left, int right, int top, int bottom) {
    long sum = 0;
    for (int y = top; y < bottom; y++) {
      for (int x = left; x < right; x++) {
        sum += frame.glyphIndex(x, y);
      }
    }
    int cells = (right - left) * (bottom - top);
    return (int) ((sum + cells / 2) / cells);
  }

  private static int averageColour(
      AsciiFrame frame, int left, int right, int top, int bottom, boolean front) {
    long red = 0;
    long green = 0;
    long blue = 0;
    for (int y = top; y < bottom; y++) {
      for (int x = left; x < right; x++) {
        int rgb = front ? frame.foreground(x, y) : frame.background(x, y);
        red += (rgb >> 16) & 0xFF;
        green += (rgb >> 8) & 0xFF;
        blue += rgb & 0xFF;
      }
    }
    int cells = (right - left) * (bottom - top);
    return (int) (red / cells) << 16 | (int) (green / cells) << 8 | (int) (blue / cells);
  }
}
