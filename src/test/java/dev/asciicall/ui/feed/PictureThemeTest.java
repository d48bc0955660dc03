package dev.asciicall.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.appearance.Theme;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The picture in a tile is a picture in every theme: a bright area of the frame (dense glyphs)
 * looks bright and a dark one (dark hair: sparse glyphs) looks dark, read back from the screen in
 * the dark and in the light theme. The light theme used to draw dark ink on paper, a negative.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class PictureThemeTest {

  private static final int COLUMNS = 16;
  private static final int ROWS = 6;

  private FeedTile tile;
  private LatestSlot<AsciiFrame> slot;
  private Scene scene;

  @Start
  void start(Stage stage) {
    slot = new LatestSlot<>();
    tile = new FeedTile(TileViewModel.forParticipant("1", "Ann"), slot);
    scene = new Scene(new StackPane(tile), 480, 240);
    stage.setScene(scene);
    stage.show();
  }

  /** Left half bright (the densest glyph of the long ramp), right half dark (a blank). */
  private static AsciiFrame brightLeftDarkRight(boolean colour) {
    byte[] glyphs = new byte[COLUMNS * ROWS];
    int[] colours = colour ? new int[COLUMNS * ROWS] : null;
    for (int row = 0; row < ROWS; row++) {
      for (int column = 0; column < COLUMNS; column++) {
        boolean bright = column < COLUMNS / 2;
        // A dark cell is blank; in a colour frame it carries a little ink in its own dark colour.
        int dark = colour ? 1 : 0;
        glyphs[row * COLUMNS + column] = (byte) (bright ? Palette.LONG.size() - 1 : dark);
        if (colour) {
          colours[row * COLUMNS + column] = bright ? 0xF0E8D8 : 0x20160F;
        }
      }
    }
    return AsciiFrame.of(COLUMNS, ROWS, Palette.LONG, RenderMode.DENSITY, glyphs, colours, null);
  }

  /** Half blocks: every cell bright on top, dark below. */
  private static AsciiFrame halfBlocksBrightOverDark() {
    int cells = COLUMNS * ROWS;
    int[] top = new int[cells];
    int[] bottom = new int[cells];
    java.util.Arrays.fill(top, 0xFFFFFF);
    java.util.Arrays.fill(bottom, 0x000000);
    return AsciiFrame.of(
        COLUMNS, ROWS, Palette.HALF_BLOCK, RenderMode.HALF_BLOCK, new byte[cells], top, bottom);
  }

  private WritableImage show(FxRobot robot, Theme theme, AsciiFrame frame) throws Exception {
    long before = tile.framesDrawn();
    robot.interact(
        () -> {
          scene.getStylesheets().setAll(theme.stylesheetUrls());
          tile.useTheme(theme);
          slot.offer(frame);
        });
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tile.framesDrawn() > before);
    return WaitForAsyncUtils.asyncFx(() -> tile.snapshot(null, null)).get(5, TimeUnit.SECONDS);
  }

  /** Mean brightness (0–1) of the picture's columns from {@code fromColumn} to {@code toColumn}. */
  private static double brightness(WritableImage image, double from, double to) {
    PixelReader pixels = image.getPixelReader();
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    double sum = 0;
    int count = 0;
    for (int y = height / 4; y < height * 3 / 4; y++) {
      for (int x = (int) (width * from); x < (int) (width * to); x++) {
        sum += pixels.getColor(x, y).getBrightness();
        count++;
      }
    }
    return sum / count;
  }

  private void assertBrightLeftDarkRight(FxRobot robot, boolean colour) throws Exception {
    for (Theme theme : Theme.values()) {
      WritableImage image = show(robot, theme, brightLeftDarkRight(colour));
      // The picture is centred and keeps its aspect: sample well inside each half.
      double bright = brightness(image, 0.30, 0.45);
      double dark = brightness(image, 0.55, 0.70);
      assertThat(bright)
          .as(
              "%s theme: the bright area (%.2f) looks brighter than the dark one (%.2f)",
              theme, bright, dark)
          .isGreaterThan(dark * 2 + 0.05);
    }
  }

  @Test
  void aBrightAreaStaysBrightAndDarkHairStaysDarkInBothThemes(FxRobot robot) throws Exception {
    assertBrightLeftDarkRight(robot, false);
  }

  @Test
  void colourPicturesAreNotInvertedByTheLightTheme(FxRobot robot) throws Exception {
    assertBrightLeftDarkRight(robot, true);
  }

  @Test
  void halfBlocksKeepTheirUpperColourAboveTheLowerInBothThemes(FxRobot robot) throws Exception {
    for (Theme theme : Theme.values()) {
      WritableImage image = show(robot, theme, halfBlocksBrightOverDark());
      PixelReader pixels = image.getPixelReader();
      int x = (int) image.getWidth() / 2;
      // Walk down the middle: inside the picture, rows alternate white (top halves) and black.
      int whites = 0;
      int blacks = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        Color pixel = pixels.getColor(x, y);
        if (pixel.equals(Color.WHITE)) {
          whites++;
        } else if (pixel.equals(Color.BLACK)) {
          blacks++;
        }
      }
      assertThat(whites).as("%s theme: white top halves", theme).isGreaterThan(20);
      assertThat(blacks).as("%s theme: black bottom halves", theme).isGreaterThan(20);
    }
  }
}
