package dev.asciicall.ui;

/** The glyph sets offered by the palette slider, ordered from sparse to rich. */
public enum GlyphRamp {
  SHORT("Short", " .:o#"),
  CLASSIC("Classic", " .:-=+*#%@"),
  LONG("Long", " .'`^\",:;Il!i><~+_-?][}{1)(|/tfjrxnuvczXYUJCLQ0OZmwqpdbkhao*#MW&8%B@$"),
  SHADES("Shades", " \u2591\u2592\u2593\u2588");

  private final String label;
  private final String glyphs;

  GlyphRamp(String label, String glyphs) {
    this.label = label;
    this.glyphs = glyphs;
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
