package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.GlyphGrid;

/**
 * Maps the ASCII engine's {@link AsciiFrame} to the codec's {@link GlyphGrid} and back, so neither
 * package knows the other. The grid's mode is the {@link RenderMode} ordinal; its flags say which
 * colour planes the frame has and whether the palette was padded (the codec needs at least two
 * glyphs, and the half-block palette has one). Stateless; any thread.
 */
public final class GridMapping {

  /** The frame has a foreground colour per cell. */
  static final int FLAG_COLOR = 1;

  /** The frame has a background colour per cell (half blocks). */
  static final int FLAG_BACKGROUND = 2;

  /** The last glyph of the grid's palette is padding, not part of the frame's palette. */
  static final int FLAG_PADDED_PALETTE = 4;

  private static final char PADDING = ' ';

  private GridMapping() {}

  /**
   * The grid for the encoder. It shares the frame's arrays instead of copying them: the encoder
   * only reads them (into its own planes), and neither side writes them again.
   */
  public static GlyphGrid toGrid(AsciiFrame frame) {
    Palette palette = frame.palette();
    String glyphs = palette.glyphs();
    int flags = (frame.hasColor() ? FLAG_COLOR : 0) | (frame.hasBackground() ? FLAG_BACKGROUND : 0);
    if (glyphs.length() < GlyphGrid.MIN_GLYPHS) {
      char padding = glyphs.charAt(0) == PADDING ? '.' : PADDING;
      glyphs = glyphs + padding;
      flags |= FLAG_PADDED_PALETTE;
    }
    return new GlyphGrid(
        frame.columns(),
        frame.rows(),
        palette.id(),
        glyphs,
        frame.mode().ordinal(),
        flags,
        frame.sharedGlyphIndices(),
        frame.sharedForeground(),
        frame.sharedBackground());
  }

  /**
   * The frame a decoded grid describes. It takes over the grid's arrays without a copy: a decoder
   * hands out a fresh grid per frame, and grids are never changed once built.
   *
   * @throws CodecException when the grid is well-formed for the codec but not a frame the engine
   *     could have made (unknown mode, flags that disagree with the planes, a padded glyph in use)
   */
  public static AsciiFrame toFrame(GlyphGrid grid) throws CodecException {
    RenderMode[] modes = RenderMode.values();
    if (grid.mode() >= modes.length) {
      throw new CodecException("unknown render mode " + grid.mode());
    }
    int flags = grid.flags();
    if (flags > (FLAG_COLOR | FLAG_BACKGROUND | FLAG_PADDED_PALETTE)
        || ((flags & FLAG_COLOR) != 0) != (grid.foreground() != null)
        || ((flags & FLAG_BACKGROUND) != 0) != (grid.background() != null)) {
      throw new CodecException("flags " + flags + " do not match the colour planes");
    }
    String glyphs = grid.glyphs();
    if ((flags & FLAG_PADDED_PALETTE) != 0) {
      glyphs = glyphs.substring(0, glyphs.length() - 1);
    }
    try {
      Palette palette = new Palette(grid.paletteId(), glyphs);
      return AsciiFrame.adopt(
          grid.columns(),
          grid.rows(),
          palette,
          modes[grid.mode()],
          grid.glyphIndices(),
          grid.foreground(),
          grid.background());
    } catch (IllegalArgumentException e) {
      throw new CodecException("not an ASCII frame: " + e.getMessage(), e);
    }
  }
}
