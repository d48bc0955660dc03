package dev.asciicall.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.terminal.TermColor;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

@UnitTest
class AnsiScreenshotTest {

  @Test
  void aCaptureIsDrawnCellByCellInItsColours() {
    String capture = "\u001b[41m  \u001b[0mX\n\u001b[38;5;46;48;5;21m\u2580\u001b[0m\n";
    AnsiTerminal screen = AnsiScreenshot.fromCapture(capture, 4, 2);
    assertThat(screen.rowText(0)).startsWith("  X");

    BufferedImage image = AnsiScreenshot.render(screen);

    int cellWidth = image.getWidth() / 4;
    int cellHeight = image.getHeight() / 2;
    assertThat(rgb(image, cellWidth / 2, cellHeight / 2))
        .as("a red background")
        .isEqualTo(TermColor.toRgb(TermColor.indexed(1)));
    assertThat(rgb(image, cellWidth / 2, cellHeight + cellHeight / 4))
        .as("a half block's top half in its foreground")
        .isEqualTo(TermColor.toRgb(TermColor.indexed(46)));
    assertThat(rgb(image, cellWidth / 2, 2 * cellHeight - 2))
        .as("and its bottom half in its background")
        .isEqualTo(TermColor.toRgb(TermColor.indexed(21)));
    assertThat(rgb(image, 3 * cellWidth + cellWidth / 2, cellHeight / 2))
        .as("an empty cell keeps the screen's background")
        .isEqualTo(AnsiScreenshot.BACKGROUND.getRGB() & 0xFFFFFF);
  }

  private static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xFFFFFF;
  }
}
