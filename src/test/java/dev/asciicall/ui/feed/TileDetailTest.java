package dev.asciicall.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class TileDetailTest {

  /** DejaVu Sans Mono's cell: 0.602 × 1.164 of the font size. */
  private final TileDetail detail = new TileDetail(0.602, 1.164);

  private static AsciiFrame frame(int columns, int rows, RenderMode mode, Palette palette) {
    byte[] glyphs = new byte[columns * rows];
    for (int i = 0; i < glyphs.length; i++) {
      // Left half empty, right half full ink.
      glyphs[i] = (byte) (i % columns < columns / 2 ? 0 : palette.size() - 1);
    }
    return AsciiFrame.of(columns, rows, palette, mode, glyphs, null, null);
  }

  @Test
  void aLargeTileDrawsTheFrameAsSent() {
    AsciiFrame sent = frame(120, 46, RenderMode.DENSITY, Palette.LONG);

    assertThat(detail.fit(sent, 1200, 800)).isSameAs(sent);
  }

  @Test
  void aSmallTileDrawsFewerCellsWithLegibleGlyphsAndTheSameShape() {
    AsciiFrame sent = frame(200, 77, RenderMode.DENSITY, Palette.LONG);
    assertThat(detail.fontSize(sent, 240, 180)).isLessThan(TileDetail.MIN_FONT_PIXELS);

    AsciiFrame drawn = detail.fit(sent, 240, 180);

    assertThat(detail.fontSize(drawn, 240, 180))
        .isGreaterThanOrEqualTo(TileDetail.MIN_FONT_PIXELS - 0.5);
    assertThat((double) drawn.columns() / drawn.rows())
        .isCloseTo(200.0 / 77, org.assertj.core.data.Offset.offset(0.3));
    // The picture is still dark on the left and dense on the right.
    assertThat(drawn.glyphIndex(0, 0)).isZero();
    assertThat(drawn.glyphIndex(drawn.columns() - 1, 0)).isEqualTo(Palette.LONG.size() - 1);
  }

  @Test
  void densityBlocksAverageTheirInkAndShapesKeepAGlyph() {
    AsciiFrame two =
        AsciiFrame.of(2, 1, Palette.SHORT, RenderMode.DENSITY, new byte[] {0, 8}, null, null);
    assertThat(TileDetail.resample(two, 1, 1).glyphIndex(0, 0)).isEqualTo(4);

    AsciiFrame shapes =
        AsciiFrame.of(2, 1, Palette.LONG, RenderMode.SHAPE, new byte[] {3, 9}, null, null);
    assertThat(TileDetail.resample(shapes, 1, 1).glyphIndex(0, 0)).isIn(3, 9);
  }

  @Test
  void coloursAreAveragedPerBlock() {
    AsciiFrame coloured =
        AsciiFrame.of(
            2,
            1,
            Palette.SHORT,
            RenderMode.DENSITY,
            new byte[] {1, 1},
            new int[] {0xFF0000, 0x0000FF},
            null);

    AsciiFrame one = TileDetail.resample(coloured, 1, 1);

    assertThat(one.foreground(0, 0)).isEqualTo(0x7F007F);
  }
}
