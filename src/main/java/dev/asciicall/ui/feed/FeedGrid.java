package dev.asciicall.ui.feed;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays out feed tiles as {@link TileLayout} decides: a gallery grid as large as the area allows, or
 * the speaker view (the person who spoke last large, the others in a strip); a pinned tile fills
 * the area with my own tile as a small picture-in-picture over its corner. FX thread only.
 */
public final class FeedGrid extends Pane {

  private final ObjectProperty<Node> pinned = new SimpleObjectProperty<>(this, "pinned");
  private final ObjectProperty<Node> mine = new SimpleObjectProperty<>(this, "mine");
  private final ObjectProperty<ViewMode> mode =
      new SimpleObjectProperty<>(this, "mode", ViewMode.GALLERY);
  // The tile of the participant who started speaking last (never mine): the speaker view's focus.
  private final ObjectProperty<Node> lastSpeaker = new SimpleObjectProperty<>(this, "speaker");

  public FeedGrid() {
    pinned.addListener((observable, old, now) -> requestLayout());
    mine.addListener((observable, old, now) -> requestLayout());
    mode.addListener((observable, old, now) -> requestLayout());
    lastSpeaker.addListener(
        (observable, old, now) -> {
          if (mode.get() == ViewMode.SPEAKER) {
            requestLayout();
          }
        });
    getChildren().addListener((ListChangeListener<Node>) this::childrenChanged);
  }

  /** The tile that fills the window, or null to show all tiles. */
  public ObjectProperty<Node> pinnedProperty() {
    return pinned;
  }

  /** My own tile: shown as the picture-in-picture while another tile is pinned. */
  public ObjectProperty<Node> mineProperty() {
    return mine;
  }

  /** Gallery or speaker view. */
  public ObjectProperty<ViewMode> modeProperty() {
    return mode;
  }

  /** The tile the speaker view shows large when none is pinned (read-only for views). */
  public Node speakerTile() {
    return lastSpeaker.get();
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

  /** Follows who speaks, so the speaker view can show them large. */
  private void childrenChanged(ListChangeListener.Change<? extends Node> change) {
    while (change.next()) {
      for (Node gone : change.getRemoved()) {
        if (!getChildren().contains(gone) && gone instanceof FeedTile tile) {
          Object listener = tile.getProperties().remove(FeedGrid.class);
          if (listener instanceof SpeakingListener speaking) {
            tile.model().speakingProperty().removeListener(speaking);
          }
          if (lastSpeaker.get() == tile) {
            lastSpeaker.set(null);
          }
        }
      }
      for (Node added : change.getAddedSubList()) {
        if (added instanceof FeedTile tile && !tile.getProperties().containsKey(FeedGrid.class)) {
          SpeakingListener speaking = new SpeakingListener(tile);
          tile.getProperties().put(FeedGrid.class, speaking);
          tile.model().speakingProperty().addListener(speaking);
        }
      }
    }
  }

  private final class SpeakingListener implements ChangeListener<Boolean> {
    private final FeedTile tile;

    SpeakingListener(FeedTile tile) {
      this.tile = tile;
    }

    @Override
    public void changed(
        javafx.beans.value.ObservableValue<? extends Boolean> observable,
        Boolean old,
        Boolean speaking) {
      if (speaking && !tile.model().isMe()) {
        lastSpeaker.set(tile);
      }
    }
  }

  /** How many tile columns fit {@code count} tiles largest into {@code width × height}. */
  static int bestColumns(int count, double width, double height) {
    return TileLayout.bestColumns(count, width, height);
  }

  @Override
  protected void layoutChildren() {
    double width = getWidth() - snappedLeftInset() - snappedRightInset();
    double height = getHeight() - snappedTopInset() - snappedBottomInset();
    List<Node> tiles = getManagedChildren();
    Node pin = pinned.get();
    int pinIndex = pin == null ? -1 : tiles.indexOf(pin);
    int focus = pinIndex >= 0 ? pinIndex : tiles.indexOf(lastSpeaker.get());
    List<TileLayout.Box> boxes =
        TileLayout.arrange(
            new TileLayout.Request(
                tiles.size(),
                width,
                height,
                mode.get(),
                tiles.indexOf(mine.get()),
                focus,
                pinIndex >= 0));
    for (int i = 0; i < tiles.size(); i++) {
      Node tile = tiles.get(i);
      TileLayout.Box box = boxes.get(i);
      tile.setVisible(box.shown());
      tile.setViewOrder(box.onTop() ? -1 : 0);
      tile.getStyleClass().remove("picture-in-picture");
      if (box.onTop()) {
        tile.getStyleClass().add("picture-in-picture");
      }
      if (box.shown()) {
        tile.resizeRelocate(
            snappedLeftInset() + box.x(), snappedTopInset() + box.y(), box.width(), box.height());
      }
    }
  }
}
