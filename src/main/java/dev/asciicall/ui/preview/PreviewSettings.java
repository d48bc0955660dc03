package dev.asciicall.ui.preview;

import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.Mirror;
import dev.asciicall.ascii.Palette;

/**
 * What the sliders under the feeds choose for the picture I send: detail, glyphs, tone and the
 * three toggles. An immutable value; the view model makes a new one on every change.
 *
 * @param contrast 1 leaves the picture as is; above 1 spreads tones apart
 * @param brightness added to every tone, -1 (black) to 1 (white)
 */
public record PreviewSettings(
    int columns,
    GlyphRamp ramp,
    double contrast,
    double brightness,
    boolean invert,
    boolean color,
    boolean mirror) {

  public static final int MIN_COLUMNS = 40;
  public static final int MAX_COLUMNS = 200;

  public static final PreviewSettings DEFAULTS =
      new PreviewSettings(120, GlyphRamp.LIKENESS, 1.0, 0.0, false, false, true);

  public PreviewSettings {
    if (columns < MIN_COLUMNS || columns > MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "columns must be " + MIN_COLUMNS + ".." + MAX_COLUMNS + ", got " + columns);
    }
    if (!(contrast > 0 && contrast <= 4)) {
      throw new IllegalArgumentException("contrast must be in (0, 4], got " + contrast);
    }
    if (!(brightness >= -1 && brightness <= 1)) {
      throw new IllegalArgumentException("brightness must be in [-1, 1], got " + brightness);
    }
  }

  /** The engine settings these choices stand for: what the local video converts with. */
  public ConversionSettings toConversionSettings() {
    ConversionSettings settings =
        ConversionSettings.defaults()
            .withColumns(columns)
            .withPalette(Palette.byName(ramp.paletteId()))
            .withMode(ramp.mode())
            .withContrast(contrast)
            .withBrightness(brightness);
    if (invert) {
      settings = settings.inverted();
    }
    if (color) {
      settings = settings.withColor(ColorCapture.PER_CELL);
    }
    if (mirror) {
      settings = settings.withMirror(Mirror.HORIZONTAL);
    }
    return settings;
  }
}
