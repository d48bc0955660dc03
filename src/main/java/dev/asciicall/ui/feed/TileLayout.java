package dev.asciicall.ui.feed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where each tile goes in the tile area: the decisions of {@link FeedGrid}, in plain Java so they
 * are tested without a toolkit.
 *
 * <ul>
 *   <li>Gallery: every tile the same size, in the number of columns that makes them largest for the
 *       area (re-chosen whenever the area changes, e.g. when the chat opens); a last row that is
 *       not full is centred.
 *   <li>Speaker: one tile large (the pinned one, else the person who spoke last, else the first
 *       other person) above a strip of the others.
 *   <li>Pinned: the pinned tile fills the area and my own tile floats over its corner as a small
 *       picture-in-picture, so I still see what I send.
 * </ul>
 */
public final class TileLayout {

  /** Width over height that tiles are laid out for (a 4:3 camera picture in 1:2 cells). */
  static final double TILE_ASPECT = 4.0 / 3.0;

  static final double GAP = 4;

  /** The picture-in-picture's share of the area's width, and its bounds in pixels. */
  static final double PIP_SHARE = 0.22;

  static final double PIP_MIN_WIDTH = 120;
  static final double PIP_MAX_WIDTH = 320;
  static final double PIP_MARGIN = 12;

  /** The speaker view's strip: share of the height, and its bounds in pixels. */
  static final double STRIP_SHARE = 0.22;

  static final double STRIP_MIN_HEIGHT = 72;
  static final double STRIP_MAX_HEIGHT = 200;

  /** Where one tile goes; {@code onTop} tiles are drawn over the others. */
  public record Box(double x, double y, double width, double height, boolean shown, boolean onTop) {
    static final Box HIDDEN = new Box(0, 0, 0, 0, false, false);

    static Box at(double x, double y, double width, double height) {
      return new Box(x, y, width, height, true, false);
    }
  }

  /** What to lay out: how many tiles, which is mine, which is large, and whether it is pinned. */
  public record Request(
      int count, double width, double height, ViewMode mode, int mine, int focus, boolean pinned) {}

  private TileLayout() {}

  /** One box per tile, in the tiles' order. */
  public static List<Box> arrange(Request request) {
    int count = request.count();
    if (count <= 0) {
      return List.of();
    }
    double width = Math.max(0, request.width());
    double height = Math.max(0, request.height());
    boolean focusValid = request.focus() >= 0 && request.focus() < count;
    if (request.pinned() && focusValid) {
      return pinned(count, width, height, request.focus(), request.mine());
    }
    if (request.mode() == ViewMode.SPEAKER && count > 1) {
      int focus = focusValid ? request.focus() : firstOther(count, request.mine());
      return speaker(count, width, height, focus);
    }
    return gallery(count, width, height);
  }

  private static int firstOther(int count, int mine) {
    for (int i = 0; i < count; i++) {
      if (i != mine) {
        return i;
      }
    }
    return 0;
  }

  private static List<Box> pinned(int count, double width, double height, int focus, int mine) {
    List<Box> boxes = new ArrayList<>(Collections.nCopies(count, Box.HIDDEN));
    boxes.set(focus, Box.at(0, 0, width, height));
    if (mine >= 0 && mine < count && mine != focus) {
      double pipWidth =
          Math.min(Math.max(PIP_MIN_WIDTH, Math.min(PIP_MAX_WIDTH, width * PIP_SHARE)), width / 2);
      double pipHeight = Math.min(pipWidth / TILE_ASPECT, height / 2);
      boxes.set(
          mine,
          new Box(
              Math.max(0, width - pipWidth - PIP_MARGIN),
              Math.max(0, height - pipHeight - PIP_MARGIN),
              pipWidth,
              pipHeight,
              true,
              true));
    }
    return boxes;
  }

  private static List<Box> speaker(int count, double width, double height, int focus) {
    List<Box> boxes = new ArrayList<>(Collections.nCopies(count, Box.HIDDEN));
    double strip = Math.min(STRIP_MAX_HEIGHT, Math.max(STRIP_MIN_HEIGHT, height * STRIP_SHARE));
    strip = Math.min(strip, height / 2);
    boxes.set(focus, Box.at(0, 0, width, Math.max(0, height - strip - GAP)));
    int others = count - 1;
    double tileWidth = Math.min(strip * TILE_ASPECT, (width - GAP * (others - 1)) / others);
    double used = others * tileWidth + GAP * (others - 1);
    double x = Math.max(0, (width - used) / 2);
    for (int i = 0; i < count; i++) {
      if (i != focus) {
        boxes.set(i, Box.at(x, height - strip, tileWidth, strip));
        x += tileWidth + GAP;
      }
    }
    return boxes;
  }

  private static List<Box> gallery(int count, double width, double height) {
    int columns = bestColumns(count, width, height);
    int rows = (count + columns - 1) / columns;
    double cellWidth = (width - GAP * (columns - 1)) / columns;
    double cellHeight = (height - GAP * (rows - 1)) / rows;
    List<Box> boxes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int row = i / columns;
      int inRow = row == rows - 1 ? count - row * columns : columns;
      // A last row that is not full sits in the middle, not at the left edge.
      double indent = (columns - inRow) * (cellWidth + GAP) / 2;
      boxes.add(
          Box.at(
              indent + (i % columns) * (cellWidth + GAP),
              row * (cellHeight + GAP),
              cellWidth,
              cellHeight));
    }
    return boxes;
  }

  /** How many tile columns fit {@code count} tiles largest into {@code width × height}. */
  static int bestColumns(int count, double width, double height) {
    int best = 1;
    double bestArea = -1;
    for (int columns = 1; columns <= count; columns++) {
      int rows = (count + columns - 1) / columns;
      double cellWidth = (width - GAP * (columns - 1)) / columns;
      double cellHeight = (height - GAP * (rows - 1)) / rows;
      double tileWidth = Math.min(cellWidth, cellHeight * TILE_ASPECT);
      double area = tileWidth * (tileWidth / TILE_ASPECT);
      if (area > bestArea) {
        bestArea = area;
        best = columns;
      }
    }
    return best;
  }
}
