package dev.asciicall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.CallState;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.preferences.AppPreferences;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.window.MainView;
import dev.asciicall.ui.window.WindowModels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two app windows in one JVM, each with its own demo scene, call each other over 127.0.0.1 through
 * the Call menu, clicked and typed like a user.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class CallWindowTest {
  private static final long WAIT_SECONDS = Await.LIMIT.toSeconds();

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private AsciicallApp hostApp;
  private AsciicallApp guestApp;
  private Stage hostStage;
  private Stage guestStage;
  private Stage primaryStage;

  @Start
  void start(Stage stage) {
    AppPreferences preferences = AppPreferences.forUser();
    preferences.clear();
    // What the user chose last time, so the dialogs open filled in and the test types little: on
    // a loaded 2-core machine each keystroke waits for two busy windows.
    preferences.saveCallNumber("host.port", tcpPort);
    preferences.saveCallNumber("host.udpPort", udpPort);
    preferences.saveCallText("host.callName", "Standup");
    preferences.saveName("Hana");
    preferences.saveCallNumber("join.udpPort", udpPort);
    PreviewSettings defaults = PreviewSettings.DEFAULTS;
    preferences.save(
        new PreviewSettings(
            PreviewSettings.MIN_COLUMNS,
            defaults.ramp(),
            defaults.contrast(),
            defaults.brightness(),
            defaults.invert(),
            defaults.color(),
            defaults.mirror()));
    // Side by side, so clicks land in the window meant.
    preferences.saveWindowBounds(0, 0, 900, 620);
    // Own stages, not the primary one: that is shared with the other UI tests and keeps its size.
    primaryStage = stage;
    hostStage = new Stage();
    hostApp = new AsciicallApp();
    hostApp.start(hostStage);
    preferences.saveWindowBounds(960, 0, 900, 620);
    guestStage = new Stage();
    guestApp = new AsciicallApp();
    guestApp.start(guestStage);
  }

  @AfterEach
  void closeApps() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              guestApp.stop();
              hostApp.stop();
              for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window != primaryStage) {
                  window.hide();
                }
              }
            })
        .get(20, TimeUnit.SECONDS);
  }

  @Test
  void twoWindowsCallEachOtherFromTheLobbyAndLeavingRemovesTheTile(FxRobot robot) throws Exception {
    // The host's lobby: Host a call starts at once; the toolbar replaces the lobby and the invite
    // opens by itself with every address, this computer's own always among them.
    assertThat(shownIn(hostStage, "#call-toolbar")).isFalse();
    // Once the devices are listed the card stops moving (a line about missing audio may appear).
    for (Stage stage : new Stage[] {hostStage, guestStage}) {
      WindowModels models = ((MainView) stage.getScene().getRoot()).models();
      WaitForAsyncUtils.waitFor(
          WAIT_SECONDS, TimeUnit.SECONDS, () -> !models.controls().microphones().isEmpty());
    }
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(hostStage.getScene().lookup("#lobby-host"));
    WindowModels hosting = hostView().models();
    try {
      WaitForAsyncUtils.waitFor(
          WAIT_SECONDS,
          TimeUnit.SECONDS,
          () -> hosting.call().stateProperty().get() == CallState.HOSTING);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "not hosting: "
              + hosting.call().stateProperty().get()
              + " "
              + hosting.call().messageProperty().get()
              + " canHost="
              + hosting.lobby().canHost().get()
              + " windows="
              + Window.getWindows(),
          e);
    }
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS, TimeUnit.SECONDS, () -> hostView().toolbar().invitePopover().isShowing());
    assertThat(shownIn(hostStage, "#call-toolbar")).isTrue();
    assertThat(shownIn(hostStage, "#lobby")).isFalse();
    assertThat(robot.lookup("127.0.0.1:" + tcpPort).tryQuery()).isPresent();
    assertThat(robot.lookup("#invite-link").queryTextInputControl().getText())
        .startsWith("asciicall://")
        .contains(":" + tcpPort + "/?key=")
        .endsWith("&name=Standup");
    // A click elsewhere closes it.
    robot.clickOn(localTile(hostStage));
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS, TimeUnit.SECONDS, () -> !hostView().toolbar().invitePopover().isShowing());

    // The guest's lobby: type the address, Join.
    robot.clickOn(guestStage.getScene().lookup("#lobby-join-address"));
    robot.write("127.0.0.1:" + tcpPort);
    robot.clickOn(guestStage.getScene().lookup("#lobby-join"));
    FeedTile hostSeenByGuest = waitForTile(robot, "#remote-feed-0");
    FeedTile guestSeenByHost = waitForTile(robot, "#remote-feed-1");
    waitForFrames(hostSeenByGuest, 3);
    waitForFrames(guestSeenByHost, 3);

    // The guest's tile of the host shows the host's picture: light glyphs on a dark background,
    // in the host's grid size.
    int[] pixels = pixels(hostSeenByGuest);
    long inked = Arrays.stream(pixels).filter(CallWindowTest::isLight).count();
    assertThat(inked).as("light glyph pixels").isGreaterThan(pixels.length / 200);
    assertThat(isLight(pixels[0])).as("dark background").isFalse();
    FeedTile hostLocal = localTile(hostStage);
    assertThat(hostSeenByGuest.shownFrame().columns()).isEqualTo(hostLocal.shownFrame().columns());
    assertThat(hostSeenByGuest.shownFrame().toText()).contains("@");

    assertThat(statusText(guestStage)).startsWith("In 'Standup' at 127.0.0.1:" + tcpPort);
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS,
        TimeUnit.SECONDS,
        () -> callFigures(guestStage).matches("2 in call · sent \\d+ fps .*RTT \\d+ ms"));
    assertThat(guestStage.getTitle()).matches("Standup · \\d+:\\d\\d · 2 people — asciicall");

    // The people list and the chat follow the call.
    WindowModels guestModels = ((MainView) guestStage.getScene().getRoot()).models();
    WindowModels hostModels = ((MainView) hostStage.getScene().getRoot()).models();
    assertThat(guestModels.participants().find("0").map(p -> p.nameProperty().get()))
        .contains("Hana");
    WaitForAsyncUtils.asyncFx(() -> guestModels.chat().send("hello from the guest"))
        .get(5, TimeUnit.SECONDS);
    Await.onFxThread(
        "the guest's line in the host's chat",
        () ->
            hostModels.chat().lines().stream()
                .anyMatch(line -> line.text().equals("hello from the guest") && !line.mine()));

    // The host's Leave asks first; Cancel keeps the call for everyone. (Notices in the window's
    // corner may cover the toolbar for a few seconds: wait until they are gone.)
    WaitForAsyncUtils.waitFor(
        40,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () ->
                        robot
                            .lookup(".notification-bar")
                            .match(NodeQueryUtils.isVisible())
                            .tryQuery()
                            .isEmpty())
                .get());
    robot.clickOn(hostStage.getScene().lookup("#leave-button"));
    WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> confirmation().isPresent());
    assertThat(robot.from(confirmation().get()).lookup("End the call for everyone?").tryQuery())
        .isPresent();
    robot.clickOn(robot.from(confirmation().get()).lookup("#confirm-no").queryButton());
    WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> confirmation().isEmpty());
    assertThat(hostModels.call().stateProperty().get()).isEqualTo(CallState.HOSTING);
    assertThat(robot.lookup("#remote-feed-0").tryQuery()).isPresent();

    // The guest's Leave leaves at once: both windows drop the other's tile.
    robot.clickOn(guestStage.getScene().lookup("#leave-button"));
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("#remote-feed-1").tryQuery().isEmpty()
                && robot.lookup("#remote-feed-0").tryQuery().isEmpty());
    assertThat(hostModels.participants().find("1")).isEmpty();
    assertThat(statusText(guestStage)).isEqualTo("You left the call.");
    assertThat(shownIn(guestStage, "#lobby")).as("back in the lobby").isTrue();
  }

  @Test
  void aFailedJoinSaysWhatToDoAndTheNextJoinWorks(FxRobot robot) throws Exception {
    joinFromTheMenu(robot, "127.0.0.1:" + tcpPort);
    Await.untilAsserted(
        () ->
            assertThat(onFx(() -> statusText(guestStage)))
                .startsWith("Nothing is listening at 127.0.0.1:" + tcpPort)
                .endsWith("Check the address and that the host has started the call."));

    // The window keeps working: host in the other window, then the same join succeeds.
    hostFromTheMenu(robot);
    closeInvite(robot, hostStage);
    openCallMenu(robot, guestStage);
    robot.clickOn("Join by IP…");
    // The failed address is offered again, not saved as recent.
    assertThat(robot.lookup("#join-address").queryAs(TextField.class).getText())
        .isEqualTo("127.0.0.1:" + tcpPort);
    assertThat(robot.lookup("Recent: 127.0.0.1:" + tcpPort).tryQuery()).isEmpty();
    robot.clickOn("#join-button");
    waitForFrames(waitForTile(robot, "#remote-feed-0"), 2);
    assertThat(onFx(() -> statusText(guestStage)))
        .startsWith("In 'Standup' at 127.0.0.1:" + tcpPort);
  }

  private void hostFromTheMenu(FxRobot robot) {
    openCallMenu(robot, hostStage);
    robot.clickOn("Host a call…");
    assertThat(robot.lookup("#host-port").queryAs(TextField.class).getText())
        .isEqualTo(Integer.toString(tcpPort));
    robot.clickOn("#host-button");
  }

  private void joinFromTheMenu(FxRobot robot, String address) {
    openCallMenu(robot, guestStage);
    robot.clickOn("Join by IP…");
    robot.clickOn("#join-address").write(address);
    robot.clickOn("#join-button");
  }

  /** Waits until hosting opened the invite (slow on a loaded machine), then closes it. */
  private static void closeInvite(FxRobot robot, Stage host) throws TimeoutException {
    MainView view = (MainView) host.getScene().getRoot();
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS, TimeUnit.SECONDS, () -> view.toolbar().invitePopover().isShowing());
    robot.clickOn(localTile(host));
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS, TimeUnit.SECONDS, () -> !view.toolbar().invitePopover().isShowing());
  }

  /** The question dialog's content while one is showing. */
  private static java.util.Optional<Node> confirmation() throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () ->
                Window.getWindows().stream()
                    .filter(Window::isShowing)
                    .map(window -> window.getScene().lookup("#confirm-dialog"))
                    .filter(java.util.Objects::nonNull)
                    .findFirst())
        .get(5, TimeUnit.SECONDS);
  }

  private MainView hostView() {
    return (MainView) hostStage.getScene().getRoot();
  }

  private static boolean shownIn(Stage stage, String id) {
    Node node = stage.getScene().lookup(id);
    for (Node at = node; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return node != null;
  }

  private static void openCallMenu(FxRobot robot, Stage stage) {
    Node callMenu =
        robot
            .from(stage.getScene().getRoot())
            .lookup((Node node) -> node instanceof MenuButton b && "Call".equals(b.getText()))
            .query();
    robot.clickOn(callMenu);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static FeedTile localTile(Stage stage) {
    return (FeedTile) stage.getScene().lookup("#local-feed");
  }

  private static String statusText(Stage stage) {
    return ((StatusBar) stage.getScene().lookup("#status-bar")).getText();
  }

  private static String callFigures(Stage stage) {
    return ((Label) stage.getScene().lookup("#call-stats")).getText();
  }

  private static FeedTile waitForTile(FxRobot robot, String id) {
    Await.onFxThread("the tile " + id, () -> robot.lookup(id).tryQuery().isPresent());
    return robot.lookup(id).queryAs(FeedTile.class);
  }

  private static void waitForFrames(FeedTile tile, long count) {
    Await.onFxThread(count + " frames drawn", () -> tile.framesDrawn() >= count);
  }

  /** Reads what the window shows on the FX thread, the only one that may. */
  private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
  }

  private static boolean isLight(int argb) {
    int red = (argb >> 16) & 0xFF;
    int green = (argb >> 8) & 0xFF;
    int blue = argb & 0xFF;
    return red + green + blue > 3 * 128;
  }

  private static int[] pixels(FeedTile tile) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              WritableImage image = tile.canvas().snapshot(null, null);
              PixelReader reader = image.getPixelReader();
              int width = (int) image.getWidth();
              int height = (int) image.getHeight();
              int[] argb = new int[width * height];
              reader.getPixels(
                  0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
              return argb;
            })
        .get(5, TimeUnit.SECONDS);
  }
}
