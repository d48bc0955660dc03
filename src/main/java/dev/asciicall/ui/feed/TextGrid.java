package dev.asciicall.ui.feed;

import java.util.Objects;

/**
 * What a tile draws: a grid of glyphs, optionally with one colour per cell. The UI's own view of an
 * ASCII frame, so the renderers do not care whether it came from the local engine or a remote
 * participant.
 *
 * <p>Immutable once built: the arrays belong to the grid and are never written after construction.
 *
 * @param glyphs row by row, {@code columns * rows} characters
 * @param colors one 0xRRGGBB foreground per cell, or {@code null} for a single-colour grid
 * @param backgrounds one 0xRRGGBB background per cell (half blocks: the lower half), or {@code
 *     null} to draw on the tile's background; only with {@code colors}
 */
public record TextGrid(int columns, int rows, char[] glyphs, int[] colors, int[] backgrounds) {

  /** The upper half block: with backgrounds, two pixels per cell stacked (half-block mode). */
  public static final char UPPER_HALF_BLOCK = '\u2580';

  /** A grid drawn on the tile's background. */
  public TextGrid(int columns, int rows, char[] glyphs, int[] colors) {
    this(columns, rows, glyphs, colors, null);
  }

  public TextGrid {
    if (columns <= 0 || rows <= 0) {
      throw new IllegalArgumentException("grid size must be positive: " + columns + "x" + rows);
    }
    Objects.requireNonNull(glyphs, "glyphs");
    if (glyphs.length != columns * rows) {
      throw new IllegalArgumentException("grid needs " + columns * rows + " glyphs");
    }
    if (colors != null && colors.length != glyphs.length) {
      throw new IllegalArgumentException("grid needs one colour per glyph");
    }
    if (backgrounds != null && (colors == null || backgrounds.length != glyphs.length)) {
      throw new IllegalArgumentException("grid needs colours and one background per glyph");
    }
  }

  /** A single-colour grid from text lines of equal length. */
  public static TextGrid ofLines(String... lines) {
    int columns = lines[0].length();
    char[] glyphs = new char[columns * lines.length];
    for (int row = 0; row < lines.length; row++) {
      if (lines[row].length() != columns) {
        throw new IllegalArgumentException("all lines must have " + columns + " characters");
      }
      lines[row].getChars(0, columns, glyphs, row * columns);
    }
    return new TextGrid(columns, lines.length, glyphs, null);
  }

  public char glyph(int column, int row) {
    return glyphs[row * columns + column];
  }

  public boolean hasColor() {
    return colors != null;
  }

  /** The cell's 0xRRGGBB colour; only meaningful when {@link #hasColor()}. */
  public int color(int column, int row) {
    return colors[row * columns + column];
  }

  public boolean hasBackgrounds() {
    return backgrounds != null;
  }

  /** The cell's 0xRRGGBB background; only meaningful when {@link #hasBackgrounds()}. */
  public int background(int column, int row) {
    return backgrounds[row * columns + column];
  }

  public String rowText(int row) {
    return new String(glyphs, row * columns, columns);
  }

  /** The whole grid as text, rows separated by newlines (for copy and save as text). */
  public String toText() {
    StringBuilder text = new StringBuilder(rows * (columns + 1));
    for (int row = 0; row < rows; row++) {
      text.append(glyphs, row * columns, columns).append('\n');
    }
    return text.toString();
  }
}
