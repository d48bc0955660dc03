package dev.asciicall.ascii;

/**
 * Turns pictures into {@link AsciiFrame}s. Stateful (auto-level smoothing, pooling tables and
 * buffers reused while the picture size and grid stay the same), so confine one instance to one
 * thread — the capture or conversion thread of a call, or the command line's main thread.
 */
public final class AsciiConverter {

  private final ToneCurve tone = new ToneCurve();
  private CellPooler pooler;
  private float[] luma = new float[0];
  private float[] tones = new float[0];
  private int[] colors = new int[0];
  // The last frame's glyphs if it was drawn by likeness, for holding near-ties still; null
  // otherwise. The frame owns the array; it is only read here.
  private byte[] previous;
  private GridSize previousGrid;
  private Palette previousPalette;

  /** Converts one picture; the returned frame owns fresh arrays and never changes. */
  public AsciiFrame convert(PixelImage image, ConversionSettings settings) {
    GridSize grid = settings.sizing().grid(image.width(), image.height());
    RenderMode mode = settings.mode();
    int across = grid.columns() * samplesAcross(mode);
    int down = grid.rows() * samplesDown(mode);
    int samples = across * down;
    boolean wantColor = settings.color() == ColorCapture.PER_CELL || mode == RenderMode.HALF_BLOCK;
    SimdEngine.noteConversion();
    if (pooler == null
        || !pooler.fits(image.width(), image.height(), image.layout(), across, down)) {
      pooler = new CellPooler(image.width(), image.height(), image.layout(), across, down);
      luma = new float[samples];
      tones = new float[samples];
      colors = new int[samples];
      tone.reset();
      previous = null;
    } else if (pooler.path() != CellPooler.Path.fastest()) {
      // The SIMD path has just warmed up: same sums, so the levels carry on.
      pooler = new CellPooler(image.width(), image.height(), image.layout(), across, down);
    }
    pooler.pool(image.data(), luma, wantColor ? colors : null);
    if (settings.mirror() == Mirror.HORIZONTAL) {
      mirror(across, down, wantColor);
    }
    tone.prepare(luma, samples, settings);
    Palette palette = settings.effectivePalette();
    int cells = grid.columns() * grid.rows();
    byte[] indices = new byte[cells];
    // Density without dithering: luma to glyph through one table per frame, the same glyphs as
    // tone, then nearest ink.
    boolean glyphTable = mode == RenderMode.DENSITY && settings.dither() == Dither.NONE;
    if (glyphTable) {
      tone.glyphs(ShapeMatcher.forPalette(palette).density(), luma, cells, indices);
    } else {
      for (int i = 0; i < samples; i++) {
        tones[i] = tone.tone(luma[i]);
      }
    }
    byte[] last = grid.equals(previousGrid) && palette.equals(previousPalette) ? previous : null;
    previous = null;
    switch (mode) {
      case DENSITY -> {
        if (!glyphTable) {
          ShapeMatcher.forPalette(palette)
              .density()
              .map(tones, grid.columns(), grid.rows(), settings.dither(), indices);
        }
      }
      case SHAPE ->
          ShapeMatcher.forPalette(palette).match(tones, grid.columns(), grid.rows(), indices);
      case LIKENESS ->
          LikenessMatcher.forPalette(palette)
              .match(tones, grid.columns(), grid.rows(), last, indices);
      case BRAILLE -> SubCellGlyphs.braille(tones, grid, settings.dither(), indices);
      case HALF_BLOCK -> {
        int[][] halves = SubCellGlyphs.halfBlockColors(tones, colors, grid, settings.color());
        return AsciiFrame.wrap(grid, palette, mode, indices, halves[0], halves[1]);
      }
    }
    previous = mode == RenderMode.LIKENESS ? indices : null;
    previousGrid = grid;
    previousPalette = palette;
    int[] foreground = null;
    if (wantColor) {
      foreground =
          SubCellGlyphs.meanColors(
              colors, grid, samplesAcross(mode), samplesDown(mode), new int[cells]);
    }
    return AsciiFrame.wrap(grid, palette, mode, indices, foreground, null);
  }

  /** How the last conversion summed rows; null before the first. For tests. */
  CellPooler.Path poolerPath() {
    return pooler == null ? null : pooler.path();
  }

  /** Levels the auto-level smoothing has reached; NaN before the first frame. For tests. */
  double levelLow() {
    return tone.low();
  }

  double levelHigh() {
    return tone.high();
  }

  private void mirror(int across, int down, boolean withColor) {
    for (int row = 0; row < down; row++) {
      for (int left = row * across, right = left + across - 1; left < right; left++, right--) {
        float swap = luma[left];
        luma[left] = luma[right];
        luma[right] = swap;
        if (withColor) {
          int color = colors[left];
          colors[left] = colors[right];
          colors[right] = color;
        }
      }
    }
  }

  static int samplesAcross(RenderMode mode) {
    return switch (mode) {
      case SHAPE -> 3;
      case BRAILLE, LIKENESS -> 2;
      default -> 1;
    };
  }

  static int samplesDown(RenderMode mode) {
    return switch (mode) {
      case SHAPE -> 3;
      case BRAILLE, LIKENESS -> 4;
      case HALF_BLOCK -> 2;
      default -> 1;
    };
  }
}
