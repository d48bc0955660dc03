package dev.asciicall.ascii;

import java.util.Arrays;

/**
 * What each glyph looks like from a normal viewing distance, for the {@link LikenessMatcher}: its
 * measured ink ({@link GlyphBitmaps}) blurred as the eye blurs it and pooled into the matcher's
 * samples, in tone units. Built once per palette; stateless.
 */
final class GlyphLooks {

  // Tone 1 (full ink wanted) is this inked fraction of a sample for the ASCII ramps, a little more
  // than their densest glyph ('@', 0.276) gives its whole cell, so bright areas saturate to the
  // densest flat glyph. Chosen on the quality evaluation's tuning photos: 0.3 to 0.8 tried, 0.4
  // scored best (SSIM 0.250, edge 0.270) and 0.34 as well within 0.001 while saturating less of a
  // bright face (the densest flat glyph sits at tone 0.63 instead of 0.54). Compressing the
  // highlights with a knee cost edge score.
  static final float FULL_TONE_INK = 0.34f;
  // Other palettes scale it by their densest glyph's ink, up to a fully inked sample: with shades
  // ('█' inks its whole cell) a bright area is drawn with '▓' and '█', not capped at '▒'.
  private static final double ASCII_DENSEST = 0.2761;

  // The viewer's blur in cell widths: QualityEvaluation's "step back" (two 3×3 box passes, a
  // Gaussian of about 1.15 px) on its 4 px wide cells. Wider blurs (0.35, 0.4) and none scored
  // lower; with none, thin strokes lose to empty cells.
  static final double BLUR = 0.29;

  private GlyphLooks() {}

  /**
   * Each glyph's measured ink blurred as a viewer sees it and pooled into 2×4 samples, in tone
   * units (ink / the palette's full tone, {@link #FULL_TONE_INK} for the ASCII ramps). Ink the blur
   * carries past the cell's edge is dropped: the neighbours are not known here. Glyphs the font
   * table lacks count as evenly inked at their relative ink.
   */
  static float[][] templates(Palette palette, int samples, int lanes, float unreachable) {
    GlyphBitmaps bitmaps = GlyphBitmaps.font();
    float[] relative = palette.relativeInk();
    float[][] templates = new float[samples][lanes];
    for (float[] sampleTemplates : templates) {
      Arrays.fill(sampleTemplates, unreachable);
    }
    int width = GlyphBitmaps.ACROSS;
    int height = GlyphBitmaps.DOWN;
    double fullTone = fullTone(palette);
    double[] across = gaussian(BLUR * width);
    double[] down = gaussian(BLUR * height / GlyphMetrics.fontCellAspect());
    for (int g = 0; g < palette.size(); g++) {
      char glyph = palette.glyph(g);
      if (!bitmaps.isMeasured(glyph)) {
        for (int s = 0; s < samples; s++) {
          templates[s][g] = relative[g];
        }
        continue;
      }
      double[] seen = blur(ink(bitmaps, glyph), width, height, across, down);
      double[] sums = new double[samples];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          sums[
                  (y * LikenessMatcher.DOWN / height) * LikenessMatcher.ACROSS
                      + x * LikenessMatcher.ACROSS / width] +=
              seen[y * width + x];
        }
      }
      double perSample = (double) width * height / samples;
      for (int s = 0; s < samples; s++) {
        templates[s][g] = (float) (sums[s] / perSample / fullTone);
      }
    }
    return templates;
  }

  /**
   * The glyph's measured ink, but '|' as the unbroken bar it draws: it leaves the top of its cell
   * empty (the font's line gap), yet bars in consecutive rows join into one line for the eye;
   * matched with its gap, a vertical line comes out as a mix of '|', ']' and ':'.
   */
  private static float[] ink(GlyphBitmaps bitmaps, char glyph) {
    float[] ink = bitmaps.bitmap(glyph);
    if (glyph == '|') {
      int width = GlyphBitmaps.ACROSS;
      int middle = GlyphBitmaps.DOWN / 2;
      for (int y = 0; y < middle; y++) {
        System.arraycopy(ink, middle * width, ink, y * width, width);
      }
    }
    return ink;
  }

  /** The ink that tone 1 asks for with this palette: see {@link #FULL_TONE_INK}. */
  private static double fullTone(Palette palette) {
    GlyphMetrics metrics = GlyphMetrics.font();
    double densest = 0;
    for (char glyph : palette.glyphs().toCharArray()) {
      if (metrics.isMeasured(glyph)) {
        densest = Math.max(densest, metrics.coverage(glyph));
      }
    }
    double scaled = densest > ASCII_DENSEST ? FULL_TONE_INK * densest / ASCII_DENSEST : 0;
    return Math.max(FULL_TONE_INK, Math.min(1, scaled));
  }

  /** A separable blur; outside the grid counts as no ink. */
  private static double[] blur(float[] ink, int width, int height, double[] across, double[] down) {
    double[] rows = new double[ink.length];
    int reach = across.length / 2;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double sum = 0;
        for (int k = -reach; k <= reach; k++) {
          int xx = x + k;
          if (xx >= 0 && xx < width) {
            sum += across[k + reach] * ink[y * width + xx];
          }
        }
        rows[y * width + x] = sum;
      }
    }
    double[] out = new double[ink.length];
    reach = down.length / 2;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double sum = 0;
        for (int k = -reach; k <= reach; k++) {
          int yy = y + k;
          if (yy >= 0 && yy < height) {
            sum += down[k + reach] * rows[yy * width + x];
          }
        }
        out[y * width + x] = sum;
      }
    }
    return out;
  }

  /** A normalised Gaussian kernel of {@code sigma} grid pixels, three sigmas each way. */
  private static double[] gaussian(double sigma) {
    int reach = (int) Math.ceil(3 * sigma);
    double[] kernel = new double[2 * reach + 1];
    double total = 0;
    for (int i = -reach; i <= reach; i++) {
      kernel[i + reach] = Math.exp(-i * i / (2 * sigma * sigma));
      total += kernel[i + reach];
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] /= total;
    }
    return kernel;
  }
}
