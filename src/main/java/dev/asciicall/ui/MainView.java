package dev.asciicall.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menus on top, the feeds in the middle, the status bar below. Code
 * built; decisions live in the services it is handed, not here. FX thread only.
 */
public final class MainView extends BorderPane {

  private final FeedTile localTile;
  private final StatusBar statusBar = new StatusBar();

  /**
   * @param colorChoice called with the user's choice from View → Colour
   */
  public MainView(FeedTile localTile, Consumer<LuminanceGridConverter.ColorChoice> colorChoice) {
    this.localTile = Objects.requireNonNull(localTile);
    setTop(menus(colorChoice));
    setCenter(localTile);
    statusBar.setText("Not in a call");
    statusBar.setId("status-bar");
    setBottom(statusBar);
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

  private MenuBar menus(Consumer<LuminanceGridConverter.ColorChoice> colorChoice) {
    CheckMenuItem color = new CheckMenuItem("Colour");
    color.setId("menu-colour");
    color
        .selectedProperty()
        .addListener(
            (observable, old, selected) ->
                colorChoice.accept(
                    selected
                        ? LuminanceGridConverter.ColorChoice.COLOR
                        : LuminanceGridConverter.ColorChoice.MONOCHROME));
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
    Menu view = new Menu("View", null, color, fullScreen, copy);
    MenuItem about = new MenuItem("About");
    about.setOnAction(event -> Dialogs.about(getScene().getWindow()));
    Menu help = new Menu("Help", null, about);
    return new MenuBar(view, help);
  }
}
