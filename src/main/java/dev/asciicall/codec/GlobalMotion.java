package dev.asciicall.codec;

/**
 * Global motion compensation for deltas: when the camera pans or the person leans, most cells move
 * by the same few columns and rows. The encoder finds the shift of the previous frame that best
 * predicts the current one and sends the delta against that shifted frame; the decoder applies the
 * same shift before the delta. Cells shifted in from outside repeat the nearest edge cell.
 */
final class GlobalMotion {

  static final int MAX_COLUMN_SHIFT = 4;
  static final int MAX_ROW_SHIFT = 2;

  private GlobalMotion() {}

  /**
   * The shift, packed as {@code (dx + MAX_COLUMN_SHIFT) * 8 + (dy + MAX_ROW_SHIFT)}, that leaves
   * the fewest changed glyphs, judged on every other row to keep the search cheap.
   */
  static int bestShift(int[] current, int[] previous, int columns, int rows) {
    int best = encode(0, 0);
    int bestMismatches = mismatches(current, previous, columns, rows, 0, 0, Integer.MAX_VALUE);
    for (int dy = -MAX_ROW_SHIFT; dy <= MAX_ROW_SHIFT; dy++) {
      for (int dx = -MAX_COLUMN_SHIFT; dx <= MAX_COLUMN_SHIFT; dx++) {
        if (dx == 0 && dy == 0) {
          continue;
        }
        int count = mismatches(current, previous, columns, rows, dx, dy, bestMismatches);
        if (count < bestMismatches) {
          bestMismatches = count;
          best = encode(dx, dy);
        }
      }
    }
    return best;
  }

  static int encode(int dx, int dy) {
    return (dx + MAX_COLUMN_SHIFT) * 8 + (dy + MAX_ROW_SHIFT);
  }

  static int dx(int shift) {
    return shift / 8 - MAX_COLUMN_SHIFT;
  }

  static int dy(int shift) {
    return shift % 8 - MAX_ROW_SHIFT;
  }

  static boolean valid(int shift) {
    return shift >= 0 && dx(shift) <= MAX_COLUMN_SHIFT && dy(shift) <= MAX_ROW_SHIFT;
  }

  /** Writes {@code source} moved by the shift into {@code target}. */
  static void apply(int[] source, int[] target, int columns, int rows, int shift) {
    int dx = dx(shift);
    int dy = dy(shift);
    for (int row = 0; row < rows; row++) {
      int sourceRow = Math.min(rows - 1, Math.max(0, row - dy)) * columns;
      int targetRow = row * columns;
      for (int column = 0; column < columns; column++) {
        target[targetRow + column] =
            source[sourceRow + Math.min(columns - 1, Math.max(0, column - dx))];
      }
    }
  }

  private static int mismatches(
      int[] current, int[] previous, int columns, int rows, int dx, int dy, int giveUpAt) {
    int count = 0;
    for (int row = 0; row < rows; row += 2) {
      int sourceRow = Math.min(rows - 1, Math.max(0, row - dy)) * columns;
      int targetRow = row * columns;
      for (int column = 0; column < columns; column++) {
        if (current[targetRow + column]
            != previous[sourceRow + Math.min(columns - 1, Math.max(0, column - dx))]) {
          count++;
        }
      }
      if (count >= giveUpAt) {
        return count;
      }
    }
    return count;
  }
}
