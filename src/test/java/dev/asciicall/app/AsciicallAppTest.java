package dev.asciicall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.Await;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.preferences.AppPreferences;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.window.MainView;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
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
@UiTest
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
    int[] first = picture(tile.canvas()).argb();
    waitForFrames(tile, tile.framesDrawn() + 5);
    int[] later = picture(tile.canvas()).argb();

    int background = first[0];
    long inked = Arrays.stream(first).filter(p -> isLight(p)).count();
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

  /** "Demo scene · 30 fps · convert 0.4 ms · 0 dropped", refreshed once a second. */
  private static final Pattern CAPTURE_FIGURES =
      Pattern.compile(
          "(?<source>.+) · (?<fps>\\d+) fps · convert (?<convert>[^·]+) · (?<dropped>\\d+) dropped");

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

  private static int fps(String figures) {
    Matcher shown = CAPTURE_FIGURES.matcher(figures);
    assertThat(shown.matches()).as("capture figures, got '%s'", figures).isTrue();
    return Integer.parseInt(shown.group("fps"));
  }

  private static String textOf(Label label) throws Exception {
    return WaitForAsyncUtils.asyncFx(label::getText).get(5, TimeUnit.SECONDS);
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
    Await.onFxThread("a grid in colour", () -> tile.shownFrame().hasColor());

    // The choice is remembered for the next start.
    assertThat(AppPreferences.forUser().load().columns()).isEqualTo(PreviewSettings.MAX_COLUMNS);
    assertThat(AppPreferences.forUser().load().color()).isTrue();
  }

  @Test
  void thePaletteOffersHalfBlocksDrawnInColour(FxRobot robot) throws Exception {
    FeedTile tile = robot.lookup("#local-feed").queryAs(FeedTile.class);
    waitForFrames(tile, 2);

    Picture glyphs = picture(tile.canvas());
    robot.clickOn("#lobby-settings");
    robot.clickOn("#palette-choice").clickOn("Half blocks");

    Await.onFxThread(
        "a grid of half blocks",
        () -> tile.shownFrame().hasBackground() && tile.shownFrame().rowText(0).matches("▀+"));
    waitForFrames(tile, tile.framesDrawn() + 1);
    Picture blocks = picture(tile.canvas());
    // What the eye sees: glyphs are strokes on the dark background; half blocks cover the
    // whole picture, each cell's upper and lower half in its own shade.
    assertThat(glyphs.backgroundShowing())
        .as("background showing between the glyphs")
        .isGreaterThan(0.3);
    assertThat(blocks.backgroundShowing())
        .as("background showing between the half blocks")
        .isLessThan(0.02);
    assertThat(Arrays.stream(blocks.argb()).distinct().count())
        .as("shades in the half-block picture")
        .isGreaterThan(16);
  }

  /** A snapshot of a canvas, row by row. */
  private record Picture(int[] argb, int width) {

    /**
     * How much of the picture (the smallest rectangle holding everything drawn) shows the tile's
     * background, the colour of its corner.
     */
    double backgroundShowing() {
      int background = argb[0];
      int height = argb.length / width;
      int left = width;
      int right = -1;
      int top = height;
      int bottom = -1;
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          if (argb[y * width + x] != background) {
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
          }
        }
      }
      long inside = 0;
      long showing = 0;
      for (int y = top; y <= bottom; y++) {
        for (int x = left; x <= right; x++) {
          inside++;
          if (argb[y * width + x] == background) {
            showing++;
          }
        }
      }
      return inside == 0 ? 1 : showing / (double) inside;
    }
  }

  @Test
  void cameraOffStopsThePictureAndCameraOnBringsItBack(FxRobot robot) throws Exception {
    FeedTile tile = robot.lookup("#local-feed").queryAs(FeedTile.class);
    waitForFrames(tile, 2);

    robot.clickOn("#lobby-camera-button");
    assertThat(tile.model().cameraOffProperty().get()).isTrue();
    assertThat(tile.canvas().isVisible()).as("the last picture does not linger").isFalse();
    // Capture stops on its own thread; once it has, the status bar counts no frames in the last
    // second (it would, were the camera only hidden).
    Label figures = robot.lookup("#capture-stats").queryAs(Label.class);
    Await.untilAsserted(() -> assertThat(fps(textOf(figures))).isZero());

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

  private static void waitForFrames(FeedTile tile, long count) {
    Await.onFxThread(count + " frames drawn", () -> tile.framesDrawn() >= count);
  }

  private static Picture picture(Canvas canvas) throws Exception {
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
              return new Picture(argb, width);
            })
        .get(5, TimeUnit.SECONDS);
  }
}
