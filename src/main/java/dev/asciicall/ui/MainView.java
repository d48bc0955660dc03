package dev.asciicall.ui;

import java.util.Objects;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menus on top, the feeds in the middle, the status bar below. Code
 * built; decisions live in the services it is handed, not here. FX thread only.
 */
public final class MainView extends BorderPane {

  private final FeedTile localTile;
  private final StatusBar statusBar = new StatusBar();
  private final SourceChooser sourceChooser;
  private final FeedGrid feeds = new FeedGrid();

  public MainView(
      FeedTile localTile, PreviewSettingsViewModel settings, SourceChooser sourceChooser) {
    this.localTile = Objects.requireNonNull(localTile);
    this.sourceChooser = Objects.requireNonNull(sourceChooser);
    setTop(menus(settings));
    feeds.setId("feeds");
    feeds.getChildren().add(localTile);
    // Double-click pins a tile to fill the window; again to show all.
    localTile.setOnMouseClicked(
        event -> {
          if (event.getClickCount() == 2) {
            feeds.pinnedProperty().set(feeds.pinnedProperty().get() == null ? localTile : null);
          }
        });
    setCenter(feeds);
    statusBar.setText("Not in a call");
    statusBar.setId("status-bar");
    setBottom(new VBox(new PreviewSettingsBar(settings), statusBar));
  }

  public FeedGrid feeds() {
    return feeds;
  }

  public MenuBar menuBar() {
    return (MenuBar) getTop();
  }

  public StatusBar statusBar() {
    return statusBar;
  }

  /** Copies the local frame as text (Ctrl+Shift+C); returns false when nothing is shown yet. */
  public boolean copyLocalFrame() {
    TextGrid grid = localTile.shownGrid();
    if (grid == null) {
      return false;
    }
    ClipboardContent content = new ClipboardContent();
    content.putString(grid.toText());
    Clipboard.getSystemClipboard().setContent(content);
    statusBar.setText("Copied your current frame as text");
    return true;
  }

  private MenuBar menus(PreviewSettingsViewModel settings) {
    CheckMenuItem color = new CheckMenuItem("Colour");
    color.setId("menu-colour");
    color.selectedProperty().bindBidirectional(settings.colorProperty());
    Menu palette = new Menu("Palette");
    ToggleGroup palettes = new ToggleGroup();
    for (GlyphRamp ramp : GlyphRamp.values()) {
      RadioMenuItem item = new RadioMenuItem(ramp.toString());
      item.setToggleGroup(palettes);
      item.setSelected(ramp == settings.rampProperty().get());
      item.setOnAction(event -> settings.rampProperty().set(ramp));
      settings.rampProperty().addListener((observable, old, now) -> item.setSelected(now == ramp));
      palette.getItems().add(item);
    }
    MenuItem fullScreen = new MenuItem("Full screen");
    fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
    fullScreen.setOnAction(
        event -> {
          Stage stage = (Stage) getScene().getWindow();
          stage.setFullScreen(!stage.isFullScreen());
        });
    MenuItem copy = new MenuItem("Copy my frame as text");
    copy.setAccelerator(
        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    copy.setOnAction(event -> copyLocalFrame());
    Menu view = new Menu("View", null, palette, color, fullScreen, copy);
    MenuItem about = new MenuItem("About");
    about.setOnAction(event -> Dialogs.about(getScene().getWindow()));
    Menu help = new Menu("Help", null, about);
    return new MenuBar(new SourceMenu(sourceChooser), view, help);
  }
}
