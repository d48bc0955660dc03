package dev.asciicall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.preferences.AppPreferences;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.window.MainView;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window: the local demo feed appears as glyphs on the canvas and keeps moving. */
@ExtendWith(ApplicationExtension.class)
class AsciicallAppTest {

  private AsciicallApp app;

  @Start
  void start(Stage stage) {
    AppPreferences.forUser().clear();
    app = new AsciicallApp();
    app.start(stage);
  }

  @AfterEach
  void closeApp() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(5, TimeUnit.SECONDS);
  }

  @Test
  void windowShowsTheLocalDemoFeedAsChangingGlyphs(FxRobot robot) throws Exception {
    FeedTile tile = robot.lookup("#local-feed").queryAs(FeedTile.class);
    waitForFrames(tile, 3);
    int[] first = pixels(tile.canvas());
    waitForFrames(tile, tile.framesDrawn() + 5);
    int[] later = pixels(tile.canvas());

    int background = first[0];
    long inked = java.util.Arrays.stream(first).filter(p -> isLight(p)).count();
    assertThat(inked)
        .as("light glyph pixels on the dark background")
        // At least 1 % of the canvas is ink: thin line glyphs of the shape mode ink less than
        // density glyphs, and how much depends on where the demo scene is, so no tighter bound.
        .isGreaterThan(first.length / 100);
    assertThat(isLight(background)).as("background is dark").isFalse();
    long changed = 0;
    for (int i = 0; i < first.length; i++) {
      if (first[i] != later[i]) {
        changed++;
      }
    }
    assertThat(changed).as("pixels that changed as the scene moved").isGreaterThan(100);
    assertThat(tile.shownFrame().toText()).contains("@");
  }

  @Test
  void statusBarShowsLiveCaptureFigures(FxRobot robot) throws Exception {
    javafx.scene.control.Label figures =
        robot.lookup("#capture-stats").queryAs(javafx.scene.control.Label.class);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> figures.getText().matches(".*Demo scene.*fps.*convert [0-9.]+ ms.*dropped"));
    assertThat(figures.getTooltip().getText())
        .as("what 'dropped' means is explained")
        .contains("dropped\": camera frames skipped because a newer one was ready");
  }

  @Test
  void aFirstLaunchOpensAtASensibleSizeThatCannotShrinkBelowTheLayout(FxRobot robot) {
    Stage stage = (Stage) robot.lookup("#local-feed").query().getScene().getWindow();
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();

    assertThat(stage.getWidth()).isGreaterThanOrEqualTo(Math.min(960, screen.getWidth()));
    assertThat(stage.getHeight()).isGreaterThanOrEqualTo(Math.min(640, screen.getHeight()));
    assertThat(stage.getMinWidth()).isEqualTo(Math.min(800, screen.getWidth()));
    assertThat(stage.getMinHeight()).isEqualTo(Math.min(560, screen.getHeight()));
    assertThat(stage.getTitle()).isEqualTo("asciicall");
  }

  @Test
  void slidersAndTogglesChangeTheRenderedGrid(FxRobot robot) throws Exception {
    FeedTile tile = robot.lookup("#local-feed").queryAs(FeedTile.class);
    waitForFrames(tile, 2);
    assertThat(tile.shownFrame().columns()).isEqualTo(PreviewSettings.DEFAULTS.columns());

    robot.clickOn("#lobby-settings");
    robot.clickOn("#columns-slider").type(KeyCode.END);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> tile.shownFrame().columns() == PreviewSettings.MAX_COLUMNS);
    // The sheet's preview shows what is sent: the same frames.
    FeedTile preview = robot.lookup("#settings-preview").queryAs(FeedTile.class);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            preview.shownFrame() != null
                && preview.shownFrame().columns() == PreviewSettings.MAX_COLUMNS);

    robot.clickOn("#colour-toggle");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tile.shownFrame().hasColor());

    // The choice is remembered for the next start.
    assertThat(AppPreferences.forUser().load().columns()).isEqualTo(PreviewSettings.MAX_COLUMNS);
    assertThat(AppPreferences.forUser().load().color()).isTrue();
  }

  @Test
  void thePaletteOffersHalfBlocksDrawnInColour(FxRobot robot) throws Exception {
    FeedTile tile = robot.lookup("#local-feed").queryAs(FeedTile.class);
    waitForFrames(tile, 2);

    robot.clickOn("#lobby-settings");
    robot.clickOn("#palette-choice").clickOn("Half blocks");

    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> tile.shownFrame().hasBackground() && tile.shownFrame().rowText(0).matches("▀+"));
  }

  @Test
  void cameraOffStopsThePictureAndCameraOnBringsItBack(FxRobot robot) throws Exception {
    FeedTile tile = robot.lookup("#local-feed").queryAs(FeedTile.class);
    waitForFrames(tile, 2);

    robot.clickOn("#lobby-camera-button");
    assertThat(tile.model().cameraOffProperty().get()).isTrue();
    // Capture stops on its own thread; once it has, no new picture arrives.
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> {
          long before = tile.framesDrawn();
          Thread.sleep(600);
          return tile.framesDrawn() == before;
        });

    robot.clickOn("#lobby-camera-button");
    waitForFrames(tile, tile.framesDrawn() + 3);
    assertThat(tile.model().cameraOffProperty().get()).isFalse();
  }

  @Test
  void theChosenThemeIsRememberedForTheNextStart(FxRobot robot) {
    MainView view = (MainView) robot.lookup("#feeds").query().getScene().getRoot();
    robot.interact(() -> view.models().appearance().themeProperty().set(Theme.LIGHT));
    assertThat(AppPreferences.forUser().theme()).isEqualTo(Theme.LIGHT);
  }

  private static boolean isLight(int argb) {
    int red = (argb >> 16) & 0xFF;
    int green = (argb >> 8) & 0xFF;
    int blue = argb & 0xFF;
    return red + green + blue > 3 * 128;
  }

  private static void waitForFrames(FeedTile tile, long count) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tile.framesDrawn() >= count);
  }

  private static int[] pixels(Canvas canvas) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              WritableImage image = canvas.snapshot(null, null);
              PixelReader reader = image.getPixelReader();
              int width = (int) image.getWidth();
              int height = (int) image.getHeight();
              int[] argb = new int[width * height];
              reader.getPixels(
                  0,
                  0,
                  width,
                  height,
                  javafx.scene.image.PixelFormat.getIntArgbInstance(),
                  argb,
                  0,
                  width);
              return argb;
            })
        .get(5, TimeUnit.SECONDS);
  }
}
