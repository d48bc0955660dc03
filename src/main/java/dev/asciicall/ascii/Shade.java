package dev.asciicall.ascii;

/** Which way brightness maps to ink. */
public enum Shade {
  /** Light glyphs on a dark background: bright pixels get the glyphs with the most ink. */
  LIGHT_ON_DARK,
  /** Dark glyphs on a light background (paper, light terminals): dark pixels get the most ink. */
  DARK_ON_LIGHT
}
