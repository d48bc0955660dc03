package dev.asciicall.ui.window;

import dev.asciicall.ui.controls.CallControlsBar;
import dev.asciicall.ui.controls.Shortcuts;
import dev.asciicall.ui.feed.FeedGrid;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.FileChooserSaveLocation;
import dev.asciicall.ui.feed.SaveLocation;
import dev.asciicall.ui.feed.TileChrome;
import dev.asciicall.ui.feed.TileSnapshots;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.notice.NoticeArea;
import dev.asciicall.ui.notice.NoticesViewModel;
import dev.asciicall.ui.preview.PreviewSettingsBar;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.source.SourceChooser;
import dev.asciicall.ui.source.SourceMenu;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menus on top, the feeds in the middle with the chat or participants
 * drawer on the right and notices floating over the feeds' top right corner, the sliders, call
 * controls and status bar below. Code built; decisions live in the view models and services it is
 * handed, not here. FX thread only.
 */
public final class MainView extends BorderPane {

  private final FeedTile localTile;
  private final FeedGrid feeds = new FeedGrid();
  private final StatusBar statusBar = new StatusBar();
  private final NoticesViewModel notices = new NoticesViewModel();
  private final SourceChooser sourceChooser;
  private final WindowModels models;
  private final SidePanel side;
  private SaveLocation saveLocation = new FileChooserSaveLocation(this::window);
  private final TileSnapshots snapshots =
      new TileSnapshots(
          (title, name) -> saveLocation.choose(title, name),
          message -> statusBar.setText(message),
          Clock.systemDefaultZone());

  public MainView(
      FeedTile localTile, PreviewSettingsViewModel settings, SourceChooser sourceChooser) {
    this(localTile, settings, sourceChooser, WindowModels.defaults());
  }

  public MainView(
      FeedTile localTile,
      PreviewSettingsViewModel settings,
      SourceChooser sourceChooser,
      WindowModels models) {
    this.localTile = Objects.requireNonNull(localTile);
    this.sourceChooser = Objects.requireNonNull(sourceChooser);
    this.models = Objects.requireNonNull(models);
    this.side = new SidePanel(models.chat(), models.participants());
    showMyState(localTile.model(), models);
    setTop(menus(settings));
    feeds.setId("feeds");
    feeds.getChildren().add(localTile);
    new TileChrome(feeds, snapshots, models.appearance().themeProperty());
    // Notices float over the pictures, inside the window: never off-screen, never over a dialog.
    setCenter(new StackPane(feeds, new NoticeArea(notices)));
    setRight(side);
    statusBar.setText("Not in a call");
    statusBar.setId("status-bar");
    setBottom(
        new VBox(
            new PreviewSettingsBar(settings),
            new CallControlsBar(models.controls(), side.chatToggle(), side.peopleToggle()),
            statusBar));
    models.appearance().onChange(appearance -> applyAppearance(getScene()));
    sceneProperty().addListener((observable, old, scene) -> attachTo(scene));
  }

  /** My tile and my chat lines follow my own switches and name. */
  private static void showMyState(TileViewModel me, WindowModels models) {
    me.microphoneMutedProperty().bind(models.controls().microphoneMutedProperty());
    me.cameraOffProperty().bind(models.controls().cameraOnProperty().not());
    models.chat().myNameProperty().bind(me.nameProperty());
    models.participants().join(me);
  }

  private void attachTo(Scene scene) {
    if (scene != null) {
      new Shortcuts(models.controls()).install(scene);
      applyAppearance(scene);
    }
  }

  private void applyAppearance(Scene scene) {
    if (scene != null) {
      scene.getStylesheets().setAll(models.appearance().theme().stylesheetUrls());
    }
    setStyle("-fx-font-size: " + models.appearance().fontSize().pixels() + "px;");
  }

  public MenuBar menuBar() {
    return (MenuBar) getTop();
  }

  public StatusBar statusBar() {
    return statusBar;
  }

  /** The notices showing over the feeds (joins, leaves, problems). */
  public NoticesViewModel notices() {
    return notices;
  }

  /** The tile area; the call adds remote tiles here (they get pin, snapshot and theme handling). */
  public FeedGrid feeds() {
    return feeds;
  }

  public WindowModels models() {
    return models;
  }

  public SidePanel sidePanel() {
    return side;
  }

  /** Where snapshots are saved; the app asks with a file chooser, tests answer with a temp path. */
  public void useSaveLocation(SaveLocation location) {
    this.saveLocation = Objects.requireNonNull(location);
  }

  /** Copies the local frame as text (Ctrl+Shift+C); returns false when nothing is shown yet. */
  public boolean copyLocalFrame() {
    if (!snapshots.copyAsText(localTile)) {
      statusBar.setText("Nothing to copy yet: your picture has not arrived");
      return false;
    }
    statusBar.setText("Copied your current frame as text");
    return true;
  }

  /** Switches the window between full screen and windowed (F11). */
  public void toggleFullScreen() {
    if (window() instanceof Stage stage) {
      stage.setFullScreen(!stage.isFullScreen());
    }
  }

  private Window window() {
    return Optional.ofNullable(getScene()).map(Scene::getWindow).orElse(null);
  }

  private MenuBar menus(PreviewSettingsViewModel settings) {
    ViewMenu.Actions actions =
        new ViewMenu.Actions(side::toggleChat, this::toggleFullScreen, this::copyLocalFrame);
    return new MenuBar(
        new SourceMenu(sourceChooser),
        new ViewMenu(settings, models.appearance(), actions),
        new HelpMenu(this::window));
  }
}
