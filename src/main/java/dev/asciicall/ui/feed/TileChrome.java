package dev.asciicall.ui.feed;

import dev.asciicall.ui.appearance.Theme;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Gives every tile in a {@link FeedGrid} — mine and the ones the call adds later — the same
 * handling: double-click pins it to fill the window (again to show all), a context menu pins and
 * saves it as PNG or text, and it follows the theme. FX thread only.
 */
public final class TileChrome {

  private final FeedGrid feeds;
  private final TileSnapshots snapshots;
  private final ObservableValue<Theme> theme;

  public TileChrome(FeedGrid feeds, TileSnapshots snapshots, ObservableValue<Theme> theme) {
    this.feeds = feeds;
    this.snapshots = snapshots;
    this.theme = theme;
    for (Node child : feeds.getChildren()) {
      decorate(child);
    }
    feeds
        .getChildren()
        .addListener(
            (ListChangeListener<Node>)
                change -> {
                  while (change.next()) {
                    change.getAddedSubList().forEach(this::decorate);
                    change.getRemoved().forEach(this::forget);
                    if (change.getRemoved().contains(feeds.pinnedProperty().get())) {
                      feeds.pinnedProperty().set(null);
                    }
                  }
                });
  }

  private void decorate(Node node) {
    if (!(node instanceof FeedTile tile) || tile.getProperties().containsKey(TileChrome.class)) {
      return;
    }
    ChangeListener<Theme> followTheme = (observable, old, now) -> tile.useTheme(now);
    tile.getProperties().put(TileChrome.class, followTheme);
    tile.useTheme(theme.getValue());
    theme.addListener(followTheme);
    tile.setOnMouseClicked(
        event -> {
          if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            togglePin(tile);
          }
        });
    MenuItem pin = new MenuItem();
    pin.getStyleClass().add("tile-menu-pin");
    pin.setOnAction(event -> togglePin(tile));
    MenuItem png = new MenuItem("Save as PNG…");
    png.getStyleClass().add("tile-menu-png");
    png.setOnAction(event -> snapshots.saveAsPng(tile));
    MenuItem text = new MenuItem("Save as text…");
    text.getStyleClass().add("tile-menu-text");
    text.setOnAction(event -> snapshots.saveAsText(tile));
    MenuItem copy = new MenuItem("Copy as text");
    copy.getStyleClass().add("tile-menu-copy");
    copy.setOnAction(event -> snapshots.copyAsText(tile));
    ContextMenu menu = new ContextMenu(pin, png, text, copy);
    menu.setOnShowing(
        event -> pin.setText(feeds.pinnedProperty().get() == tile ? "Show all tiles" : "Pin"));
    // The mouse opens the menu on a right click; the keyboard's menu key sends a request instead.
    tile.addEventHandler(
        MouseEvent.MOUSE_CLICKED,
        event -> {
          if (event.getButton() == MouseButton.SECONDARY) {
            menu.show(tile, event.getScreenX(), event.getScreenY());
          }
        });
    tile.setOnContextMenuRequested(
        event -> {
          if (event.isKeyboardTrigger()) {
            menu.show(tile, event.getScreenX(), event.getScreenY());
          }
        });
  }

  /** A tile that left the grid no longer follows the theme (nothing keeps it alive). */
  @SuppressWarnings("unchecked")
  private void forget(Node node) {
    if (node instanceof FeedTile tile
        && !feeds.getChildren().contains(tile)
        && tile.getProperties().remove(TileChrome.class) instanceof ChangeListener<?> listener) {
      theme.removeListener((ChangeListener<Theme>) listener);
    }
  }

  /** Pins the tile to fill the window, or shows all tiles again if it was pinned. */
  void togglePin(FeedTile tile) {
    feeds.pinnedProperty().set(feeds.pinnedProperty().get() == tile ? null : tile);
  }
}
