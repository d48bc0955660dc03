package dev.asciicall.ascii;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses glyphs by shape: a cell's 3×3 sub-cell tone pattern is compared (least squares) with the
 * glyphs' measured 3×3 ink patterns, so edges and lines come out as {@code / \ | _ -}. Flat cells,
 * where the pattern carries no shape, take the density choice instead: it is exact there and costs
 * a table look-up, which keeps the search for the few cells on edges. Immutable per palette and
 * shared between threads.
 */
final class ShapeMatcher {

  static final int SAMPLES = GlyphMetrics.SHAPE_COLUMNS * GlyphMetrics.SHAPE_ROWS;

  // Below this spread of tones inside a cell (0..1 scale) the cell counts as flat.
  private static final float EDGE_SPREAD = 0.2f;

  private static final Map<String, ShapeMatcher> CACHE = new ConcurrentHashMap<>();

  private final float[] shapes; // glyph after glyph, SAMPLES values each
  private final int glyphs;
  private final DensityMapper density;

  private ShapeMatcher(Palette palette) {
    this.glyphs = palette.size();
    this.shapes = shapes(palette);
    this.density = new DensityMapper(palette);
  }

  static ShapeMatcher forPalette(Palette palette) {
    return CACHE.computeIfAbsent(palette.glyphs(), glyphs -> new ShapeMatcher(palette));
  }

  DensityMapper density() {
    return density;
  }

  /** The glyph index for nine tones 0..1 starting at {@code offset}, row by row. */
  int match(float[] tones, int offset) {
    float min = tones[offset];
    float max = min;
    float sum = 0;
    for (int s = 0; s < SAMPLES; s++) {
      float tone = tones[offset + s];
      min = Math.min(min, tone);
      max = Math.max(max, tone);
      sum += tone;
    }
    if (max - min < EDGE_SPREAD) {
      return density.nearest(sum / SAMPLES);
    }
    int best = 0;
    float bestDistance = Float.MAX_VALUE;
    for (int g = 0, base = 0; g < glyphs; g++, base += SAMPLES) {
      float distance = 0;
      for (int s = 0; s < SAMPLES && distance < bestDistance; s++) {
        float d = shapes[base + s] - tones[offset + s];
        distance += d * d;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = g;
      }
    }
    return best;
  }

  /**
   * Each glyph's sub-cell ink scaled so the most inked sub-cell of the palette is 1 (full tone): a
   * bright line then matches the glyph that draws the strongest line. Glyphs the font table lacks
   * count as evenly inked at their relative ink.
   */
  private static float[] shapes(Palette palette) {
    GlyphMetrics metrics = GlyphMetrics.font();
    float[] relative = palette.relativeInk();
    double densest = 0;
    for (char glyph : palette.glyphs().toCharArray()) {
      if (metrics.isMeasured(glyph)) {
        for (float ink : metrics.shape(glyph)) {
          densest = Math.max(densest, ink);
        }
      }
    }
    float[] shapes = new float[palette.size() * SAMPLES];
    for (int g = 0; g < palette.size(); g++) {
      char glyph = palette.glyph(g);
      float[] shape = metrics.isMeasured(glyph) && densest > 0 ? metrics.shape(glyph) : null;
      for (int s = 0; s < SAMPLES; s++) {
        shapes[g * SAMPLES + s] = shape == null ? relative[g] : (float) (shape[s] / densest);
      }
    }
    return shapes;
  }
}
