package dev.asciicall.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
    preferences.saveWindowBounds(0, 0, 620, 560);
    // Own stages, not the primary one: that is shared with the other UI tests and keeps its size.
    primaryStage = stage;
    hostStage = new Stage();
    hostApp = new AsciicallApp();
    hostApp.start(hostStage);
    preferences.saveWindowBounds(640, 0, 620, 560);
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
  void twoWindowsCallEachOtherAndLeavingRemovesTheTile(FxRobot robot) throws Exception {
    hostFromTheMenu(robot);
    // The dialog lists where others can join; this computer's own address is always there.
    Await.until(
        "where others can join", () -> robot.lookup("#hosted-address-0").tryQuery().isPresent());
    assertThat(robot.lookup("127.0.0.1:" + tcpPort).tryQuery()).isPresent();
    assertThat(robot.lookup("#hosted-address-0").queryAs(Label.class).getText())
        .endsWith(":" + tcpPort);
    closeHostedDialog(robot);

    joinFromTheMenu(robot, "127.0.0.1:" + tcpPort);
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
    Await.untilAsserted(
        () ->
            assertThat(onFx(() -> callFigures(guestStage)))
                .matches("2 in call · sent \\d+ fps .*RTT \\d+ ms"));

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

    // Ctrl+L in the guest's window leaves: both windows drop the other's tile.
    robot.clickOn(localTile(guestStage));
    robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
    Await.onFxThread(
        "both remote tiles gone",
        () ->
            robot.lookup("#remote-feed-1").tryQuery().isEmpty()
                && robot.lookup("#remote-feed-0").tryQuery().isEmpty());
    assertThat(hostModels.participants().find("1")).isEmpty();
    assertThat(statusText(guestStage)).isEqualTo("You left the call.");
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
    closeHostedDialog(robot);
    openCallMenu(robot, guestStage);
    robot.clickOn("Join by IP…");
    robot.clickOn("Recent: 127.0.0.1:" + tcpPort);
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

  /** Waits until the dialog is laid out on screen (slow on a loaded machine), then closes it. */
  private static void closeHostedDialog(FxRobot robot) {
    Await.onFxThread(
        "the hosted dialog's close button on screen",
        () ->
            robot.lookup("#hosted-close").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    robot.clickOn("#hosted-close");
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
