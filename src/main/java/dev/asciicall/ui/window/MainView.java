package dev.asciicall.ui.window;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.ui.call.ConfirmDialog;
import dev.asciicall.ui.controls.Shortcuts;
import dev.asciicall.ui.feed.FeedGrid;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.FileChooserSaveLocation;
import dev.asciicall.ui.feed.SaveLocation;
import dev.asciicall.ui.feed.TileChrome;
import dev.asciicall.ui.feed.TileSnapshots;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.lobby.LobbyView;
import dev.asciicall.ui.notice.NoticeArea;
import dev.asciicall.ui.notice.NoticesViewModel;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.settings.SettingsSheet;
import dev.asciicall.ui.source.CameraPicker;
import dev.asciicall.ui.source.ScreenShareViewModel;
import dev.asciicall.ui.source.SourceChooser;
import dev.asciicall.ui.source.SourceMenu;
import dev.asciicall.ui.toolbar.CallToolbar;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content. Before a call, the lobby: my picture large with the lobby's card
 * beside it (name, devices, Host a call, Join). In a call, the pictures fill the window (gallery or
 * speaker view) above the call toolbar. The chat, people or settings open as a drawer on the right;
 * menus on top and the status bar at the bottom stay throughout; notices float over the top of the
 * pictures, inside the window. Code built; decisions live in the view models and services it is
 * handed, not here. FX thread only.
 */
public final class MainView extends BorderPane {

  /** How often the lobby redraws my picture. */
  public static final double LOBBY_FRAMES_PER_SECOND = 15;

