package dev.asciicall.terminal;

import java.util.Arrays;

/**
 * A terminal's worth of cells: a glyph, a foreground and background {@link TermColor} and a {@link
 * CellStyle} each, row-major. Every glyph is one column wide and printable (see {@link CellWidth}),
 * so drawing a screen can never move the cursor or inject a control sequence.
 *
 * <p>Mutable and not thread-safe: one thread draws into it (the render thread), and {@link
 * ScreenWriter} keeps its own copy of what the terminal shows.
 */
public final class Screen {

  private int columns;
  private int rows;
  private char[] glyphs;
  private int[] foreground;
  private int[] background;
  private byte[] styles;

  public Screen(int columns, int rows) {
    resize(columns, rows);
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public Rect bounds() {
    return new Rect(0, 0, columns, rows);
  }

  /** Changes the size, blanking every cell; keeps the arrays when they are large enough. */
  public void resize(int newColumns, int newRows) {
    if (newColumns < 1 || newRows < 1) {
      throw new IllegalArgumentException(
          "a screen needs at least one cell: " + newColumns + "x" + newRows);
    }
    int cells = Math.multiplyExact(newColumns, newRows);
    columns = newColumns;
    rows = newRows;
    if (glyphs == null || glyphs.length < cells) {
      glyphs = new char[cells];
      foreground = new int[cells];
      background = new int[cells];
      styles = new byte[cells];
    }
    clear();
  }

  /** Every cell a blank in the default colours. */
  public void clear() {
    int cells = columns * rows;
    Arrays.fill(glyphs, 0, cells, ' ');
    Arrays.fill(foreground, 0, cells, TermColor.DEFAULT);
    Arrays.fill(background, 0, cells, TermColor.DEFAULT);
    Arrays.fill(styles, 0, cells, CellStyle.PLAIN);
  }

  /** Sets one cell; cells outside the screen are ignored, so callers may clip by drawing. */
  public void set(int column, int row, char glyph, int fg, int bg, byte style) {
    if (column < 0 || column >= columns || row < 0 || row >= rows) {
      return;
    }
    int cell = row * columns + column;
    glyphs[cell] = CellWidth.sanitize(glyph);
    foreground[cell] = fg;
    background[cell] = bg;
    styles[cell] = (byte) (style & CellStyle.ALL);
  }

  /**
   * Writes {@code text} from {@code column} on, cut at {@code maxWidth} cells and at the right
   * edge; returns the column after the last cell written.
   */
  public int text(int column, int row, String text, int maxWidth, int fg, int bg, byte style) {
    int end = Math.min(columns, column + Math.max(0, maxWidth));
    int x = column;
    for (int i = 0; i < text.length() && x < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
        i++; // one replacement for the whole pair, which a terminal draws as one (wide) glyph
      }
      set(x++, row, c, fg, bg, style);
    }
    return x;
  }

  /** Fills a rectangle (clipped to the screen) with one glyph and colours. */
  public void fill(Rect area, char glyph, int fg, int bg, byte style) {
    Rect clipped = area.intersect(bounds());
    for (int row = clipped.y(); row < clipped.bottom(); row++) {
      for (int column = clipped.x(); column < clipped.right(); column++) {
        set(column, row, glyph, fg, bg, style);
      }
    }
  }

  public char glyph(int column, int row) {
    return glyphs[index(column, row)];
  }

  public int foreground(int column, int row) {
    return foreground[index(column, row)];
  }

  public int background(int column, int row) {
    return background[index(column, row)];
  }

  public byte style(int column, int row) {
    return styles[index(column, row)];
  }

  /** The glyphs of one row as text. */
  public String rowText(int row) {
    return new String(glyphs, index(0, row), columns);
  }

  /** Makes this screen a copy of {@code source}, size included. */
  public void copyFrom(Screen source) {
    if (columns != source.columns || rows != source.rows) {
      resize(source.columns, source.rows);
    }
    int cells = columns * rows;
    System.arraycopy(source.glyphs, 0, glyphs, 0, cells);
    System.arraycopy(source.foreground, 0, foreground, 0, cells);
    System.arraycopy(source.background, 0, background, 0, cells);
    System.arraycopy(source.styles, 0, styles, 0, cells);
  }

  /** Makes this screen a copy of {@code source} with every colour brought down to {@code level}. */
  public void copyFrom(Screen source, ColorLevel level) {
    copyFrom(source);
    if (level == ColorLevel.TRUECOLOR) {
      return;
    }
    int cells = columns * rows;
    // Neighbouring cells mostly share colours, so remember the last conversion of each plane.
    int lastIn = TermColor.DEFAULT;
    int lastOut = TermColor.DEFAULT;
    for (int[] plane : new int[][] {foreground, background}) {
      for (int cell = 0; cell < cells; cell++) {
        int color = plane[cell];
        if (color != lastIn) {
          lastIn = color;
          lastOut = level.convert(color);
        }
        plane[cell] = lastOut;
      }
    }
  }

  // Package-private raw access for ScreenDiff, the hot path.

  char glyphAt(int cell) {
    return glyphs[cell];
  }

  int foregroundAt(int cell) {
    return foreground[cell];
  }

  int backgroundAt(int cell) {
    return background[cell];
  }

  byte styleAt(int cell) {
    return styles[cell];
  }

  private int index(int column, int row) {
    if (column < 0 || column >= columns || row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException(
          "cell " + column + "," + row + " outside " + columns + "x" + rows);
    }
    return row * columns + column;
  }

  /** Same size and same cells. */
  public boolean sameCells(Screen other) {
    if (columns != other.columns || rows != other.rows) {
      return false;
    }
    int cells = columns * rows;
    return Arrays.equals(glyphs, 0, cells, other.glyphs, 0, cells)
        && Arrays.equals(foreground, 0, cells, other.foreground, 0, cells)
        && Arrays.equals(background, 0, cells, other.background, 0, cells)
        && Arrays.equals(styles, 0, cells, other.styles, 0, cells);
  }

  @Override
  public String toString() {
    return "Screen[" + columns + "x" + rows + "]";
  }
}
