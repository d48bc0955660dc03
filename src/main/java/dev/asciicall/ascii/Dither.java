package dev.asciicall.ascii;

/** Spreads the rounding error of short palettes so gradients do not band. */
public enum Dither {
  NONE,
  /** A 4×4 Bayer threshold pattern: stable from frame to frame, good for video. */
  ORDERED,
  /** Floyd–Steinberg over the cells: finer, but patterns shimmer between video frames. */
  ERROR_DIFFUSION
}
