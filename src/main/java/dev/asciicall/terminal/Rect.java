package dev.asciicall.terminal;

/** A rectangle of cells: {@code x, y} is the top-left cell, width and height never negative. */
public record Rect(int x, int y, int width, int height) {

  public Rect {
    width = Math.max(0, width);
    height = Math.max(0, height);
  }

  public int right() {
    return x + width;
  }

  public int bottom() {
    return y + height;
  }

  public boolean isEmpty() {
    return width == 0 || height == 0;
  }

  public Rect intersect(Rect other) {
    int left = Math.max(x, other.x);
    int top = Math.max(y, other.y);
    return new Rect(
        left,
        top,
        Math.min(right(), other.right()) - left,
        Math.min(bottom(), other.bottom()) - top);
  }

  public boolean overlaps(Rect other) {
    return !intersect(other).isEmpty();
  }

  public boolean contains(Rect other) {
    return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
  }
}
