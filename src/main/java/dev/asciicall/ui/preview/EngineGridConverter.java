package dev.asciicall.ui.preview;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.Mirror;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.ui.feed.TextGrid;

/**
 * Converts camera frames with the ASCII engine ({@code dev.asciicall.ascii}) using what the sliders
 * chose. Holds engine state (auto-level smoothing, buffers), so it lives on the conversion thread
 * only; a slider change makes a new converter instead of mutating this one.
 */
public final class EngineGridConverter implements GridConverter {

  private final AsciiConverter converter = new AsciiConverter();
  private final ConversionSettings settings;

  public EngineGridConverter(PreviewSettings preview) {
    this.settings = settingsFor(preview);
  }

  /** The engine settings the sliders stand for. */
  static ConversionSettings settingsFor(PreviewSettings preview) {
    GlyphRamp ramp = preview.ramp();
    ConversionSettings settings =
        ConversionSettings.defaults()
            .withColumns(preview.columns())
            .withPalette(Palette.byName(ramp.paletteId()))
            .withMode(ramp.mode())
            .withContrast(preview.contrast())
            .withBrightness(preview.brightness());
    if (preview.invert()) {
      settings = settings.inverted();
    }
    if (preview.color()) {
      settings = settings.withColor(ColorCapture.PER_CELL);
    }
    if (preview.mirror()) {
      settings = settings.withMirror(Mirror.HORIZONTAL);
    }
    return settings;
  }

  @Override
  public TextGrid convert(VideoFrame frame) {
    return toTextGrid(toAscii(frame));
  }

  /** The engine's frame, as sent to others in a call. */
  public AsciiFrame toAscii(VideoFrame frame) {
    return converter.convert(PixelImage.rgb(frame.width(), frame.height(), frame.rgb()), settings);
  }

  /** The drawable form of an engine frame (also used for frames received from others). */
  public static TextGrid toTextGrid(AsciiFrame ascii) {
    int columns = ascii.columns();
    int rows = ascii.rows();
    char[] glyphs = new char[columns * rows];
    int[] colors = ascii.hasColor() ? new int[glyphs.length] : null;
    int[] backgrounds = ascii.hasBackground() ? new int[glyphs.length] : null;
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        int cell = row * columns + column;
        glyphs[cell] = ascii.glyph(column, row);
        if (colors != null) {
          colors[cell] = ascii.foreground(column, row);
        }
        if (backgrounds != null) {
          backgrounds[cell] = ascii.background(column, row);
        }
      }
    }
    return new TextGrid(columns, rows, glyphs, colors, backgrounds);
  }
}
