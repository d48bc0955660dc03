package dev.asciicall.ascii;

import java.util.Arrays;

/**
 * One picture as characters: {@code columns × rows} glyph indices into a {@link Palette}, and
 * optionally a colour per cell. Immutable and safe to hand between threads.
 *
 * <p>For {@link RenderMode#BRAILLE} the palette is the 256 braille patterns (index = dot bits); for
 * {@link RenderMode#HALF_BLOCK} every cell is {@code ▀} with foreground = top half and background =
 * bottom half.
 */
public final class AsciiFrame {

  private final int columns;
  private final int rows;
  private final Palette palette;
  private final RenderMode mode;
  private final byte[] glyphIndices;
  private final int[] foreground;
  private final int[] background;

  private AsciiFrame(
      int columns,
      int rows,
      Palette palette,
      RenderMode mode,
      byte[] glyphIndices,
      int[] foreground,
      int[] background) {
    this.columns = columns;
    this.rows = rows;
    this.palette = palette;
    this.mode = mode;
    this.glyphIndices = glyphIndices;
    this.foreground = foreground;
    this.background = background;
  }

  /**
   * A frame from its parts, copied. Colours are 0xRRGGBB; either array may be null.
   *
   * @throws IllegalArgumentException on sizes that do not agree or indices outside the palette
   */
  public static AsciiFrame of(
      int columns,
      int rows,
      Palette palette,
      RenderMode mode,
      byte[] glyphIndices,
      int[] foregroundOrNull,
      int[] backgroundOrNull) {
    return adopt(
        columns,
        rows,
        palette,
        mode,
        glyphIndices == null ? null : glyphIndices.clone(),
        foregroundOrNull == null ? null : foregroundOrNull.clone(),
        backgroundOrNull == null ? null : backgroundOrNull.clone());
  }

  /**
   * A frame that takes over arrays no one will write again, such as a decoder's fresh output:
   * checked like {@link #of}, but not copied, so a received frame reaches the screen without a copy
   * of its cells.
   *
   * @throws IllegalArgumentException on sizes that do not agree or indices outside the palette
   */
  public static AsciiFrame adopt(
      int columns,
      int rows,
      Palette palette,
      RenderMode mode,
      byte[] glyphIndices,
      int[] foregroundOrNull,
      int[] backgroundOrNull) {
    new GridSize(columns, rows);
    if (palette == null || mode == null || glyphIndices == null) {
      throw new IllegalArgumentException("palette, mode and glyph indices are required");
    }
    int cells = Math.multiplyExact(columns, rows);
    if (glyphIndices.length != cells
        || (foregroundOrNull != null && foregroundOrNull.length != cells)
        || (backgroundOrNull != null && backgroundOrNull.length != cells)) {
      throw new IllegalArgumentException("arrays must hold " + cells + " cells");
    }
    for (byte index : glyphIndices) {
      if ((index & 0xFF) >= palette.size()) {
        throw new IllegalArgumentException(
            "glyph index " + (index & 0xFF) + " outside a palette of " + palette.size());
      }
    }
    return new AsciiFrame(
        columns, rows, palette, mode, glyphIndices, foregroundOrNull, backgroundOrNull);
  }

  /** Takes ownership of arrays the converter filled fresh for this frame; no copy. */
  static AsciiFrame wrap(
      GridSize grid,
      Palette palette,
      RenderMode mode,
      byte[] glyphIndices,
      int[] foreground,
      int[] background) {
    return new AsciiFrame(
        grid.columns(), grid.rows(), palette, mode, glyphIndices, foreground, background);
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public Palette palette() {
    return palette;
  }

  public RenderMode mode() {
    return mode;
  }

  public int glyphIndex(int column, int row) {
    return glyphIndices[cell(column, row)] & 0xFF;
  }

  public char glyph(int column, int row) {
    return palette.glyph(glyphIndex(column, row));
  }

  /** A copy of all glyph indices, row-major. */
  public byte[] glyphIndices() {
    return glyphIndices.clone();
  }

  /**
   * The frame's own glyph indices, row-major, not a copy: for an encoder that only reads them on
   * the per-frame hot path. Never write to the array.
   */
  public byte[] sharedGlyphIndices() {
    return glyphIndices;
  }

  /** The frame's own 0xRRGGBB foregrounds, or null without colour; read-only, as above. */
  public int[] sharedForeground() {
    return foreground;
  }

  /** The frame's own 0xRRGGBB backgrounds, or null without them; read-only, as above. */
  public int[] sharedBackground() {
    return background;
  }

  public String rowText(int row) {
    char[] text = new char[columns];
    for (int column = 0; column < columns; column++) {
      text[column] = glyph(column, row);
    }
    return new String(text);
  }

  /** Rows joined with {@code '\n'}, no trailing newline. */
  public String toText() {
    StringBuilder text = new StringBuilder((columns + 1) * rows);
    for (int row = 0; row < rows; row++) {
      if (row > 0) {
        text.append('\n');
      }
      text.append(rowText(row));
    }
    return text.toString();
  }

  /** Whether the cells carry a foreground colour (and, for half blocks, a background). */
  public boolean hasColor() {
    return foreground != null;
  }

  public boolean hasBackground() {
    return background != null;
  }

  /** 0xRRGGBB; light grey when the frame has no colour. */
  public int foreground(int column, int row) {
    return foreground == null ? 0xE0E0E0 : foreground[cell(column, row)];
  }

  /** 0xRRGGBB; black when the frame has no background colours. */
  public int background(int column, int row) {
    return background == null ? 0x000000 : background[cell(column, row)];
  }

  private int cell(int column, int row) {
    if (column < 0 || column >= columns || row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException(
          "cell " + column + "," + row + " outside " + columns + "x" + rows);
    }
    return row * columns + column;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AsciiFrame that
        && columns == that.columns
        && rows == that.rows
        && mode == that.mode
        && palette.equals(that.palette)
        && Arrays.equals(glyphIndices, that.glyphIndices)
        && Arrays.equals(foreground, that.foreground)
        && Arrays.equals(background, that.background);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(glyphIndices) * 31 + columns;
  }

  @Override
  public String toString() {
    return "AsciiFrame[" + columns + "x" + rows + ", " + mode + ", " + palette.id() + "]";
  }
}
