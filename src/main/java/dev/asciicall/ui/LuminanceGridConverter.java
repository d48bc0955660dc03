package dev.asciicall.ui;

import dev.asciicall.capture.VideoFrame;
import java.util.Objects;

/**
 * A plain brightness-ramp converter: each cell takes the average colour of its pixels and the glyph
 * whose ink matches its brightness after contrast, brightness and invert. It keeps the window
 * useful before (and independent of) the full engine in {@code dev.asciicall.ascii}, which replaces
 * it in the app wiring once available.
 *
 * <p>Called from the conversion thread only.
 */
public final class LuminanceGridConverter implements GridConverter {

  /** Terminal cells are about twice as tall as wide. */
  private static final double CELL_ASPECT = 2.0;

  private final PreviewSettings settings;
  private final String ramp;
  private final int[] toneToGlyph = new int[256];

  public LuminanceGridConverter(PreviewSettings settings) {
    this.settings = Objects.requireNonNull(settings);
    this.ramp = settings.ramp().glyphs();
    for (int luma = 0; luma < 256; luma++) {
      double tone = (luma / 255.0 - 0.5) * settings.contrast() + 0.5 + settings.brightness();
      tone = Math.max(0, Math.min(1, tone));
      if (settings.invert()) {
        tone = 1 - tone;
      }
      toneToGlyph[luma] = (int) Math.round(tone * (ramp.length() - 1));
    }
  }

  public PreviewSettings settings() {
    return settings;
  }

  @Override
  public TextGrid convert(VideoFrame frame) {
    int gridColumns = Math.min(settings.columns(), frame.width());
    int rows =
        Math.max(
            1,
            Math.min(
                frame.height(),
                (int)
                    Math.round(
                        gridColumns * frame.height() / (double) frame.width() / CELL_ASPECT)));
    char[] glyphs = new char[gridColumns * rows];
    int[] colors = settings.color() ? new int[glyphs.length] : null;
    byte[] rgb = frame.rgb();
    for (int row = 0; row < rows; row++) {
      int y0 = row * frame.height() / rows;
      int y1 = Math.max(y0 + 1, (row + 1) * frame.height() / rows);
      for (int column = 0; column < gridColumns; column++) {
        int x0 = column * frame.width() / gridColumns;
        int x1 = Math.max(x0 + 1, (column + 1) * frame.width() / gridColumns);
        long red = 0;
        long green = 0;
        long blue = 0;
        // Sample every other pixel: enough for an average, half the memory traffic.
        int count = 0;
        for (int y = y0; y < y1; y += 2) {
          int index = (y * frame.width() + x0) * 3;
          for (int x = x0; x < x1; x += 2, index += 6) {
            red += rgb[index] & 0xFF;
            green += rgb[index + 1] & 0xFF;
            blue += rgb[index + 2] & 0xFF;
            count++;
          }
        }
        int r = (int) (red / count);
        int g = (int) (green / count);
        int b = (int) (blue / count);
        int luma = (r * 299 + g * 587 + b * 114) / 1000;
        int target = settings.mirror() ? gridColumns - 1 - column : column;
        int cell = row * gridColumns + target;
        glyphs[cell] = ramp.charAt(toneToGlyph[luma]);
        if (colors != null) {
          colors[cell] = (r << 16) | (g << 8) | b;
        }
      }
    }
    return new TextGrid(gridColumns, rows, glyphs, colors);
  }
}
