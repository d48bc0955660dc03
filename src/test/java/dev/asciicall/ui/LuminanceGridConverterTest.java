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
            new PreviewSettings(40, GlyphRamp.CLASSIC, 1, 0, false, true, false));

    TextGrid grid = converter.convert(new VideoFrame(width, height, rgb, 0, 0));

    assertThat(grid.columns()).isEqualTo(40);
    assertThat(grid.rows()).isEqualTo(10);
    assertThat(grid.rowText(0)).isEqualTo("@".repeat(20) + " ".repeat(20));
    assertThat(grid.color(0, 0)).isEqualTo(0xFFFFFF);
    assertThat(grid.color(39, 9)).isEqualTo(0x000000);
  }

  @Test
  void mirrorAndInvertFlipThePicture() {
    byte[] rgb = new byte[64 * 32 * 3];
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        int index = (y * 64 + x) * 3;
        rgb[index] = rgb[index + 1] = rgb[index + 2] = (byte) 255;
      }
    }
    VideoFrame frame = new VideoFrame(64, 32, rgb, 0, 0);
    TextGrid mirrored =
        new LuminanceGridConverter(
                new PreviewSettings(40, GlyphRamp.CLASSIC, 1, 0, false, false, true))
            .convert(frame);
    TextGrid inverted =
        new LuminanceGridConverter(
                new PreviewSettings(40, GlyphRamp.CLASSIC, 1, 0, true, false, false))
            .convert(frame);
    assertThat(mirrored.rowText(0)).isEqualTo(" ".repeat(20) + "@".repeat(20));
    assertThat(inverted.rowText(0)).isEqualTo(" ".repeat(20) + "@".repeat(20));
  }

  @Test
  void brightnessLiftsDarkCellsOffTheBlankGlyph() {
    byte[] rgb = new byte[64 * 32 * 3];
    VideoFrame black = new VideoFrame(64, 32, rgb, 0, 0);
    TextGrid lifted =
        new LuminanceGridConverter(
                new PreviewSettings(40, GlyphRamp.CLASSIC, 1, 0.5, false, false, false))
            .convert(black);
    assertThat(lifted.glyph(0, 0)).isNotEqualTo(' ');
  }

  @Test
  void monochromeGridsCarryNoColours() {
    byte[] rgb = new byte[80 * 16 * 3];
    TextGrid grid =
        new LuminanceGridConverter(PreviewSettings.DEFAULTS)
            .convert(new VideoFrame(80, 16, rgb, 0, 0));
    assertThat(grid.hasColor()).isFalse();
    assertThat(grid.columns()).isEqualTo(80);
    assertThat(grid.toText()).isEqualTo((" ".repeat(80) + "\n").repeat(grid.rows()));
  }

  @Test
  void refusesSettingsOutsideTheSliderRanges() {
    assertThatThrownBy(() -> new PreviewSettings(10, GlyphRamp.CLASSIC, 1, 0, false, false, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
