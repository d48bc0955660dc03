package dev.asciicall.ui.preview;

import dev.asciicall.ascii.RenderMode;

/**
 * The glyph styles offered by the palette slider, ordered from sparse to rich: plain density ramps,
 * the shape-aware mode (outlines drawn with {@code / \\ | _ -}), the likeness mode (each cell the
 * glyph that looks most like it from a step back; the default), shades, braille dots and half
 * blocks (two colour pixels per cell, always in colour). The {@link #glyphs()} show a sample of
 * each style; the engine orders its palettes by measured ink.
 */
public enum GlyphRamp {
  SHORT("Short", "short", " .:o#"),
  CLASSIC("Classic", "classic", " .:-=+*#%@"),
  LONG("Long", "long", " .'`^\",:;Il!i><~+_-?][}{1)(|/tfjrxnuvczXYUJCLQ0OZmwqpdbkhao*#MW&8%B@$"),
  SHAPES(
      "Shapes", "long", " .'`^\",:;Il!i><~+_-?][}{1)(|/tfjrxnuvczXYUJCLQ0OZmwqpdbkhao*#MW&8%B@$"),
  LIKENESS(
      "Likeness", "long", " .'`^\",:;Il!i><~+_-?][}{1)(|/tfjrxnuvczXYUJCLQ0OZmwqpdbkhao*#MW&8%B@$"),
  SHADES("Shades", "shades", " \u2591\u2592\u2593\u2588"),
  BRAILLE("Braille", "braille", " \u2801\u2803\u2807\u280f\u281f\u283f\u287f\u28ff"),
  HALF_BLOCKS("Half blocks", "half-block", "\u2580");

  private final String label;
  private final String glyphs;

  private final String paletteId;

  GlyphRamp(String label, String paletteId, String glyphs) {
    this.label = label;
    this.paletteId = paletteId;
    this.glyphs = glyphs;
  }

  /** The engine palette this choice uses ({@code dev.asciicall.ascii.Palette#byName}). */
  public String paletteId() {
    return paletteId;
  }

  /** How the engine draws with this choice: by shape, as braille dots, or by density. */
  public RenderMode mode() {
    return switch (this) {
      case SHAPES -> RenderMode.SHAPE;
      case LIKENESS -> RenderMode.LIKENESS;
      case BRAILLE -> RenderMode.BRAILLE;
      case HALF_BLOCKS -> RenderMode.HALF_BLOCK;
      default -> RenderMode.DENSITY;
    };
  }

  /** Glyphs from no ink to full ink. */
  public String glyphs() {
    return glyphs;
  }

  @Override
  public String toString() {
    return label;
  }
}
