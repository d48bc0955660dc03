package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.FrameDecoder;
import dev.asciicall.codec.FrameEncoder;
import dev.asciicall.codec.GlyphGrid;
import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@UnitTest
class GridMappingTest {

  private static PixelImage gradient(int width, int height) {
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = (y * width + x) * 3;
        rgb[i] = (byte) (x * 255 / width);
        rgb[i + 1] = (byte) (y * 255 / height);
        rgb[i + 2] = (byte) ((x ^ y) & 0xFF);
      }
    }
    return PixelImage.rgb(width, height, rgb);
  }

  private static AsciiFrame frame(RenderMode mode, ColorCapture color) {
    ConversionSettings settings =
        ConversionSettings.defaults().withColumns(40).withMode(mode).withColor(color);
    return new AsciiConverter().convert(gradient(160, 120), settings);
  }

  @ParameterizedTest
  @EnumSource(RenderMode.class)
  void monochromeFramesSurviveTheMappingExactly(RenderMode mode) throws CodecException {
    AsciiFrame frame = frame(mode, ColorCapture.MONOCHROME);

    AsciiFrame back = GridMapping.toFrame(GridMapping.toGrid(frame));

    assertThat(back).isEqualTo(frame);
    assertThat(back.toText()).isEqualTo(frame.toText());
    assertThat(back.palette()).isEqualTo(frame.palette());
    assertThat(back.mode()).isEqualTo(mode);
  }

  @ParameterizedTest
  @EnumSource(RenderMode.class)
  void colourFramesSurviveTheMappingExactly(RenderMode mode) throws CodecException {
    AsciiFrame frame = frame(mode, ColorCapture.PER_CELL);
    assertThat(frame.hasColor()).isTrue();

    AsciiFrame back = GridMapping.toFrame(GridMapping.toGrid(frame));

    assertThat(back).isEqualTo(frame);
    assertThat(back.hasBackground()).isEqualTo(frame.hasBackground());
  }

  @ParameterizedTest
  @EnumSource(RenderMode.class)
  void framesSurviveTheCodecWithColoursQuantized(RenderMode mode) throws CodecException {
    AsciiFrame frame = frame(mode, ColorCapture.PER_CELL);
    try (FrameEncoder encoder = new FrameEncoder();
        FrameDecoder decoder = new FrameDecoder()) {
      GlyphGrid sent = GridMapping.toGrid(frame);

      AsciiFrame decoded = GridMapping.toFrame(decoder.decode(encoder.encode(sent)));

      assertThat(decoded.toText()).isEqualTo(frame.toText());
      assertThat(decoded.glyphIndices()).isEqualTo(frame.glyphIndices());
      assertThat(decoded).isEqualTo(GridMapping.toFrame(sent.withQuantizedColors()));
    }
  }

  @Test
  void theHalfBlockPaletteIsPaddedForTheCodecAndRestored() throws CodecException {
    AsciiFrame frame = frame(RenderMode.HALF_BLOCK, ColorCapture.MONOCHROME);

    GlyphGrid grid = GridMapping.toGrid(frame);

    assertThat(grid.glyphCount()).isEqualTo(2);
    assertThat(GridMapping.toFrame(grid).palette()).isEqualTo(Palette.HALF_BLOCK);
  }

  @Test
  void gridsNoEngineCouldMakeAreRejected() {
    GlyphGrid unknownMode = new GlyphGrid(1, 1, "short", " .", 200, 0, new byte[1], null, null);
    GlyphGrid lyingFlags =
        new GlyphGrid(1, 1, "short", " .", 0, GridMapping.FLAG_COLOR, new byte[1], null, null);
    GlyphGrid usesPadding =
        new GlyphGrid(
            1,
            1,
            "half-block",
            "▀ ",
            3,
            GridMapping.FLAG_PADDED_PALETTE,
            new byte[] {1},
            null,
            null);

    assertThatThrownBy(() -> GridMapping.toFrame(unknownMode)).isInstanceOf(CodecException.class);
    assertThatThrownBy(() -> GridMapping.toFrame(lyingFlags)).isInstanceOf(CodecException.class);
    assertThatThrownBy(() -> GridMapping.toFrame(usesPadding)).isInstanceOf(CodecException.class);
  }

  @Test
  void framesCrossTheCodecBoundaryWithoutCopiesOfTheirCells() throws CodecException {
    AsciiFrame frame = frame(RenderMode.HALF_BLOCK, ColorCapture.PER_CELL);

    GlyphGrid sent = GridMapping.toGrid(frame);
    assertThat(sent.glyphIndices()).isSameAs(frame.sharedGlyphIndices());
    assertThat(sent.foreground()).isSameAs(frame.sharedForeground());
    assertThat(sent.background()).isSameAs(frame.sharedBackground());
    assertThat(frame.glyphIndices())
        .as("the public copy stays a copy")
        .isNotSameAs(sent.glyphIndices());

    try (FrameEncoder encoder = new FrameEncoder();
        FrameDecoder decoder = new FrameDecoder()) {
      GlyphGrid decoded = decoder.decode(encoder.encode(sent));
      AsciiFrame received = GridMapping.toFrame(decoded);
      assertThat(received.sharedGlyphIndices()).isSameAs(decoded.glyphIndices());
      assertThat(received.sharedForeground()).isSameAs(decoded.foreground());
      assertThat(received.sharedBackground()).isSameAs(decoded.background());
    }
  }
}
