package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

@UnitTest
class AsciiConverterTest {

  private final AsciiConverter converter = new AsciiConverter();

  private static ConversionSettings density(int columns) {
    return ConversionSettings.defaults()
        .withSizing(new Sizing.ByColumns(columns, 2.0))
        .withMode(RenderMode.DENSITY)
        .withPalette(Palette.CLASSIC);
  }

  @Test
  void blackIsEmptyAndWhiteIsTheDensestGlyphLightOnDark() {
    ConversionSettings fixed = density(4).withLevels(Levels.FIXED);
    AsciiFrame black = converter.convert(uniform(40, 40, 0), fixed);
    AsciiFrame white = new AsciiConverter().convert(uniform(40, 40, 255), fixed);
    assertThat(black.toText()).isEqualTo("    \n    ");
    assertThat(white.toText()).isEqualTo("@@@@\n@@@@");
    assertThat(black.columns()).isEqualTo(4);
    assertThat(black.rows()).isEqualTo(2);
  }

  @Test
  void aConverterMovesToTheSimdPathOnceItIsWarmAndDrawsTheSameText() throws Exception {
    // Shape and likeness modes on a picture with edges, so both the pooling and the glyph searches
    // are compared.
    ConversionSettings shape =
        ConversionSettings.defaults().withColumns(30).withMode(RenderMode.SHAPE);
    ConversionSettings likeness = shape.withMode(RenderMode.LIKENESS);
    byte[] rgb = new byte[333 * 207 * 3];
    for (int y = 0, i = 0; y < 207; y++) {
      for (int x = 0; x < 333; x++, i += 3) {
        boolean disc = Math.hypot(x - 160, y - 100) < 70;
        int grey = disc ? 230 : 20 + x * 120 / 333;
        rgb[i] = (byte) grey;
        rgb[i + 1] = (byte) (grey ^ 0x30);
        rgb[i + 2] = (byte) (255 - grey);
      }
    }
    PixelImage picture = PixelImage.rgb(333, 207, rgb);
    AsciiConverter early = new AsciiConverter();
    AsciiConverter earlyLikeness = new AsciiConverter();
    String before = early.convert(picture, shape).toText();
    String beforeLikeness = earlyLikeness.convert(picture, likeness).toText();
    assertThat(SimdEngine.awaitActive(java.time.Duration.ofSeconds(120))).as("warmed up").isTrue();
    String after = early.convert(picture, shape).toText();
    assertThat(early.poolerPath()).isEqualTo(CellPooler.Path.VECTOR);
    assertThat(after).isEqualTo(before);
    assertThat(new AsciiConverter().convert(picture, likeness).toText()).isEqualTo(beforeLikeness);
  }

  @Test
  void invertPutsTheInkOnDarkPixels() {
    ConversionSettings inverted = density(4).withLevels(Levels.FIXED).inverted();
    assertThat(converter.convert(uniform(40, 40, 0), inverted).toText()).isEqualTo("@@@@\n@@@@");
  }

  @Test
  void autoLevelsStretchANarrowBandOfGreyOverTheWholePalette() {
    // A dim indoor picture: luma only between 100 and 140.
    PixelImage narrow = horizontalRamp(200, 20, 100, 140);
    AsciiFrame fixed = converter.convert(narrow, density(20).withLevels(Levels.FIXED));
    AsciiFrame auto = new AsciiConverter().convert(narrow, density(20));
    assertThat(distinctGlyphs(fixed)).isLessThanOrEqualTo(3);
    assertThat(auto.rowText(0)).startsWith(" ").endsWith("@");
    assertThat(distinctGlyphs(auto)).isGreaterThanOrEqualTo(10);
  }

  @Test
  void autoLevelsFollowAChangeGraduallySoVideoDoesNotFlicker() {
    converter.convert(horizontalRamp(200, 20, 100, 140), density(20));
    assertThat(converter.levelLow()).isBetween(99.0, 102.0);
    converter.convert(horizontalRamp(200, 20, 0, 255), density(20));
    assertThat(converter.levelLow()).isBetween(60.0, 95.0);
    for (int i = 0; i < 40; i++) {
      converter.convert(horizontalRamp(200, 20, 0, 255), density(20));
    }
    assertThat(converter.levelLow()).isLessThan(8.0);
    assertThat(converter.levelHigh()).isGreaterThan(240.0);
  }

