package dev.asciicall.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * One ASCII frame as the codec sees it: a grid of glyph indices into a palette, plus optional
 * per-cell colours. The call layer maps the ASCII engine's frame to and from this type, so the
 * codec depends on nothing else in the project.
 *
 * <p>Arrays are row-major, one entry per cell. They are owned by the grid once built and must not
 * be changed afterwards (no defensive copies: this is the per-frame hot path).
 *
 * @param columns 1..{@value #MAX_COLUMNS}
 * @param rows 1..{@value #MAX_ROWS}
 * @param paletteId a short name of the palette, at most {@value #MAX_PALETTE_ID_BYTES} UTF-8 bytes
 * @param glyphs the palette's characters, one code point per glyph, {@value #MIN_GLYPHS}..{@value
 *     #MAX_GLYPHS} of them
 * @param mode the ASCII engine's mode, opaque to the codec, 0..255
 * @param flags the ASCII engine's flags, opaque to the codec, 0..255
 * @param glyphIndices one unsigned index per cell, each below the glyph count
 * @param foreground 0xRRGGBB per cell, or null when the frame has no colour
 * @param background 0xRRGGBB per cell, or null (used by half-block mode)
 */
public record GlyphGrid(
    int columns,
    int rows,
    String paletteId,
    String glyphs,
    int mode,
    int flags,
    byte[] glyphIndices,
    int[] foreground,
    int[] background) {

  public static final int MAX_COLUMNS = 400;
  public static final int MAX_ROWS = 200;
  public static final int MIN_GLYPHS = 2;
  public static final int MAX_GLYPHS = 256;
  public static final int MAX_PALETTE_ID_BYTES = 64;

  public GlyphGrid {
    Objects.requireNonNull(paletteId, "paletteId");
    Objects.requireNonNull(glyphs, "glyphs");
    Objects.requireNonNull(glyphIndices, "glyphIndices");
    String problem = problem(columns, rows, paletteId, glyphs, mode, flags);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    int cells = columns * rows;
    requireLength("glyphIndices", glyphIndices.length, cells);
    if (foreground != null) {
      requireLength("foreground", foreground.length, cells);
    }
    if (background != null) {
      requireLength("background", background.length, cells);
    }
    int glyphCount = glyphs.codePointCount(0, glyphs.length());
    for (int i = 0; i < cells; i++) {
      if ((glyphIndices[i] & 0xFF) >= glyphCount) {
        throw new IllegalArgumentException(
            "cell " + i + " has glyph index " + (glyphIndices[i] & 0xFF) + " of " + glyphCount);
      }
    }
  }

  /** Why these header values are out of bounds, or null when they are fine. */
  static String problem(
      int columns, int rows, String paletteId, String glyphs, int mode, int flags) {
    if (columns < 1 || columns > MAX_COLUMNS || rows < 1 || rows > MAX_ROWS) {
      return "grid must be 1.."
          + MAX_COLUMNS
          + " x 1.."
          + MAX_ROWS
          + ", got "
          + columns
          + "x"
          + rows;
    }
    if (paletteId.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PALETTE_ID_BYTES) {
      return "palette id longer than " + MAX_PALETTE_ID_BYTES + " bytes";
    }
    int glyphCount = glyphs.codePointCount(0, glyphs.length());
    if (glyphCount < MIN_GLYPHS || glyphCount > MAX_GLYPHS) {
      return "palette must have " + MIN_GLYPHS + ".." + MAX_GLYPHS + " glyphs, got " + glyphCount;
    }
    if (mode < 0 || mode > 255 || flags < 0 || flags > 255) {
      return "mode and flags must be 0..255, got " + mode + " and " + flags;
    }
    return null;
  }

  private static void requireLength(String name, int length, int cells) {
    if (length != cells) {
      throw new IllegalArgumentException(
          name + " has " + length + " entries for " + cells + " cells");
    }
  }

  /** The number of glyphs in the palette. */
  public int glyphCount() {
    return glyphs.codePointCount(0, glyphs.length());
  }

  /** The glyph index of the cell at {@code column}, {@code row}, as 0..255. */
  public int glyphIndex(int column, int row) {
    return glyphIndices[row * columns + column] & 0xFF;
  }

  /** True when the palette, size, mode, flags and colour planes match, so a delta can apply. */
  boolean sameLayout(GlyphGrid other) {
    return columns == other.columns
        && rows == other.rows
        && mode == other.mode
        && flags == other.flags
        && paletteId.equals(other.paletteId)
        && glyphs.equals(other.glyphs)
        && (foreground == null) == (other.foreground == null)
        && (background == null) == (other.background == null);
  }

  /** The same grid with its colours as they come out of the codec (see {@link Rgb444}). */
  public GlyphGrid withQuantizedColors() {
    return new GlyphGrid(
        columns,
        rows,
        paletteId,
        glyphs,
        mode,
        flags,
        glyphIndices,
        quantize(foreground),
        quantize(background));
  }

  private static int[] quantize(int[] colors) {
    if (colors == null) {
      return null;
    }
    int[] result = new int[colors.length];
    for (int i = 0; i < colors.length; i++) {
      result[i] = Rgb444.quantize(colors[i]);
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GlyphGrid that
        && sameLayout(that)
        && Arrays.equals(glyphIndices, that.glyphIndices)
        && Arrays.equals(foreground, that.foreground)
        && Arrays.equals(background, that.background);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, rows, paletteId, mode, flags, Arrays.hashCode(glyphIndices));
  }

  @Override
  public String toString() {
    return "GlyphGrid["
        + columns
        + "x"
        + rows
        + ", palette "
        + paletteId
        + ", mode "
        + mode
        + ", flags "
        + flags
        + ", colour "
        + (foreground != null)
        + "/"
        + (background != null)
        + "]";
  }
}
