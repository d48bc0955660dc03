package dev.asciicall.terminal;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;

/**
 * Draws an {@link AsciiFrame} into cells, scaled to fit a box with its aspect kept (nearest cell).
 * Glyphs come from the frame's own palette and indices, so a custom palette shows as sent; colour
 * frames keep their per-cell colours, half-block frames are {@code ▀} with the top half as
 * foreground and the bottom half as background, braille is drawn as sent. Where the terminal has no
 * colour, half blocks would be solid: they become a density glyph of the two halves' brightness.
 */
public final class FrameDrawer {

  private static final char UPPER_HALF = '▀';

  private FrameDrawer() {}

  /** The largest rectangle with the frame's aspect that fits {@code box}, centred in it. */
  public static Rect fit(int frameColumns, int frameRows, Rect box) {
    if (box.isEmpty()) {
      return new Rect(box.x(), box.y(), 0, 0);
    }
    double scale = Math.min((double) box.width() / frameColumns, (double) box.height() / frameRows);
    int width = clamp((int) Math.round(frameColumns * scale), box.width());
    int height = clamp((int) Math.round(frameRows * scale), box.height());
    return new Rect(
        box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2, width, height);
  }

  /**
   * Draws {@code frame} fitted into {@code box}.
   *
   * @return where it was drawn
   */
  public static Rect draw(AsciiFrame frame, Rect box, ColorLevel level, Screen screen) {
    Rect area = fit(frame.columns(), frame.rows(), box);
    if (area.isEmpty()) {
      return area;
    }
    boolean halfBlock = frame.mode() == RenderMode.HALF_BLOCK;
    boolean shadeHalves = halfBlock && (level == ColorLevel.NONE || !frame.hasColor());
    char[] glyphs = glyphTable(frame.palette());
    int[] sourceColumns = samples(area.width(), frame.columns());
    int[] sourceRows = samples(area.height(), frame.rows());
    for (int y = 0; y < area.height(); y++) {
      int sourceRow = sourceRows[y];
      for (int x = 0; x < area.width(); x++) {
        int sourceColumn = sourceColumns[x];
        char glyph;
        int fg;
        int bg;
        if (shadeHalves) {
          glyph =
              shade(
                  frame.foreground(sourceColumn, sourceRow),
                  frame.background(sourceColumn, sourceRow));
          fg = TermColor.DEFAULT;
          bg = TermColor.DEFAULT;
        } else if (halfBlock) {
          glyph = UPPER_HALF;
          fg = frame.foreground(sourceColumn, sourceRow);
          bg = frame.background(sourceColumn, sourceRow);
        } else {
          glyph = glyphs[frame.glyphIndex(sourceColumn, sourceRow)];
          fg = frame.hasColor() ? frame.foreground(sourceColumn, sourceRow) : TermColor.DEFAULT;
          bg =
              frame.hasBackground() ? frame.background(sourceColumn, sourceRow) : TermColor.DEFAULT;
        }
        screen.set(area.x() + x, area.y() + y, glyph, fg, bg, CellStyle.PLAIN);
      }
    }
    return area;
  }

  /** For each of {@code size} target cells, the source cell under its centre. */
  private static int[] samples(int size, int sourceSize) {
    int[] samples = new int[size];
    for (int i = 0; i < size; i++) {
      samples[i] = (int) (((2L * i + 1) * sourceSize) / (2L * size));
    }
    return samples;
  }

  private static char[] glyphTable(Palette palette) {
    char[] glyphs = new char[palette.size()];
    for (int i = 0; i < glyphs.length; i++) {
      glyphs[i] = CellWidth.sanitize(palette.glyph(i));
    }
    return glyphs;
  }

  private static char shade(int top, int bottom) {
    int luma = (luma(top) + luma(bottom)) / 2;
    Palette ramp = Palette.SHORT;
    return ramp.glyph(Math.min(ramp.size() - 1, luma * ramp.size() / 256));
  }

  private static int luma(int rgb) {
    return (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
  }

  private static int clamp(int value, int max) {
    return Math.max(1, Math.min(max, value));
  }
}
