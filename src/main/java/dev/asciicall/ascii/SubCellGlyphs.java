package dev.asciicall.ascii;

/** Braille dots, half-block colours and per-cell colour means from sub-cell samples. */
final class SubCellGlyphs {

  // Unicode braille dot bits by (column, row) inside the 2×4 cell: dots 1-2-3-7 left, 4-5-6-8
  // right.
  private static final int[][] BRAILLE_BITS = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
  private static final float[] BAYER_2X4 = {0, 4, 2, 6, 3, 7, 1, 5};

  private SubCellGlyphs() {}

  /** A dot is raised where the tone exceeds one half (or the ordered-dither threshold). */
  static void braille(float[] tones, GridSize grid, Dither dither, byte[] indices) {
    int across = grid.columns() * 2;
    for (int row = 0; row < grid.rows(); row++) {
      for (int column = 0; column < grid.columns(); column++) {
        int bits = 0;
        for (int dy = 0; dy < 4; dy++) {
          for (int dx = 0; dx < 2; dx++) {
            float threshold = dither == Dither.NONE ? 0.5f : (BAYER_2X4[dy * 2 + dx] + 0.5f) / 8f;
            if (tones[(row * 4 + dy) * across + column * 2 + dx] > threshold) {
              bits |= BRAILLE_BITS[dx][dy];
            }
          }
        }
        indices[row * grid.columns() + column] = (byte) bits;
      }
    }
  }

  /**
   * Foreground (top) and background (bottom) colours for half blocks: the halves' mean colours, or
   * their tones as grey when the frame is monochrome.
   */
  static int[][] halfBlockColors(float[] tones, int[] colors, GridSize grid, ColorCapture color) {
    int cells = grid.columns() * grid.rows();
    int[] top = new int[cells];
    int[] bottom = new int[cells];
    for (int row = 0; row < grid.rows(); row++) {
      for (int column = 0; column < grid.columns(); column++) {
        int upper = (row * 2) * grid.columns() + column;
        int lower = upper + grid.columns();
        int cell = row * grid.columns() + column;
        top[cell] = color == ColorCapture.PER_CELL ? colors[upper] : grey(tones[upper]);
        bottom[cell] = color == ColorCapture.PER_CELL ? colors[lower] : grey(tones[lower]);
      }
    }
    return new int[][] {top, bottom};
  }

  /** Averages each cell's sub-samples channel by channel into {@code out}. */
  static int[] meanColors(
      int[] colors, GridSize grid, int sampleAcross, int sampleDown, int[] out) {
    int across = grid.columns() * sampleAcross;
    int samples = sampleAcross * sampleDown;
    for (int row = 0; row < grid.rows(); row++) {
      for (int column = 0; column < grid.columns(); column++) {
        int red = 0;
        int green = 0;
        int blue = 0;
        for (int dy = 0; dy < sampleDown; dy++) {
          for (int dx = 0; dx < sampleAcross; dx++) {
            int color = colors[(row * sampleDown + dy) * across + column * sampleAcross + dx];
            red += color >>> 16 & 0xFF;
            green += color >>> 8 & 0xFF;
            blue += color & 0xFF;
          }
        }
        out[row * grid.columns() + column] =
            (red + samples / 2) / samples << 16
                | (green + samples / 2) / samples << 8
                | (blue + samples / 2) / samples;
      }
    }
    return out;
  }

  private static int grey(float tone) {
    int level = Math.round(Math.max(0, Math.min(1, tone)) * 255);
    return level << 16 | level << 8 | level;
  }
}
