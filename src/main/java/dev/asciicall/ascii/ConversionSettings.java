package dev.asciicall.ascii;

/**
 * Everything that decides how a picture becomes an {@link AsciiFrame}. Immutable; change it with
 * the withers, e.g. {@code ConversionSettings.defaults().withColumns(96).withPalette(CLASSIC)}.
 *
 * @param brightness added to the tone (0..1 scale), 0 = unchanged, in -1..1
 * @param contrast multiplies the tone around mid grey, 1 = unchanged, in 0..10
 * @param gamma tone = tone^(1/gamma); above 1 lifts the mid tones, 1 = unchanged, in 0.1..10
 */
public record ConversionSettings(
    Sizing sizing,
    Palette palette,
    RenderMode mode,
    Shade shade,
    ColorCapture color,
    Levels levels,
    double brightness,
    double contrast,
    double gamma,
    Dither dither,
    Mirror mirror) {

  public static final int DEFAULT_COLUMNS = 128;

  public ConversionSettings {
    if (sizing == null
        || palette == null
        || mode == null
        || shade == null
        || color == null
        || levels == null
        || dither == null
        || mirror == null) {
      throw new IllegalArgumentException("every conversion setting needs a value");
    }
    if (!(brightness >= -1 && brightness <= 1)) {
      throw new IllegalArgumentException("brightness must be in -1..1: " + brightness);
    }
    if (!(contrast >= 0 && contrast <= 10)) {
      throw new IllegalArgumentException("contrast must be in 0..10: " + contrast);
    }
    if (!(gamma >= 0.1 && gamma <= 10)) {
      throw new IllegalArgumentException("gamma must be in 0.1..10: " + gamma);
    }
  }

  /**
   * The best-looking setting within the default mode's speed budget of 2 ms a 1280×720 frame (see
   * README): 128 columns at the font's measured aspect, the long ramp by {@link
   * RenderMode#LIKENESS}, light on dark, auto levels, no colour.
   */
  public static ConversionSettings defaults() {
    return new ConversionSettings(
        new Sizing.ByColumns(DEFAULT_COLUMNS),
        Palette.LONG,
        RenderMode.LIKENESS,
        Shade.LIGHT_ON_DARK,
        ColorCapture.MONOCHROME,
        Levels.AUTO,
        0,
        1,
        1,
        Dither.NONE,
        Mirror.NONE);
  }

  /** The glyphs actually used: braille and half-block modes bring their own. */
  public Palette effectivePalette() {
    return switch (mode) {
      case BRAILLE -> Palette.BRAILLE;
      case HALF_BLOCK -> Palette.HALF_BLOCK;
      default -> palette;
    };
  }

  public ConversionSettings withSizing(Sizing newSizing) {
    return new ConversionSettings(
        newSizing,
        palette,
        mode,
        shade,
        color,
        levels,
        brightness,
        contrast,
        gamma,
        dither,
        mirror);
  }

  /** Columns at the cell aspect already in use (the font's, unless set otherwise). */
  public ConversionSettings withColumns(int columns) {
    double aspect =
        sizing instanceof Sizing.ByColumns byColumns
            ? byColumns.cellAspect()
            : GlyphMetrics.fontCellAspect();
    return withSizing(new Sizing.ByColumns(columns, aspect));
  }

  public ConversionSettings withRatio(double ratio) {
    return withSizing(new Sizing.ByRatio(ratio));
  }

  public ConversionSettings withPalette(Palette newPalette) {
    return new ConversionSettings(
        sizing,
        newPalette,
        mode,
        shade,
        color,
        levels,
        brightness,
        contrast,
        gamma,
        dither,
        mirror);
  }

  public ConversionSettings withMode(RenderMode newMode) {
    return new ConversionSettings(
        sizing,
        palette,
        newMode,
        shade,
        color,
        levels,
        brightness,
        contrast,
        gamma,
        dither,
        mirror);
  }

  public ConversionSettings withShade(Shade newShade) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        newShade,
        color,
        levels,
        brightness,
        contrast,
        gamma,
        dither,
        mirror);
  }

  /** Dark glyphs on a light background. */
  public ConversionSettings inverted() {
    return withShade(Shade.DARK_ON_LIGHT);
  }

  public ConversionSettings withColor(ColorCapture newColor) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        shade,
        newColor,
        levels,
        brightness,
        contrast,
        gamma,
        dither,
        mirror);
  }

  public ConversionSettings withLevels(Levels newLevels) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        shade,
        color,
        newLevels,
        brightness,
        contrast,
        gamma,
        dither,
        mirror);
  }

  public ConversionSettings withBrightness(double newBrightness) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        shade,
        color,
        levels,
        newBrightness,
        contrast,
        gamma,
        dither,
        mirror);
  }

  public ConversionSettings withContrast(double newContrast) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        shade,
        color,
        levels,
        brightness,
        newContrast,
        gamma,
        dither,
        mirror);
  }

  public ConversionSettings withGamma(double newGamma) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        shade,
        color,
        levels,
        brightness,
        contrast,
        newGamma,
        dither,
        mirror);
  }

  public ConversionSettings withDither(Dither newDither) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        shade,
        color,
        levels,
        brightness,
        contrast,
        gamma,
        newDither,
        mirror);
  }

  public ConversionSettings withMirror(Mirror newMirror) {
    return new ConversionSettings(
        sizing,
        palette,
        mode,
        shade,
        color,
        levels,
        brightness,
        contrast,
        gamma,
        dither,
        newMirror);
  }
}
