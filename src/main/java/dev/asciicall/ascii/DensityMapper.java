package dev.asciicall.ascii;

/**
 * Picks, for a tone 0..1, the glyph whose relative ink is closest, optionally dithering between the
 * two glyphs that bracket the tone. Immutable per palette; dithering state lives in the caller's
 * arrays.
 */
final class DensityMapper {

  private static final int STEPS = 1024;
  private static final float[] BAYER_4X4 = {
    0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5,
  };

  private final float[] ink;
  private final byte[] nearest = new byte[STEPS + 1];

  DensityMapper(Palette palette) {
    this.ink = palette.relativeInk();
    for (int step = 0; step <= STEPS; step++) {
      nearest[step] = (byte) nearestIndex((float) step / STEPS);
    }
  }

  int nearest(float tone) {
    return nearest[(int) (clamp(tone) * STEPS + 0.5f)] & 0xFF;
  }

  /** Fills {@code indices} from {@code tones} (both row-major) with the chosen dither. */
  void map(float[] tones, int columns, int rows, Dither dither, byte[] indices) {
    int count = columns * rows;
    switch (dither) {
      case NONE -> {
        for (int i = 0; i < count; i++) {
          indices[i] = (byte) nearest(tones[i]);
        }
      }
      case ORDERED -> {
        for (int row = 0; row < rows; row++) {
          for (int column = 0; column < columns; column++) {
            int cell = row * columns + column;
            float threshold = (BAYER_4X4[(row & 3) * 4 + (column & 3)] + 0.5f) / 16f;
            indices[cell] = (byte) ordered(tones[cell], threshold);
          }
        }
      }
      case ERROR_DIFFUSION -> diffuse(tones.clone(), columns, rows, indices);
    }
  }

  private int ordered(float tone, float threshold) {
    float t = clamp(tone);
    int below = 0;
    while (below + 1 < ink.length && ink[below + 1] <= t) {
      below++;
    }
    if (below + 1 >= ink.length) {
      return below;
    }
    float fraction = (t - ink[below]) / (ink[below + 1] - ink[below]);
    return fraction > threshold ? below + 1 : below;
  }

  // Floyd–Steinberg on the tone grid: error = wanted tone - ink of the glyph chosen.
  private void diffuse(float[] work, int columns, int rows, byte[] indices) {
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        int cell = row * columns + column;
        int index = nearest(work[cell]);
        indices[cell] = (byte) index;
        float error = work[cell] - ink[index];
        if (column + 1 < columns) {
          work[cell + 1] += error * 7 / 16;
        }
        if (row + 1 < rows) {
          if (column > 0) {
            work[cell + columns - 1] += error * 3 / 16;
          }
          work[cell + columns] += error * 5 / 16;
          if (column + 1 < columns) {
            work[cell + columns + 1] += error / 16;
          }
        }
      }
    }
  }

  private int nearestIndex(float tone) {
    int best = 0;
    for (int i = 1; i < ink.length; i++) {
      if (Math.abs(ink[i] - tone) < Math.abs(ink[best] - tone)) {
        best = i;
      }
    }
    return best;
  }

  private static float clamp(float value) {
    return value < 0 ? 0 : (value > 1 ? 1 : value);
  }
}
