package dev.asciicall.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.capture.VideoFrame;
import org.junit.jupiter.api.Test;

class LuminanceGridConverterTest {

  @Test
  void brightPixelsBecomeDenseGlyphsAndDarkOnesSpaces() {
    // Left half white, right half black.
    int width = 64;
    int height = 32;
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width / 2; x++) {
        int index = (y * width + x) * 3;
        rgb[index] = rgb[index + 1] = rgb[index + 2] = (byte) 255;
      }
    }
    LuminanceGridConverter converter =
        new LuminanceGridConverter(
            8, LuminanceGridConverter.CLASSIC_RAMP, LuminanceGridConverter.ColorChoice.COLOR);

    TextGrid grid = converter.convert(new VideoFrame(width, height, rgb, 0, 0));

    assertThat(grid.columns()).isEqualTo(8);
    assertThat(grid.rows()).isEqualTo(2);
    assertThat(grid.rowText(0)).isEqualTo("@@@@    ");
    assertThat(grid.color(0, 0)).isEqualTo(0xFFFFFF);
    assertThat(grid.color(7, 1)).isEqualTo(0x000000);
  }

  @Test
  void monochromeGridsCarryNoColours() {
    byte[] rgb = new byte[16 * 16 * 3];
    TextGrid grid =
        new LuminanceGridConverter(4, " #", LuminanceGridConverter.ColorChoice.MONOCHROME)
            .convert(new VideoFrame(16, 16, rgb, 0, 0));
    assertThat(grid.hasColor()).isFalse();
    assertThat(grid.toText()).isEqualTo("    \n    \n");
  }

  @Test
  void refusesARampWithoutContrast() {
    assertThatThrownBy(
            () -> new LuminanceGridConverter(10, "#", LuminanceGridConverter.ColorChoice.COLOR))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
