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
import java.util.concurrent.TimeUnit;
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
  private final List<String> done = new CopyOnWriteArrayList<>();
  private final LatestSlot<AsciiFrame> sentFrames = new LatestSlot<>();
  private PreviewSettingsViewModel settings;
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
    models =
        WindowModels.create(
            new RecordingCall(done),
            new dev.asciicall.ui.controls.CallControlsViewModel(),
            new dev.asciicall.ui.appearance.AppearanceViewModel(),
            java.time.Clock.systemUTC());
    // What the local video does with the settings: the next frame I send has them.
    settings =
        new PreviewSettingsViewModel(
            PreviewSettings.DEFAULTS, chosen -> sentFrames.offer(pictureWith(chosen)));
    view = new MainView(myTile, settings, chooser, models, sentFrames);
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

  /** A frame of {@code settings.columns()} columns drawn with their palette. */
  private static AsciiFrame pictureWith(PreviewSettings chosen) {
    dev.asciicall.ascii.AsciiConverter converter = new dev.asciicall.ascii.AsciiConverter();
    byte[] grey = new byte[160 * 120 * 3];
    for (int i = 0; i < grey.length; i++) {
      grey[i] = (byte) (i / 3 % 160);
    }
    return converter.convert(
        dev.asciicall.ascii.PixelImage.rgb(160, 120, grey), chosen.toConversionSettings());
  }

  /** The call behind the window: records what the window asks of it. */
  private static final class RecordingCall implements dev.asciicall.ui.call.CallActions {
    private final List<String> done;

    RecordingCall(List<String> done) {
      this.done = done;
    }

    @Override
    public dev.asciicall.call.CallStats stats() {
      return dev.asciicall.call.CallStats.NONE;
    }

    @Override
    public void setVolume(int participantId, double gain) {}

    @Override
    public void sendChat(String text) {}

    @Override
    public void leave() {
      done.add("leave");
    }

    @Override
    public void remove(int participantId) {
      done.add("remove " + participantId);
    }

    @Override
    public void muteMicrophone() {}

    @Override
    public void unmuteMicrophone() {}

    @Override
    public void showCameraOff() {}

    @Override
    public void showCameraOn() {}
  }

  /** The window as in a call I host (the toolbar shows), with Ada in it. */
  private void hostingWithAda(FxRobot robot) {
    robot.interact(
        () -> {
          models
              .call()
              .statusChanged(
                  new dev.asciicall.call.CallStatus(
                      dev.asciicall.call.CallState.HOSTING, "Standup", "Hosting 'Standup'"));
          models.call().participantJoined(new dev.asciicall.call.Participant(2, "Ada"));
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
    hostingWithAda(robot);
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
    hostingWithAda(robot);
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
    hostingWithAda(robot);
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
    for (String key : List.of("Ctrl+H", "Ctrl+J", "Ctrl+L", "Ctrl+I", "Ctrl+P", "Ctrl+,")) {
      assertThat(robot.from(table).lookup(key).tryQuery()).as(key).isPresent();
    }
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

  @Test
  void withThreePeopleEverySafetyCodeIsShownInFull(FxRobot robot) {
    String code = "4604 7654 3012 9981 2207";
    List<FeedTile> others = new ArrayList<>();
    robot.interact(
        () -> {
          stage.setWidth(960);
          stage.setHeight(640);
          for (String name : List.of("Ada", "Bo")) {
            TileViewModel person = TileViewModel.forParticipant(name, name);
            person.safetyCodeProperty().set(code);
            person.showConnection(30, 0);
            FeedTile tile = new FeedTile(person, showing(PICTURE));
            others.add(tile);
            view.feeds().getChildren().add(tile);
          }
        });
    WaitForAsyncUtils.waitForFxEvents();

    for (FeedTile tile : others) {
      javafx.scene.control.Labeled label =
          robot.from(tile).lookup(".tile-safety-code").queryLabeled();
      String shown = WindowFitTest.shownText(label);
      assertThat(shown).as("%s's code", tile.model().nameProperty().get()).doesNotContain("…");
      assertThat(shown.replaceAll("\\s+", " ")).endsWith(code);
      javafx.geometry.Bounds inTile =
          tile.sceneToLocal(label.localToScene(label.getLayoutBounds()));
      assertThat(inTile.getMaxX()).isLessThanOrEqualTo(tile.getWidth());
    }
  }

  @Test
  void theStatusBarKeepsTheCallsSentenceWholeAndSetsTheFiguresApart(FxRobot robot) {
    String sentence = "Hosting 'Standup' · you and 2 others";
    robot.interact(
        () -> {
          stage.setWidth(960);
          view.statusBar().setText(sentence);
          view.statusBar()
              .getRightItems()
              .addAll(
                  new Label("3 in call · sent 10 fps 181 kbit/s · received 20 fps 362 kbit/s"),
                  new Label("Demo scene · 30 fps · convert 1.2 ms · 209 dropped"));
        });
    WaitForAsyncUtils.waitForFxEvents();

    Label text = robot.lookup("#status-text").queryAs(Label.class);
    assertThat(WindowFitTest.shownText(text)).isEqualTo(sentence);
    for (Node figure : view.statusBar().getRightItems()) {
      assertThat(figure.getStyleClass()).contains("status-figures");
      assertThat(((Label) figure).getTooltip().getText()).isEqualTo(((Label) figure).getText());
    }
  }

  @Test
  void theHintInAnEmptyFieldIsReadableInBothThemes(FxRobot robot) {
    for (Theme theme : Theme.values()) {
      robot.interact(() -> models.appearance().themeProperty().set(theme));
      WaitForAsyncUtils.waitForFxEvents();
      javafx.scene.control.TextField address =
          robot.lookup("#lobby-join-address").queryAs(javafx.scene.control.TextField.class);
      javafx.scene.text.Text hint =
          address.lookupAll("Text").stream()
              .filter(node -> node instanceof javafx.scene.text.Text)
              .map(node -> (javafx.scene.text.Text) node)
              .filter(text -> address.getPromptText().equals(text.getText()))
              .findFirst()
              .orElseThrow();
      List<javafx.scene.layout.BackgroundFill> fills = address.getBackground().getFills();
      javafx.scene.paint.Paint inner = fills.get(fills.size() - 1).getFill();
      // Modena shades the field's top few pixels; the hint sits on the gradient's last colour.
      Color ground =
          inner instanceof javafx.scene.paint.LinearGradient gradient
              ? gradient.getStops().get(gradient.getStops().size() - 1).getColor()
              : (Color) inner;
      assertThat(contrast((Color) hint.getFill(), ground))
          .as("%s theme: hint %s on %s", theme, hint.getFill(), ground)
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  /** WCAG 2 contrast ratio of two opaque colours. */
  private static double contrast(Color one, Color other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(Color color) {
    return 0.2126 * linear(color.getRed())
        + 0.7152 * linear(color.getGreen())
        + 0.0722 * linear(color.getBlue());
  }

  private static double linear(double channel) {
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  }

  /** How many connection bars of a tile are lit, as the stylesheet shows them. */
  private static long litBars(FxRobot robot, FeedTile tile) {
    return robot.from(tile).lookup(".quality-bar").queryAll().stream()
        .filter(bar -> bar.getStyleClass().contains("lit"))
        .count();
  }

  @Test
  void doubleClickPinsATileToFillTheWindowAndAgainShowsAll(FxRobot robot) {
    hostingWithAda(robot);
    FeedTile other = new FeedTile(TileViewModel.forParticipant("p2", "Ada"), showing(PICTURE));
    robot.interact(() -> view.feeds().getChildren().add(other));
    assertThat(other.getWidth()).isLessThan(view.feeds().getWidth() * 0.6);

    robot.doubleClickOn(other);
    assertThat(view.feeds().pinnedProperty().get()).isSameAs(other);
    assertThat(other.getWidth()).isEqualTo(view.feeds().getWidth());
    // I still see myself: a small picture over the pinned one's bottom-right corner.
    assertThat(myTile.isVisible()).isTrue();
    assertThat(myTile.getWidth()).isLessThan(view.feeds().getWidth() * 0.3);
    assertThat(myTile.getViewOrder()).isLessThan(other.getViewOrder());
    assertThat(myTile.getStyleClass()).contains("picture-in-picture");
    assertThat(myTile.getBoundsInParent().getMaxX()).isGreaterThan(view.feeds().getWidth() * 0.7);

    robot.doubleClickOn(other);
    assertThat(view.feeds().pinnedProperty().get()).isNull();
    assertThat(myTile.isVisible()).isTrue();
    assertThat(myTile.getStyleClass()).doesNotContain("picture-in-picture");
  }

  @Test
  void participantsListSetsVolumeAndOffersRemoveOnlyWhileHosting(FxRobot robot) {
    TileViewModel ada = TileViewModel.forParticipant("p2", "Ada");
    List<String> removed = new CopyOnWriteArrayList<>();
    robot.interact(() -> models.participants().join(ada));
    // In the lobby the toolbar is hidden; Ctrl+P opens the list all the same.
    robot.clickOn(myTile).press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);

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
    robot.interact(() -> ada.nameProperty().set("Ada Augusta King, Countess of Lovelace"));
    WaitForAsyncUtils.waitForFxEvents();
    Node remove = robot.lookup(".participant-remove").match(MainViewTest::shown).query();
    assertThat(WindowFitTest.shownText((javafx.scene.control.Labeled) remove))
        .as("a long name does not cut the button to 'Remo…'")
        .isEqualTo("Remove");
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
    // Neither the lobby nor People claims "Mic on" for me without a microphone.
    assertThat(robot.lookup("#lobby-microphone-button").queryLabeled().getText())
        .isEqualTo("No microphone");
    robot.clickOn(myTile).press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
    assertThat(robot.lookup(".participant-state").match(MainViewTest::shown).queryAll())
        .extracting(node -> ((Label) node).getText())
        .containsExactly("No microphone");

    robot.interact(() -> models.controls().microphoneLevelProperty().set(0.1));
    assertThat(
            robot
                .lookup("#microphone-level")
                .queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress())
        .as("-20 dB fills two thirds of the meter")
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void theLobbyShowsMyPictureLargeWithHostAndJoinAndHidesTheToolbar(FxRobot robot) {
    assertThat(shown(robot.lookup("#lobby-host").query())).isTrue();
    assertThat(shown(robot.lookup("#lobby-join").query())).isTrue();
    assertThat(shown(robot.lookup("#call-toolbar").query())).isFalse();
    // My picture takes most of the window's width beside the lobby's card.
    assertThat(myTile.getWidth()).isGreaterThan(stage.getWidth() * 0.5);

    hostingWithAda(robot);

    assertThat(shown(robot.lookup("#lobby").query())).isFalse();
    assertThat(shown(robot.lookup("#call-toolbar").query())).isTrue();
    assertThat(robot.lookup("#call-name").queryLabeled().getText()).isEqualTo("Standup");
  }

  @Test
  void leavingAsTheHostAsksToEndTheCallForEveryoneAndCancelKeepsIt(FxRobot robot) {
    hostingWithAda(robot);

    robot.clickOn("#leave-button");
    Node question = robot.lookup("#confirm-dialog").query();
    assertThat(robot.from(question).lookup("End the call for everyone?").tryQuery()).isPresent();
    robot.clickOn("#confirm-no");
    assertThat(done).doesNotContain("leave");
    assertThat(models.call().inCallProperty().get()).isTrue();

    robot.clickOn("#leave-button");
    robot.clickOn("#confirm-yes");
    assertThat(done).containsExactly("leave");
  }

  @Test
  void removingSomeoneAsksFirst(FxRobot robot) {
    hostingWithAda(robot);
    robot.clickOn("#people-toggle");
    Node remove = robot.lookup(".participant-remove").match(MainViewTest::shown).query();

    robot.clickOn(remove);
    assertThat(robot.lookup("Remove Ada from the call?").tryQuery()).isPresent();
    assertThat(done).isEmpty();
    robot.clickOn("#confirm-yes");

    assertThat(done).containsExactly("remove 2");
  }

  @Test
  void theInviteShowsTheLinkAndCopyPutsItOnTheClipboard(FxRobot robot) throws Exception {
    hostingWithAda(robot);
    String key =
        dev.asciicall.crypto.KeyFingerprint.of(
                dev.asciicall.crypto.IdentityKeyPair.generate(new java.security.SecureRandom())
                    .publicIdentity())
            .text();
    dev.asciicall.call.Invite invite =
        ((dev.asciicall.call.Invite.Valid)
                dev.asciicall.call.Invite.parse(
                    "asciicall://192.168.1.20:54555/?key=" + key + "&name=Standup"))
            .invite();
    robot.interact(() -> models.call().invite().showHosting("Standup", List.of(invite)));
    // Hosting opens the invite once by itself; closed, it is one click away.
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> view.toolbar().invitePopover().hide());

    robot.clickOn("#invite-button");
    javafx.scene.control.TextField link =
        robot.lookup("#invite-link").queryAs(javafx.scene.control.TextField.class);
    assertThat(link.getText()).isEqualTo(invite.link());
    assertThat(robot.lookup("#invite-address-0").queryLabeled().getText())
        .isEqualTo("192.168.1.20:54555");

    robot.clickOn("#invite-copy-link");
    String copied =
        WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
            .get(5, TimeUnit.SECONDS);
    assertThat(copied).isEqualTo(invite.link());
    assertThat(robot.lookup("#invite-copy-link").queryButton().getText()).isEqualTo("Copied");
  }

  @Test
  void theViewSwitchShowsTheSpeakerLargeAndBackToTheGallery(FxRobot robot) {
    hostingWithAda(robot);
    TileViewModel ada = TileViewModel.forParticipant("2", "Ada");
    TileViewModel bo = TileViewModel.forParticipant("3", "Bo");
    FeedTile adaTile = new FeedTile(ada, showing(PICTURE));
    FeedTile boTile = new FeedTile(bo, showing(PICTURE));
    robot.interact(() -> view.feeds().getChildren().addAll(adaTile, boTile));
    double galleryWidth = boTile.getWidth();
    assertThat(adaTile.getWidth()).isEqualTo(galleryWidth);

    robot.clickOn("#view-mode-button");
    robot.interact(() -> bo.speakingProperty().set(true));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(view.feeds().modeProperty().get()).isEqualTo(dev.asciicall.ui.feed.ViewMode.SPEAKER);
    assertThat(boTile.getWidth()).isEqualTo(view.feeds().getWidth());
    assertThat(adaTile.getHeight()).isLessThan(boTile.getHeight() / 3);
    assertThat(robot.lookup("#view-mode-button").queryButton().getText()).isEqualTo("Gallery");

    robot.clickOn("#view-mode-button");
    assertThat(boTile.getWidth()).isEqualTo(galleryWidth);
  }

  @Test
  void theSettingsSheetChangesWhatIsSentAndItsPreviewShowsIt(FxRobot robot) throws Exception {
    robot.clickOn("#lobby-settings");
    FeedTile preview = robot.lookup("#settings-preview").queryAs(FeedTile.class);
    assertThat(shown(preview)).isTrue();
    assertThat(shown(robot.lookup("#lobby").query()))
        .as("the sheet takes the card's place")
        .isFalse();

    robot.clickOn("#columns-slider").type(KeyCode.END);
    Await.onFxThread(
        "the settings preview",
        () ->
            preview.shownFrame() != null
                && preview.shownFrame().columns() == PreviewSettings.MAX_COLUMNS);
    assertThat(robot.lookup("#columns-value").queryLabeled().getText()).isEqualTo("200 columns");

    javafx.scene.control.ScrollPane sheet =
        robot.lookup(".settings-scroll").queryAs(javafx.scene.control.ScrollPane.class);
    robot.interact(() -> sheet.setVvalue(0));
    robot.clickOn("#palette-choice").clickOn("Braille");
    Await.onFxThread(
        "the settings preview",
        () -> preview.shownFrame().mode() == dev.asciicall.ascii.RenderMode.BRAILLE);
    assertThat(settings.settings().ramp()).isEqualTo(dev.asciicall.ui.preview.GlyphRamp.BRAILLE);

    robot.clickOn("#invert-toggle");
    assertThat(settings.invertProperty().get()).isTrue();
    robot.clickOn("#reset-picture");
    assertThat(settings.settings()).isEqualTo(PreviewSettings.DEFAULTS);

    // The voice switches live in the sheet's audio part, further down.
    robot.interact(() -> sheet.setVvalue(1));
    robot.clickOn("#processing-" + dev.asciicall.audio.ProcessingStage.values()[0].word());
    assertThat(
            models
                .controls()
                .processingProperty()
                .get()
                .has(dev.asciicall.audio.ProcessingStage.values()[0]))
        .isFalse();
  }
}
