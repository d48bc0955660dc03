package dev.asciicall.codec;

import java.util.Random;

/** Synthetic grids for tests: a moving gradient with noise, like a talking head in miniature. */
final class Grids {

  static final String RAMP = " .:-=+*#%@";
  static final String BRAILLE = braille();

  private Grids() {}

  static GlyphGrid moving(int columns, int rows, int frame, boolean colour) {
    int cells = columns * rows;
    byte[] indices = new byte[cells];
    int[] foreground = colour ? new int[cells] : null;
    Random random = new Random(frame);
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        int i = row * columns + column;
        boolean moving = Math.abs(column - columns / 2 - frame % 7) < columns / 6;
        int value = (column + row + (moving ? frame : 0)) % RAMP.length();
        indices[i] = (byte) value;
        if (colour) {
          foreground[i] = (value * 25) << 16 | (row * 7 & 0xFF) << 8 | random.nextInt(4);
        }
      }
    }
    return new GlyphGrid(columns, rows, "density", RAMP, 0, 0, indices, foreground, null);
  }

  static GlyphGrid random(Random random, int columns, int rows, String glyphs, int planes) {
    int cells = columns * rows;
    int count = glyphs.codePointCount(0, glyphs.length());
    byte[] indices = new byte[cells];
    for (int i = 0; i < cells; i++) {
      indices[i] = (byte) random.nextInt(count);
    }
    return new GlyphGrid(
        columns,
        rows,
        "custom",
        glyphs,
        3,
        1,
        indices,
        (planes & 1) != 0 ? colors(random, cells) : null,
        (planes & 2) != 0 ? colors(random, cells) : null);
  }

  private static int[] colors(Random random, int cells) {
    int[] colors = new int[cells];
    for (int i = 0; i < cells; i++) {
      colors[i] = random.nextInt(1 << 24);
    }
    return colors;
  }

  private static String braille() {
    StringBuilder builder = new StringBuilder();
    for (int c = 0x2800; c <= 0x28FF; c++) {
      builder.append((char) c);
    }
    return builder.toString();
  }
}
