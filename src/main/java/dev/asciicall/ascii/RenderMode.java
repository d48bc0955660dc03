package dev.asciicall.ascii;

/** How cells become glyphs. */
public enum RenderMode {
  /** Each cell's mean brightness picks the glyph whose ink coverage matches it. */
  DENSITY,
  /**
   * Each cell's 3×3 sub-cell brightness pattern is matched against the glyphs' measured shapes, so
   * edges come out as {@code / \ | _ -} rather than a blur of density; flat cells as in DENSITY.
   */
  SHAPE,
  /** 2×4 dots per cell from the Unicode braille block; the palette is the 256 dot patterns. */
  BRAILLE,
  /** Each cell is {@code ▀}: foreground = top half, background = bottom half. */
  HALF_BLOCK,
  /**
   * Each cell's 2×4 samples are matched against what every glyph looks like from a normal viewing
   * distance (its measured ink, blurred), so outlines, faces and soft shading all come out; flat
   * areas are dithered across glyph steps and a still picture holds still.
   */
  LIKENESS
}
