package dev.asciicall.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the tiles go: the grid of columns × rows that gives each picture the most cells for its
 * aspect within the area, tiles one column apart, the grid centred and a short last row centred
 * too. Each tile is a title row above its picture. Recomputed on every refresh, so the grid
 * re-flows as soon as the terminal is resized or someone joins or leaves.
 */
public final class TileLayout {

  /** Columns of space between tiles side by side. */
  static final int GAP = 1;

  /** Below this a picture says nothing: better to ask for a larger terminal. */
  static final int MIN_PICTURE_COLUMNS = 6;

  static final int MIN_PICTURE_ROWS = 2;

  private TileLayout() {}

  /**
   * @param contentAspect the pictures' columns per row (a 4:3 picture in cells about 1.93 times as
   *     tall as wide is about 2.58)
   * @return one rectangle per tile, in order, title row included; empty when the area is too small
   *     for a picture of {@link #MIN_PICTURE_COLUMNS} × {@link #MIN_PICTURE_ROWS} per tile
   */
  public static List<Rect> grid(int tiles, Rect area, double contentAspect) {
    if (tiles <= 0 || area.isEmpty()) {
      return List.of();
    }
    int bestColumns = 0;
    int bestWidth = 0;
    int bestHeight = 0;
    long bestArea = 0;
    for (int columns = 1; columns <= tiles; columns++) {
      int rows = (tiles + columns - 1) / columns;
      int boxWidth = (area.width() - (columns - 1) * GAP) / columns;
      int boxHeight = area.height() / rows - 1;
      if (boxWidth < MIN_PICTURE_COLUMNS || boxHeight < MIN_PICTURE_ROWS) {
        continue;
      }
      int width = Math.min(boxWidth, Math.max(1, (int) Math.floor(boxHeight * contentAspect)));
      int height = Math.min(boxHeight, Math.max(1, (int) Math.round(width / contentAspect)));
      long cells = (long) width * height;
      if (width < MIN_PICTURE_COLUMNS || height < MIN_PICTURE_ROWS) {
        continue;
      }
      if (cells > bestArea) {
        bestArea = cells;
        bestColumns = columns;
        bestWidth = width;
        bestHeight = height;
      }
    }
    if (bestColumns == 0) {
      return List.of();
    }
    int rows = (tiles + bestColumns - 1) / bestColumns;
    int tileHeight = bestHeight + 1;
    int top = area.y() + (area.height() - rows * tileHeight) / 2;
    List<Rect> rects = new ArrayList<>(tiles);
    for (int row = 0; row < rows; row++) {
      int inRow = Math.min(bestColumns, tiles - row * bestColumns);
      int rowWidth = inRow * bestWidth + (inRow - 1) * GAP;
      int left = area.x() + (area.width() - rowWidth) / 2;
      for (int column = 0; column < inRow; column++) {
        rects.add(
            new Rect(
                left + column * (bestWidth + GAP), top + row * tileHeight, bestWidth, tileHeight));
      }
    }
    return rects;
  }
}
