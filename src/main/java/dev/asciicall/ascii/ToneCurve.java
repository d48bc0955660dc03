package dev.asciicall.ascii;

/**
 * Maps mean luma to tone 0..1 (1 = most ink): auto levels smoothed over frames, then contrast,
 * brightness, gamma and the shade direction, through a lookup table rebuilt once per frame.
 * Stateful; confined to the converter's thread.
 */
final class ToneCurve {

  /** Quarter-level steps of luma: the table's resolution. */
  static final int STEPS = 1024;

  // Each frame moves the levels this far towards the new picture's range: fast enough to follow
  // a light switched on within a second at 30 fps, slow enough that noise does not flicker.
  private static final double SMOOTHING = 0.2;
  // Never stretch a band narrower than this: a flat grey wall should stay calm, not become noise.
  private static final double MINIMUM_SPAN = 24;

  // A level change below this leaves the table as it is: a 256th of one of 256 levels.
  private static final double SETTLED = 1.0 / 256;

  private final float[] table = new float[STEPS];
  private final byte[] glyphTable = new byte[STEPS];
  // What the table was built for: its levels and the settings; NaN and null until the first frame.
  private double tableLow = Double.NaN;
  private double tableHigh = Double.NaN;
  private ConversionSettings tableSettings;
  private DensityMapper glyphsFor; // the mapper glyphTable was built for; null: rebuild
  private final int[] histogram = new int[256];
  // Four interleaved histograms: neighbouring cells often share a level, and one histogram would
  // make each increment wait for the previous one's store.
  private final int[] partial = new int[4 * 256];
  private double low = Double.NaN;
  private double high = Double.NaN;

  /** Forgets the smoothed levels, e.g. when the picture size changes. */
  void reset() {
    low = Double.NaN;
    high = Double.NaN;
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  /** Updates the levels from this frame's cell lumas and rebuilds the table. */
  void prepare(float[] luma, int count, ConversionSettings settings) {
    double frameLow = 0;
    double frameHigh = 255;
    if (settings.levels() == Levels.AUTO) {
      countLevels(luma, count);
      frameLow = percentile(count * 0.02);
      frameHigh = percentile(count * 0.98);
      if (Double.isNaN(low)) {
        low = frameLow;
        high = frameHigh;
      } else {
        low += (frameLow - low) * SMOOTHING;
        high += (frameHigh - high) * SMOOTHING;
      }
      frameLow = low;
      frameHigh = high;
      if (frameHigh - frameLow < MINIMUM_SPAN) {
        double middle = (frameLow + frameHigh) / 2;
        frameLow = middle - MINIMUM_SPAN / 2;
        frameHigh = middle + MINIMUM_SPAN / 2;
      }
    }
    // Smoothed levels settle in a steady scene: once they move by less than a 256th of a level,
    // and nothing else changed, the table stays as it is (no glyph could change).
    if (Math.abs(frameLow - tableLow) < SETTLED
        && Math.abs(frameHigh - tableHigh) < SETTLED
        && sameCurve(settings, tableSettings)) {
      return;
    }
    tableLow = frameLow;
    tableHigh = frameHigh;
    tableSettings = settings;
    glyphsFor = null;
    // One affine map and two clamps per step, in float. The clamps are comparisons, not
    // Math.min/max, which must also order NaN and -0 and cost most of a rebuild; nothing here is
    // NaN, and a -0 tone draws what 0 draws.
    float[] steps = table;
    float low = (float) frameLow;
    float perSpan = (float) (1 / (frameHigh - frameLow));
    float contrast = (float) settings.contrast();
    float middle = (float) (0.5 + settings.brightness());
    float stepLuma = 256f / STEPS;
    for (int step = 0; step < STEPS; step++) {
      float tone = unit((step * stepLuma - low) * perSpan);
      steps[step] = unit((tone - 0.5f) * contrast + middle);
    }
    double inverseGamma = 1 / settings.gamma();
    // pow(x, 1) is x exactly, and the default gamma of 1 should not cost 1024 pow calls a frame.
    if (inverseGamma != 1) {
      for (int step = 0; step < STEPS; step++) {
        steps[step] = (float) Math.pow(steps[step], inverseGamma);
      }
    }
    if (settings.shade() == Shade.DARK_ON_LIGHT) {
      for (int step = 0; step < STEPS; step++) {
        steps[step] = 1 - steps[step];
      }
    }
  }

  /**
   * Glyph indices for {@code count} lumas with no dithering: each quarter level's tone mapped to
   * its nearest glyph once, then one look-up per cell, what {@link #tone} and {@link
   * DensityMapper#nearest} give one after the other.
   */
  void glyphs(DensityMapper density, float[] luma, int count, byte[] indices) {
    byte[] glyphs = glyphTable;
    if (glyphsFor != density) {
      for (int step = 0; step < STEPS; step++) {
        glyphs[step] = (byte) density.nearest(table[step]);
      }
      glyphsFor = density;
    }
    for (int i = 0; i < count; i++) {
      int step = (int) (luma[i] * (STEPS / 256f));
      indices[i] = glyphs[Math.max(0, Math.min(STEPS - 1, step))];
    }
  }

  /** Tone 0..1 of a mean luma 0..255. */
  float tone(float luma) {
    int step = (int) (luma * (STEPS / 256f));
    return table[Math.max(0, Math.min(STEPS - 1, step))];
  }

  private void countLevels(float[] luma, int count) {
    int[] counts = partial;
    java.util.Arrays.fill(counts, 0);
    int i = 0;
    for (; i + 3 < count; i += 4) {
      counts[level(luma[i])]++;
      counts[256 + level(luma[i + 1])]++;
      counts[512 + level(luma[i + 2])]++;
      counts[768 + level(luma[i + 3])]++;
    }
    for (; i < count; i++) {
      counts[level(luma[i])]++;
    }
    for (int level = 0; level < 256; level++) {
      histogram[level] =
          counts[level] + counts[256 + level] + counts[512 + level] + counts[768 + level];
    }
  }

  // The cast truncates towards zero as the floor would for the 0..255 range; a cast and two int
  // comparisons cost less than Math.min/max on floats, which must also order NaN and -0.
  private static int level(float luma) {
    int level = (int) luma;
    return level < 0 ? 0 : (level > 255 ? 255 : level);
  }

  private static float unit(float value) {
    return value < 0f ? 0f : (value > 1f ? 1f : value);
  }

  /** Whether two settings shape the tone curve alike, levels aside; false against null. */
  private static boolean sameCurve(ConversionSettings a, ConversionSettings b) {
    return b != null
        && a.contrast() == b.contrast()
        && a.brightness() == b.brightness()
        && a.gamma() == b.gamma()
        && a.shade() == b.shade();
  }

  private double percentile(double rank) {
    int seen = 0;
    for (int level = 0; level < 256; level++) {
      seen += histogram[level];
      if (seen > rank) {
        return level;
      }
    }
    return 255;
  }
}
