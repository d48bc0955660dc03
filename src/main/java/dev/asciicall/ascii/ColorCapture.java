package dev.asciicall.ascii;

/** Whether frames carry each cell's mean colour for renderers that can show it. */
public enum ColorCapture {
  MONOCHROME,
  PER_CELL
}
