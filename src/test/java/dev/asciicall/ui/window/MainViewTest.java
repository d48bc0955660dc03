package dev.asciicall.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.TextFrames;
import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioEvent.Direction;
import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.source.SourceChooser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's call furniture, used like a user: keys, clicks and typing against the view models
 * (the call adapter's seam), a fixed picture in my tile and a temporary folder for snapshots.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class MainViewTest {

  private static final AsciiFrame PICTURE = TextFrames.ofLines("@@##..  ", "  ..##@@", "@.@.@.@.");

  @TempDir Path folder;
  private final List<String> sent = new CopyOnWriteArrayList<>();
  private Stage stage;
  private MainView view;
  private FeedTile myTile;
  private WindowModels models;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    SourceChooser chooser =
        new SourceChooser() {
          @Override
          public CompletableFuture<SourceListing> available() {
            return new CompletableFuture<>();
          }

          @Override
          public void choose(SourceSpec spec) {}
        };
    myTile = new FeedTile(TileViewModel.forMe("me", "Grace"), showing(PICTURE));
    myTile.setId("local-feed");
    models = WindowModels.defaults();
    view =
        new MainView(
            myTile,
            new PreviewSettingsViewModel(PreviewSettings.DEFAULTS, next -> {}),
            chooser,
            models);
    view.useSaveLocation((title, name) -> Optional.of(folder.resolve(name)));
    stage.setScene(new Scene(view, 1100, 650));
    stage.show();
  }

  @AfterEach
  void closePopups(FxRobot robot) {
    robot.interact(
        () -> {
          for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof PopupWindow) {
              window.hide();
            }
          }
          stage.setFullScreen(false);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** A tile's slot with one frame waiting to be drawn. */
  private static LatestSlot<AsciiFrame> showing(AsciiFrame frame) {
    LatestSlot<AsciiFrame> slot = new LatestSlot<>();
    slot.offer(frame);
    return slot;
  }

  private static boolean shown(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  private Node inTile(FxRobot robot, FeedTile tile, String styleClass) {
    return robot.from(tile).lookup("." + styleClass).query();
  }

  @Test
  void pressingMShowsTheMuteMarkOnMyTileAndPressingItAgainRemovesIt(FxRobot robot) {
    Node mark = inTile(robot, myTile, "tile-muted");
    assertThat(shown(mark)).isFalse();

    robot.clickOn(myTile).type(KeyCode.M);
    assertThat(models.controls().microphoneMutedProperty().get()).isTrue();
    assertThat(shown(mark)).isTrue();
    assertThat(robot.lookup("#microphone-button").queryAs(Button.class).getText())
        .isEqualTo("Unmute");

    robot.type(KeyCode.M);
    assertThat(shown(mark)).isFalse();
  }

  @Test
  void pressingVShowsCameraOffOnMyTileAndHidesThePicture(FxRobot robot) {
    robot.clickOn(myTile).type(KeyCode.V);

    assertThat(models.controls().cameraOnProperty().get()).isFalse();
    assertThat(shown(inTile(robot, myTile, "tile-camera-off"))).isTrue();
    assertThat(myTile.canvas().isVisible()).isFalse();

    assertThat(robot.lookup("#camera-button").queryButton().getStyleClass())
        .contains("switched-off");
    robot.clickOn("#camera-button");
    assertThat(models.controls().cameraOnProperty().get()).isTrue();
    assertThat(robot.lookup("#camera-button").queryButton().getStyleClass())
        .doesNotContain("switched-off");
    assertThat(shown(inTile(robot, myTile, "tile-camera-off"))).isFalse();
  }

  @Test
  void typingAMessageAndEnterSendsItAndShowsMyLine(FxRobot robot) throws Exception {
    robot.interact(() -> models.chat().outgoingProperty().set(sent::add));
    robot.clickOn(myTile).press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    assertThat(shown(robot.lookup("#chat-panel").query())).isTrue();

    robot.clickOn("#chat-input").write("hello everyone").type(KeyCode.ENTER);

    assertThat(sent).containsExactly("hello everyone");
    @SuppressWarnings("unchecked")
    ListView<?> lines = robot.lookup("#chat-lines").queryAs(ListView.class);
    assertThat(lines.getItems()).hasSize(1);
    assertThat(robot.lookup("#chat-input").queryTextInputControl().getText()).isEmpty();
    // Letters typed into the chat are text, not shortcuts.
    robot.write("mv");
    assertThat(models.controls().microphoneMutedProperty().get()).isFalse();
    assertThat(models.controls().cameraOnProperty().get()).isTrue();
  }

  @Test
  void aMessageWhileTheChatIsClosedRaisesTheUnreadBadgeUntilItOpens(FxRobot robot) {
    Label badge = robot.lookup("#unread-badge").queryAs(Label.class);
    assertThat(badge.isVisible()).isFalse();

    robot.interact(() -> models.chat().receive("Ada", "are you there?"));
    robot.interact(() -> models.chat().receive("Ada", "hello?"));
    assertThat(badge.isVisible()).isTrue();
    assertThat(badge.getText()).isEqualTo("2");

    robot.clickOn("#chat-toggle");
    assertThat(badge.isVisible()).isFalse();
    assertThat(models.chat().unreadProperty().get()).isZero();
  }

  @Test
  void aTileSavesAsPngAndAsTextFromItsContextMenu(FxRobot robot) throws Exception {
    Await.onFxThread("my tile shows its picture", () -> myTile.shownFrame() != null);

    robot.rightClickOn(myTile).clickOn("Save as PNG…");
    Path png = waitForFile(".png");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo((int) myTile.getWidth());
    assertThat(image.getHeight()).isEqualTo((int) myTile.getHeight());

    robot.rightClickOn(myTile).clickOn("Save as text…");
    Path text = waitForFile(".txt");
    assertThat(Files.readAllLines(text, StandardCharsets.UTF_8))
        .containsExactly("@@##..  ", "  ..##@@", "@.@.@.@.");
    assertThat(view.statusBar().getText()).startsWith("Saved asciicall-grace-");
  }

  private Path waitForFile(String extension) {
    return Await.untilPresent("a saved " + extension + " file", () -> savedFile(extension));
  }

  /** The file with this extension in the folder, once it has content. */
  private Optional<Path> savedFile(String extension) {
    try (var files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.toString().endsWith(extension) && Files.size(file) > 0) {
          return Optional.of(file);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void switchingToTheLightThemeChangesTheBackgroundOfWindowAndTiles(FxRobot robot)
      throws Exception {
    Await.onFxThread("my tile drawn", () -> myTile.framesDrawn() > 0);
    Color darkWindow = windowBackground();
    assertThat(darkWindow.getBrightness()).isLessThan(0.3);

    clickMenuText(robot, "View");
    javafx.geometry.Point2D theme = robot.point(showingNode(robot, "Theme")).query();
    clickMenuText(robot, "Theme");
    // Along the Theme row into its submenu first: a diagonal path would open the next submenu.
    Node light = showingNode(robot, "Light");
    robot.moveTo(new javafx.geometry.Point2D(robot.point(light).query().getX(), theme.getY()));
    robot.clickOn(light);

    assertThat(models.appearance().theme()).isEqualTo(Theme.LIGHT);
    assertThat(windowBackground().getBrightness()).isGreaterThan(0.8);
    assertThat(myTile.painter().background()).isEqualTo(Theme.LIGHT.tileBackground());
  }

  @Test
  void helpListsTheKeyboardShortcutsAndTextSizeGrowsTheWindowsText(FxRobot robot) {
    clickMenuText(robot, "Help");
    clickMenuText(robot, "Keyboard shortcuts");
    Node table = robot.lookup("#shortcuts-table").query();
    assertThat(robot.from(table).lookup("Ctrl+T").tryQuery()).isPresent();
    assertThat(robot.from(table).lookup("F11").tryQuery()).isPresent();
    robot.interact(() -> table.getScene().getWindow().hide());

    double before = robot.lookup("#microphone-button").queryButton().getFont().getSize();
    robot.interact(() -> models.appearance().fontSizeProperty().set(FontSize.LARGEST));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#microphone-button").queryButton().getFont().getSize())
        .isGreaterThan(before);
  }

  /** Clicks the showing node with this text (hidden menus of earlier tests may still exist). */
  private static void clickMenuText(FxRobot robot, String text) {
    robot.clickOn(showingNode(robot, text));
  }

  private static Node showingNode(FxRobot robot, String text) {
    return robot
        .lookup(text)
        .match(
            (Node found) ->
                found.getScene() != null
                    && found.getScene().getWindow() != null
                    && found.getScene().getWindow().isShowing()
                    && shown(found))
        .query();
  }

  private Color windowBackground() {
    return (Color) ((Region) view).getBackground().getFills().get(0).getFill();
  }

  @Test
  void f11TogglesFullScreen(FxRobot robot) {
    robot.clickOn(myTile).type(KeyCode.F11);
    assertThat(stage.isFullScreen()).isTrue();
    robot.type(KeyCode.F11);
    assertThat(stage.isFullScreen()).isFalse();
  }

  @Test
  void remoteTilesShowNameQualitySpeakingSafetyCodeAndAChangedKey(FxRobot robot) {
    TileViewModel ada = TileViewModel.forParticipant("p2", "Ada");
    FeedTile adaTile = new FeedTile(ada, showing(PICTURE));
    robot.interact(
        () -> {
          view.feeds().getChildren().add(adaTile);
          models.participants().join(ada);
          ada.showConnection(420, 2);
          ada.speakingProperty().set(true);
          ada.safetyCodeProperty().set("4821 0937");
          ada.keyChangedProperty().set(true);
        });

    assertThat(robot.from(adaTile).lookup(".tile-name").queryLabeled().getText()).isEqualTo("Ada");
    assertThat(litBars(robot, adaTile)).isEqualTo(1);
    assertThat(shown(inTile(robot, adaTile, "tile-speaking"))).isTrue();
    assertThat(robot.from(adaTile).lookup(".tile-safety-code").queryLabeled().getText())
        .isEqualTo("Safety code 4821 0937");
    assertThat(shown(inTile(robot, adaTile, "tile-key-changed"))).isTrue();
    assertThat(shown(inTile(robot, myTile, "tile-key-changed"))).isFalse();

    robot.interact(() -> ada.showConnection(30, 0));
    assertThat(litBars(robot, adaTile)).isEqualTo(3);
  }

  /** How many connection bars of a tile are lit, as the stylesheet shows them. */
  private static long litBars(FxRobot robot, FeedTile tile) {
    return robot.from(tile).lookup(".quality-bar").queryAll().stream()
        .filter(bar -> bar.getStyleClass().contains("lit"))
        .count();
  }

  @Test
  void doubleClickPinsATileToFillTheWindowAndAgainShowsAll(FxRobot robot) {
    FeedTile other = new FeedTile(TileViewModel.forParticipant("p2", "Ada"), showing(PICTURE));
    robot.interact(() -> view.feeds().getChildren().add(other));
    assertThat(other.getWidth()).isLessThan(view.feeds().getWidth() * 0.6);

    robot.doubleClickOn(other);
    assertThat(view.feeds().pinnedProperty().get()).isSameAs(other);
    assertThat(myTile.isVisible()).isFalse();
    assertThat(other.getWidth()).isEqualTo(view.feeds().getWidth());

    robot.doubleClickOn(other);
    assertThat(view.feeds().pinnedProperty().get()).isNull();
    assertThat(myTile.isVisible()).isTrue();
  }

  @Test
  void participantsListSetsVolumeAndOffersRemoveOnlyWhileHosting(FxRobot robot) {
    TileViewModel ada = TileViewModel.forParticipant("p2", "Ada");
    List<String> removed = new CopyOnWriteArrayList<>();
    robot.interact(() -> models.participants().join(ada));
    robot.clickOn("#people-toggle");

    assertThat(robot.lookup(".participant-name").queryAll())
        .extracting(node -> ((Label) node).getText())
        .contains("Grace (you)", "Ada");
    java.util.Set<Node> removeButtons = robot.lookup(".participant-remove").queryAll();
    assertThat(removeButtons).noneMatch(MainViewTest::shown);

    robot.interact(
        () ->
            models
                .participants()
                .removeActionProperty()
                .set(tile -> removed.add(tile.participantId())));
    Node remove = robot.lookup(".participant-remove").match(MainViewTest::shown).query();
    robot.clickOn(remove);
    assertThat(removed).containsExactly("p2");

    Node volume = robot.lookup(".participant-volume").match(MainViewTest::shown).query();
    robot.clickOn(volume);
    robot.type(KeyCode.HOME);
    assertThat(ada.volumeProperty().get()).isZero();
  }

  @Test
  void missingDevicesDisableTheirPickerAndSayWhichPartIsMissing(FxRobot robot) {
    robot.interact(
        () ->
            models
                .controls()
                .showDevices(
                    List.of(
                        new AudioDevice("System default", Direction.INPUT, "no microphone found")),
                    List.of(
                        new AudioDevice("System default", Direction.OUTPUT, ""),
                        new AudioDevice("Headset", Direction.OUTPUT, ""))));

    assertThat(robot.lookup("#microphone-choice").queryAs(ComboBox.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#speaker-choice").queryAs(ComboBox.class).isDisabled()).isFalse();
    assertThat(robot.lookup("#audio-status").queryLabeled().getText())
        .isEqualTo("No microphone found — others can't hear you");

    robot.interact(() -> models.controls().microphoneLevelProperty().set(0.1));
    assertThat(
            robot
                .lookup("#microphone-level")
                .queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress())
        .as("-20 dB fills two thirds of the meter")
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(0.01));
  }
}
