package dev.asciicall.ascii;

/**
 * How a likeness matcher draws flat areas: the glyphs that match a flat tone best, from empty to
 * full, each at its own level (its mean tone from a step back), and an ordered dither between the
 * two levels around a cell's tone. A gradient then becomes a mix of two neighbouring glyphs in
 * proportion to where it lies between them, instead of rows of one letter up to the next step; the
 * pattern is tied to the cell position, so it does not move between frames. Immutable.
 */
final class FlatRamp {

  // A cell that drew the upper (lower) glyph last frame keeps it until its fraction passes the
  // threshold by this much the other way: camera noise of a few grey levels moves a flat cell's
  // fraction by less, a real change by more.
  static final float HOLD = 0.15f;

  private static final int STEPS = 1024;
  // Sixteen thresholds along a row in strides of 7 (0, 7, 14, 5, 12, …), each row 11 further on:
  // every 16 cells of a row, and of a column, hold each threshold once, so between two levels a
  // row of one glyph lasts at most 15 cells unless the tone sits within a 32nd of the step of a
  // level. (A 4×4 Bayer matrix puts only four thresholds in a row: a row of one glyph whenever
  // the fraction is below the row's least.)
  private static final int PATTERN = 16;

  private final int[] glyphs;
  private final float[] levels;
  private final float[] thresholds = new float[PATTERN * PATTERN];
  // For a mean tone in STEPS steps over 0..top, the last level at or below it.
  private final byte[] below = new byte[STEPS + 1];
  private final float top;

  /** {@code levels} must rise strictly; glyph 0 is drawn for anything below the first level. */
  FlatRamp(int[] glyphs, float[] levels) {
    if (glyphs.length == 0 || glyphs.length != levels.length || glyphs.length > 127) {
      throw new IllegalArgumentException("a flat ramp needs 1..127 glyphs with a level each");
    }
    for (int i = 1; i < levels.length; i++) {
      if (!(levels[i] > levels[i - 1])) {
        throw new IllegalArgumentException("flat ramp levels must rise");
      }
    }
    this.glyphs = glyphs.clone();
    this.levels = levels.clone();
    this.top = Math.max(1f, levels[levels.length - 1]);
    for (int step = 0, at = 0; step <= STEPS; step++) {
      float tone = step * top / STEPS;
      while (at + 1 < levels.length && levels[at + 1] <= tone) {
        at++;
      }
      below[step] = (byte) at;
    }
    for (int row = 0; row < PATTERN; row++) {
      for (int column = 0; column < PATTERN; column++) {
        int rank = (7 * column + 11 * row) % PATTERN;
        thresholds[row * PATTERN + column] = (rank + 0.5f) / PATTERN;
      }
    }
  }

  int size() {
    return glyphs.length;
  }

  int glyph(int position) {
    return glyphs[position];
  }

  float level(int position) {
    return levels[position];
  }

  /**
   * The glyph for a flat cell of mean tone {@code mean} at (column, row), which drew {@code
   * previous} last frame (or -1).
   */
  int choose(float mean, int column, int row, int previous) {
    int step = (int) (mean * (STEPS / top));
    int lower = below[step < 0 ? 0 : (step > STEPS ? STEPS : step)];
    if (lower + 1 >= glyphs.length || mean <= levels[lower]) {
      return glyphs[lower];
    }
    float fraction = (mean - levels[lower]) / (levels[lower + 1] - levels[lower]);
    float threshold = thresholds[(row % PATTERN) * PATTERN + column % PATTERN];
    if (previous == glyphs[lower + 1]) {
      threshold -= HOLD;
    } else if (previous == glyphs[lower]) {
      threshold += HOLD;
    }
    return fraction > threshold ? glyphs[lower + 1] : glyphs[lower];
  }
}
