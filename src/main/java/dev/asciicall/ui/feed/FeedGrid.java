package dev.asciicall.ui.feed;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays out feed tiles: one fills the area, two sit side by side, more form the grid whose tiles are
 * as large as the area allows for the tiles' aspect ratio. A pinned tile fills the area alone. FX
 * thread only.
 */
public final class FeedGrid extends Pane {

  /** Width over height that tiles are laid out for (a 160×60 grid of 1:2 cells is about 4:3). */
  private static final double TILE_ASPECT = 4.0 / 3.0;

  private static final double GAP = 4;

  private final ObjectProperty<Node> pinned = new SimpleObjectProperty<>();

  public FeedGrid() {
    pinned.addListener((observable, old, now) -> requestLayout());
  }

  /** The tile that fills the window, or null to show all tiles. */
  public ObjectProperty<Node> pinnedProperty() {
    return pinned;
  }

  /** Adds a feed after the others (a participant joined). */
  public void addTile(Node tile) {
    getChildren().add(tile);
  }

  /** Removes a feed (a participant left); if it was pinned, all feeds show again. */
  public void removeTile(Node tile) {
    if (pinned.get() == tile) {
      pinned.set(null);
    }
    getChildren().remove(tile);
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

  @Override
  protected void layoutChildren() {
    double width = getWidth() - snappedLeftInset() - snappedRightInset();
    double height = getHeight() - snappedTopInset() - snappedBottomInset();
    Node pin = pinned.get();
    List<Node> tiles = getManagedChildren();
    if (pin != null && tiles.contains(pin)) {
      for (Node tile : tiles) {
        tile.setVisible(tile == pin);
      }
      pin.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, height);
      return;
    }
    int count = tiles.size();
    if (count == 0) {
      return;
    }
    int columns = bestColumns(count, width, height);
    int rows = (count + columns - 1) / columns;
    double cellWidth = (width - GAP * (columns - 1)) / columns;
    double cellHeight = (height - GAP * (rows - 1)) / rows;
    for (int i = 0; i < count; i++) {
      Node tile = tiles.get(i);
      tile.setVisible(true);
      tile.resizeRelocate(
          snappedLeftInset() + (i % columns) * (cellWidth + GAP),
          snappedTopInset() + (i / columns) * (cellHeight + GAP),
          cellWidth,
          cellHeight);
    }
  }
}
