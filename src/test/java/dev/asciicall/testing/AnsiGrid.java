package dev.asciicall.testing;

import dev.asciicall.terminal.CellStyle;
import dev.asciicall.terminal.TermColor;
import java.util.Arrays;

/** The cells of one of {@link AnsiTerminal}'s screens (main or alternate), row-major. */
final class AnsiGrid {
  final int columns;
  final int rows;
  final char[] glyphs;
  final int[] foreground;
  final int[] background;
  final byte[] styles;

  AnsiGrid(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
    int cells = columns * rows;
    glyphs = new char[cells];
    foreground = new int[cells];
    background = new int[cells];
    styles = new byte[cells];
    Arrays.fill(glyphs, ' ');
    Arrays.fill(foreground, TermColor.DEFAULT);
    Arrays.fill(background, TermColor.DEFAULT);
  }

  void set(int x, int y, char glyph, int fg, int bg, byte style) {
    int cell = y * columns + x;
    glyphs[cell] = glyph;
    foreground[cell] = fg;
    background[cell] = bg;
    styles[cell] = style;
  }

  void erase(int fromColumn, int toColumn, int y, int bg) {
    for (int x = Math.max(0, fromColumn); x < Math.min(columns, toColumn); x++) {
      set(x, y, ' ', TermColor.DEFAULT, bg, CellStyle.PLAIN);
    }
  }

  void scrollUp() {
    int cells = columns * (rows - 1);
    System.arraycopy(glyphs, columns, glyphs, 0, cells);
    System.arraycopy(foreground, columns, foreground, 0, cells);
    System.arraycopy(background, columns, background, 0, cells);
    System.arraycopy(styles, columns, styles, 0, cells);
    erase(0, columns, rows - 1, TermColor.DEFAULT);
  }
}
