package dev.asciicall.ascii;

/** The number of character cells across and down. */
public record GridSize(int columns, int rows) {

  public GridSize {
    if (columns <= 0 || rows <= 0) {
      throw new IllegalArgumentException("grid must be at least 1x1: " + columns + "x" + rows);
    }
  }
}
