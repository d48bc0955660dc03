package dev.asciicall.ascii;

/** How the brightness range of the picture is mapped onto the palette. */
public enum Levels {
  /**
   * Stretch the picture's own range (2nd to 98th percentile) onto the whole palette, smoothed over
   * frames so it does not flicker: webcams indoors often deliver only a narrow band of grey.
   */
  AUTO,
  /** Map 0..255 as it is. */
  FIXED
}
