package dev.asciicall.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.testing.UiTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the painter puts on screen, read back from the canvas. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class GridPainterTest {

  @Start
  void start(Stage stage) {}

  @Test
  void halfBlocksShowTheirUpperColourAboveTheirLowerColourWithoutGaps() throws Exception {
    AsciiFrame grid =
        AsciiFrame.of(
            2,
            2,
            Palette.HALF_BLOCK,
            RenderMode.HALF_BLOCK,
            new byte[4],
            new int[] {0xFF0000, 0x00FF00, 0xFF0000, 0x00FF00},
            new int[] {0x0000FF, 0xFFFFFF, 0x0000FF, 0xFFFFFF});
    WritableImage image =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Canvas canvas = new Canvas(200, 200);
                  new GridPainter().paint(canvas.getGraphicsContext2D(), grid, 200, 200);
                  return canvas.snapshot(null, null);
                })
            .get(5, TimeUnit.SECONDS);

    // Sample the left cell column down the middle of the picture: red, blue, red, blue.
    int x = 100 - 10;
    Color[] bands = new Color[4];
    int top = firstRowNotBackground(image, x);
    int bottom = lastRowNotBackground(image, x);
    double quarter = (bottom - top + 1) / 4.0;
    for (int band = 0; band < 4; band++) {
      bands[band] = image.getPixelReader().getColor(x, (int) (top + quarter * (band + 0.5)));
    }
    assertThat(bands[0]).isEqualTo(Color.rgb(255, 0, 0));
    assertThat(bands[1]).isEqualTo(Color.rgb(0, 0, 255));
    assertThat(bands[2]).isEqualTo(Color.rgb(255, 0, 0));
    assertThat(bands[3]).isEqualTo(Color.rgb(0, 0, 255));
    for (int y = top; y <= bottom; y++) {
      Color pixel = image.getPixelReader().getColor(x, y);
      assertThat(pixel).as("row %d is red or blue, no gap", y).isIn(bands[0], bands[1]);
    }
  }

  private static int firstRowNotBackground(WritableImage image, int x) {
    Color background = image.getPixelReader().getColor(0, 0);
    for (int y = 0; y < image.getHeight(); y++) {
      if (!image.getPixelReader().getColor(x, y).equals(background)) {
        return y;
      }
    }
    throw new AssertionError("nothing painted");
  }

  private static int lastRowNotBackground(WritableImage image, int x) {
    Color background = image.getPixelReader().getColor(0, 0);
    for (int y = (int) image.getHeight() - 1; y >= 0; y--) {
      if (!image.getPixelReader().getColor(x, y).equals(background)) {
        return y;
      }
    }
    throw new AssertionError("nothing painted");
  }
}