  @Test
  void brightnessAndContrastMoveTheTone() {
    ConversionSettings fixed = density(1).withLevels(Levels.FIXED);
    PixelImage grey = uniform(10, 10, 128);
    int plain = converter.convert(grey, fixed).glyphIndex(0, 0);
    int brighter = converter.convert(grey, fixed.withBrightness(0.3)).glyphIndex(0, 0);
    int flat = converter.convert(grey, fixed.withContrast(0)).glyphIndex(0, 0);
    int lifted = converter.convert(grey, fixed.withGamma(3)).glyphIndex(0, 0);
    assertThat(brighter).isGreaterThan(plain);
    assertThat(lifted).isGreaterThan(plain);
    assertThat(flat)
        .isEqualTo(converter.convert(uniform(10, 10, 10), fixed.withContrast(0)).glyphIndex(0, 0));
  }

  @Test
  void ditheringMixesNeighbouringGlyphsOnAFlatMidTone() {
    ConversionSettings shades = density(16).withPalette(Palette.SHADES).withLevels(Levels.FIXED);
    PixelImage between = uniform(160, 40, 150);
    assertThat(distinctGlyphs(converter.convert(between, shades))).isEqualTo(1);
    assertThat(distinctGlyphs(converter.convert(between, shades.withDither(Dither.ORDERED))))
        .isEqualTo(2);
    assertThat(
            distinctGlyphs(converter.convert(between, shades.withDither(Dither.ERROR_DIFFUSION))))
        .isEqualTo(2);
  }

  @Test
  void brailleRaisesTheDotsOfBrightSubCells() {
    // One cell of 2x4 dots, each dot 4x4 pixels; light the top-left and bottom-right dots.
    byte[] luma = new byte[8 * 16];
    fill(luma, 8, 0, 0, 4, 4);
    fill(luma, 8, 4, 12, 4, 4);
    ConversionSettings braille =
        density(1).withSizing(new Sizing.ByColumns(1, 2.0)).withMode(RenderMode.BRAILLE);
    AsciiFrame frame = converter.convert(PixelImage.luma(8, 16, luma), braille);
    assertThat(frame.rows()).isEqualTo(1);
    assertThat(frame.glyphIndex(0, 0)).isEqualTo(0x01 | 0x80);
    assertThat(frame.glyph(0, 0)).isEqualTo('⢁');
    assertThat(frame.palette()).isEqualTo(Palette.BRAILLE);
  }

  @Test
  void halfBlocksCarryTheTopAndBottomColours() {
    // 2x2 pixels: red on top, blue below; one cell.
    byte[] rgb = CellPoolerTest.bytes(255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255);
    ConversionSettings half =
        ConversionSettings.defaults()
            .withSizing(new Sizing.ByColumns(1, 1.0))
            .withMode(RenderMode.HALF_BLOCK)
            .withColor(ColorCapture.PER_CELL);
    AsciiFrame frame = converter.convert(PixelImage.rgb(2, 2, rgb), half);
    assertThat(frame.glyph(0, 0)).isEqualTo('▀');
    assertThat(frame.foreground(0, 0)).isEqualTo(0xFF0000);
    assertThat(frame.background(0, 0)).isEqualTo(0x0000FF);
  }

  @Test
  void shapeModeDrawsADiagonalLineWithSlashes() {
    // Cells of 12x24 pixels; a bright line from the bottom-left to the top-right corner.
    int columns = 8;
    int width = columns * 12;
    int height = columns * 24;
    byte[] luma = new byte[width * height];
    for (int y = 0; y < height; y++) {
      int x = (height - 1 - y) / 2;
      fill(luma, width, Math.max(0, x - 1), y, 3, 1);
    }
    AsciiFrame frame = converter.convert(PixelImage.luma(width, height, luma), shape(columns));
    for (int i = 1; i < columns - 1; i++) {
      assertThat(frame.glyph(i, columns - 1 - i)).as(frame.toText()).isEqualTo('/');
    }
    AsciiFrame flat =
        new AsciiConverter()
            .convert(
                PixelImage.luma(width, height, luma), shape(columns).withMode(RenderMode.DENSITY));
    assertThat(flat.glyph(3, 4)).isNotEqualTo('/');
  }

