package dev.asciicall.ascii;

/** Whether the picture is flipped left-right, as a self view usually is. */
public enum Mirror {
  NONE,
  HORIZONTAL
}