  private final FeedTile localTile;
  private final FeedGrid feeds = new FeedGrid();
  private final StatusBar statusBar = new StatusBar();
  private final NoticesViewModel notices = new NoticesViewModel();
  private final SourceChooser sourceChooser;
  private final WindowModels models;
  private final SidePanel side;
  private final CallToolbar toolbar;
  private final LobbyView lobby;
  private final CameraPicker cameraPicker;
  private final ScreenShareViewModel screenShare;
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
    this(localTile, settings, sourceChooser, models, new LatestSlot<>());
  }

  /**
   * @param sentFrames every frame I send, for the settings sheet's preview (offered by the local
   *     video's conversion thread)
   */
  public MainView(
      FeedTile localTile,
      PreviewSettingsViewModel settings,
      SourceChooser sourceChooser,
      WindowModels models,
      LatestSlot<AsciiFrame> sentFrames) {
    this.localTile = Objects.requireNonNull(localTile);
    this.models = Objects.requireNonNull(models);
    this.screenShare = new ScreenShareViewModel(sourceChooser);
    this.sourceChooser = new SharingAware(sourceChooser, screenShare);
    this.cameraPicker = new CameraPicker(this.sourceChooser);
    SettingsSheet sheet =
        new SettingsSheet(
            new FeedTile(TileViewModel.forMe("preview", "What others see"), sentFrames),
            settings,
            models.controls(),
            models.appearance());
    this.side = new SidePanel(models.chat(), models.participants(), sheet);
    showMyState(localTile.model(), models);
    setTop(menus(settings));

    feeds.setId("feeds");
    feeds.getChildren().add(localTile);
    feeds.mineProperty().set(localTile);
    new TileChrome(feeds, snapshots, models.appearance().themeProperty());
    // Notices float over the pictures, inside the window: never off-screen, never over a dialog.
    StackPane pictures = new StackPane(feeds, new NoticeArea(notices));
    pictures.setId("pictures");
    pictures.setPadding(new Insets(8));
    pictures.setMinSize(0, 0);

    lobby = new LobbyView(models.lobby(), models.controls(), cameraPicker, side::toggleSettings);
    // The lobby's card gives way to the drawer (settings opened from the lobby) and to a call.
    lobby.visibleProperty().bind(models.call().canStartProperty().and(side.openProperty().not()));
    lobby.managedProperty().bind(lobby.visibleProperty());
    BorderPane body = new BorderPane(pictures);
    body.setRight(new HBox(lobby, side));
    setCenter(body);

    toolbar =
        new CallToolbar(
            models.call(),
            models.title(),
            models.controls(),
            screenShare,
            feeds.modeProperty(),
            side.chatToggle(),
            side.peopleToggle(),
            side.settingsToggle());
    toolbar.visibleProperty().bind(models.call().inCallProperty());
    toolbar.managedProperty().bind(toolbar.visibleProperty());
    statusBar.setText("Not in a call");
    statusBar.setId("status-bar");
    keepStatusWhole(statusBar);
    setBottom(new VBox(toolbar, statusBar));

    models.call().confirmationsProperty().set(new ConfirmDialog(this::window));
    // Before a call my picture is a mirror: a lower rate keeps an idle window light. In a call it
    // draws every frame, as the others see it.
    localTile.capFramesPerSecond(LOBBY_FRAMES_PER_SECOND);
    models
        .call()
        .inCallProperty()
        .addListener(
            (observable, old, inCall) ->
                localTile.capFramesPerSecond(inCall ? 0 : LOBBY_FRAMES_PER_SECOND));
    // A call that ends while sharing the screen brings my camera back for the next one.
    models
        .call()
        .inCallProperty()
        .addListener(
            (observable, old, inCall) -> {
              if (!inCall) {
                screenShare.stop();
                feeds.pinnedProperty().set(null);
              }
            });
    models.appearance().onChange(appearance -> applyAppearance(getScene()));
    sceneProperty().addListener((observable, old, scene) -> attachTo(scene));
  }

  /**
   * The call's sentence on the left of the status bar is never cut ("Hosting 'Stand…"): the figures
   * on the right give way instead (each keeps its full text in a tooltip) and are set apart from
   * each other, so two of them never run together ("181 kbit/sDemo scene").
   */
  private static void keepStatusWhole(StatusBar bar) {
    bar.skinProperty()
        .addListener(
            (observable, old, skin) ->
                bar.lookupAll(".label").stream()
                    .filter(node -> node instanceof javafx.scene.control.Label)
                    .map(node -> (javafx.scene.control.Label) node)
                    .filter(label -> label.textProperty().isBound())
                    .filter(label -> !bar.getRightItems().contains(label))
                    .forEach(
                        label -> {
                          label.setId("status-text");
                          label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                        }));
    bar.getRightItems()
        .addListener(
            (javafx.collections.ListChangeListener<javafx.scene.Node>)
                change -> {
                  while (change.next()) {
                    for (javafx.scene.Node item : change.getAddedSubList()) {
                      item.getStyleClass().add("status-figures");
                      if (item instanceof javafx.scene.control.Label label) {
                        label.setMinWidth(0);
                        if (label.getTooltip() == null) {
                          javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
                          tip.textProperty().bind(label.textProperty());
                          label.setTooltip(tip);
                        }
                      }
                    }
                  }
                });
  }

  /** My tile and my chat lines follow my own switches and name. */
  private static void showMyState(TileViewModel me, WindowModels models) {
    me.microphoneMutedProperty().bind(models.controls().microphoneMutedProperty());
    me.microphoneMissingProperty().bind(models.controls().microphoneMissing());
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

  public CallToolbar toolbar() {
    return toolbar;
  }

  public LobbyView lobby() {
    return lobby;
  }

  /** The lobby's camera button; the app has it name the source once capture started. */
  public CameraPicker cameraPicker() {
    return cameraPicker;
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
        new ViewMenu.Actions(
            side::toggleChat,
            side::togglePeople,
            side::toggleSettings,
            this::toggleFullScreen,
            this::copyLocalFrame);
    return new MenuBar(
        new SourceMenu(sourceChooser),
        new ViewMenu(settings, models.appearance(), feeds.modeProperty(), actions),
        new HelpMenu(this::window));
  }

  /**
   * The app's source chooser, told apart from screen sharing: a source picked in the Camera menu or
   * the lobby ends sharing, and the lobby's camera button names it.
   */
  private final class SharingAware implements SourceChooser {
    private final SourceChooser chooser;
    private final ScreenShareViewModel sharing;

    SharingAware(SourceChooser chooser, ScreenShareViewModel sharing) {
      this.chooser = chooser;
      this.sharing = sharing;
    }

    @Override
    public java.util.concurrent.CompletableFuture<dev.asciicall.capture.SourceCatalog.SourceListing>
        available() {
      return chooser.available();
    }

    @Override
    public void choose(dev.asciicall.capture.SourceSpec spec) {
      sharing.sourcePicked();
      chooser.choose(spec);
      if (cameraPicker != null) {
        cameraPicker.showCurrent();
      }
    }

    @Override
    public void show(dev.asciicall.capture.SourceSpec spec) {
      chooser.show(spec);
    }

    @Override
    public Optional<dev.asciicall.capture.SourceSpec> current() {
      return chooser.current();
    }
  }
}