  @Test
  void shapeModeDrawsAVerticalLineWithBars() {
    // A line 2 of the cell's 12 pixels wide in its middle third (tone 0.5 under fixed levels), and
    // a dimmer one that auto levels stretch: '|' in the default palette, not ']' or density.
    int columns = 8;
    int width = columns * 12;
    int height = 4 * 24;
    Map<Integer, Levels> cases = Map.of(255, Levels.FIXED, 254, Levels.AUTO, 128, Levels.AUTO);
    cases.forEach(
        (brightness, levels) -> {
          byte[] luma = new byte[width * height];
          fill(luma, width, 3 * 12 + 5, 0, 2, height, brightness);
          AsciiFrame frame =
              new AsciiConverter()
                  .convert(PixelImage.luma(width, height, luma), shape(columns).withLevels(levels));
          for (int row = 0; row < frame.rows(); row++) {
            assertThat(frame.glyph(3, row)).as(levels + "\n" + frame.toText()).isEqualTo('|');
            assertThat(frame.glyph(2, row)).isEqualTo(' ');
          }
        });
    // With only line glyphs to choose from, too.
    byte[] luma = new byte[width * height];
    fill(luma, width, 3 * 12 + 5, 0, 2, height);
    AsciiFrame lines =
        new AsciiConverter()
            .convert(
                PixelImage.luma(width, height, luma),
                shape(columns).withPalette(Palette.custom(" -_/\\|")));
    for (int row = 0; row < lines.rows(); row++) {
      assertThat(lines.glyph(3, row)).as(lines.toText()).isEqualTo('|');
    }
  }

  @Test
  void colourIsTheCellMeanAndMirrorFlipsLeftAndRight() {
    byte[] rgb = CellPoolerTest.bytes(255, 0, 0, 0, 255, 0);
    ConversionSettings settings =
        density(2).withSizing(new Sizing.ByColumns(2, 0.5)).withColor(ColorCapture.PER_CELL);
    AsciiFrame frame = converter.convert(PixelImage.rgb(2, 1, rgb), settings);
    assertThat(frame.hasColor()).isTrue();
    assertThat(frame.foreground(0, 0)).isEqualTo(0xFF0000);
    AsciiFrame mirrored =
        new AsciiConverter()
            .convert(PixelImage.rgb(2, 1, rgb), settings.withMirror(Mirror.HORIZONTAL));
    assertThat(mirrored.foreground(0, 0)).isEqualTo(0x00FF00);
  }

  @Test
  void framesFromPartsAreValidated() {
    AsciiFrame frame =
        AsciiFrame.of(2, 1, Palette.CLASSIC, RenderMode.DENSITY, new byte[] {0, 11}, null, null);
    assertThat(frame.toText()).isEqualTo(" @");
    assertThat(frame.hasColor()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                AsciiFrame.of(
                    2, 1, Palette.CLASSIC, RenderMode.DENSITY, new byte[] {0, 12}, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ConversionSettings shape(int columns) {
    return ConversionSettings.defaults()
        .withSizing(new Sizing.ByColumns(columns, 2.0))
        .withMode(RenderMode.SHAPE)
        .withPalette(Palette.LONG);
  }

  static PixelImage uniform(int width, int height, int value) {
    byte[] rgb = new byte[width * height * 3];
    Arrays.fill(rgb, (byte) value);
    return PixelImage.rgb(width, height, rgb);
  }

  static PixelImage horizontalRamp(int width, int height, int from, int to) {
    byte[] luma = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        luma[y * width + x] = (byte) (from + (to - from) * x / (width - 1));
      }
    }
    return PixelImage.luma(width, height, luma);
  }

  private static void fill(byte[] luma, int width, int x0, int y0, int w, int h) {
    fill(luma, width, x0, y0, w, h, 255);
  }

  private static void fill(byte[] luma, int width, int x0, int y0, int w, int h, int value) {
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w && x < width; x++) {
        luma[y * width + x] = (byte) value;
      }
    }
  }

  private static int distinctGlyphs(AsciiFrame frame) {
    return (int) frame.toText().replace("\n", "").chars().distinct().count();
  }
}
