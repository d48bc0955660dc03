package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The likeness matcher: its glyph-parallel search (C2's auto-vectorised loop and the Vector API
 * one, which the tests' JVM has) chooses exactly what a plain per-glyph search chooses; clean lines
 * come out as the glyphs that draw them; a gradient becomes a mix, not rows of one letter.
 */
@UnitTest
class LikenessMatcherTest {

  private static final int COLUMNS = 40;
  private static final int ROWS = 30;

  @Test
  void searchEqualsThePlainPerGlyphSearchOnRandomTonesWithAndWithoutTheLastFrame() {
    Random random = new Random(5);
    List<Palette> palettes =
        List.of(
            Palette.LONG,
            Palette.CLASSIC,
            Palette.SHORT,
            Palette.SHADES,
            // Unmeasured glyphs share flat templates: ties must resolve the same way.
            Palette.custom(" .|!Il1ÆØ∑≈"));
    for (Palette palette : palettes) {
      for (LikenessMatcher matcher :
          List.of(
              LikenessMatcher.forPalette(palette),
              LikenessMatcher.withSimd(palette),
              LikenessMatcher.withoutSimd(palette))) {
        byte[] previous = null;
        for (int round = 0; round < 6; round++) {
          float[] tones = tones(random, round);
          byte[] fast = new byte[COLUMNS * ROWS];
          matcher.match(tones, COLUMNS, ROWS, previous, fast);
          for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
              int cell = row * COLUMNS + column;
              int last = previous == null ? -1 : previous[cell] & 0xFF;
              int expected = plainMatch(matcher, tones, column, row, last);
              assertThat(fast[cell] & 0xFF)
                  .as("%s round %d cell %d,%d", palette.id(), round, column, row)
                  .isEqualTo(expected);
            }
          }
          previous = fast;
        }
      }
    }
  }

  @Test
  void cleanLinesComeOutAsTheGlyphsThatDrawThem() {
    // Lines about twice as thick as the glyph's own stroke: full tone asks for a third of a
    // pixel's ink (GlyphLooks.FULL_TONE_INK), so a white line that wide looks like the glyph.
    // A centred bar fills both sample columns alike, so it is a flat cell to the matcher: drawn
    // from the flat ramp, where '|' is the glyph of its own level. A bar that looks as inked as '|'
    // comes out as '|' in every row.
    FlatRamp ramp = LikenessMatcher.forPalette(Palette.LONG).flat();
    float barLevel = 0;
    for (int i = 0; i < ramp.size(); i++) {
      if (Palette.LONG.glyph(ramp.glyph(i)) == '|') {
        barLevel = ramp.level(i);
      }
    }
    double barGrey = barLevel / 0.4;
    assertThat(lines(1, 4, (x, y) -> Math.abs(x - 0.5) < 0.2 ? barGrey : 0))
        .isEqualTo("|\n|\n|\n|");
    assertThat(lines(4, 1, (x, y) -> Math.abs(y - 0.55) < 0.05 ? 1 : 0)).isEqualTo("----");
    assertThat(lines(4, 1, (x, y) -> y > 0.9 ? 1 : 0)).isEqualTo("____");
    String rising = lines(4, 4, (x, y) -> Math.abs(x - (4 - y)) < 0.1 ? 1 : 0);
    String falling = lines(4, 4, (x, y) -> Math.abs(x - y) < 0.1 ? 1 : 0);
    String[] risingRows = rising.split("\n");
    String[] fallingRows = falling.split("\n");
    for (int i = 0; i < 4; i++) {
      assertThat(risingRows[i].charAt(3 - i)).as(rising).isEqualTo('/');
      assertThat(fallingRows[i].charAt(i)).as(falling).isEqualTo('\\');
    }
  }

  @Test
  void aVerticalGradientMixesNeighbouringGlyphsInsteadOfRowsOfOneLetter() {
    int width = 1280;
    int height = 720;
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0, i = 0; y < height; y++) {
      byte grey = (byte) (20 + y * 120 / height);
      for (int x = 0; x < width; x++, i += 3) {
        rgb[i] = grey;
        rgb[i + 1] = grey;
        rgb[i + 2] = grey;
      }
    }
    ConversionSettings settings =
        ConversionSettings.defaults().withMode(RenderMode.LIKENESS).withLevels(Levels.FIXED);
    AsciiFrame frame = new AsciiConverter().convert(PixelImage.rgb(width, height, rgb), settings);
    FlatRamp ramp = LikenessMatcher.forPalette(Palette.LONG).flat();
    AsciiFrame density =
        new AsciiConverter()
            .convert(PixelImage.rgb(width, height, rgb), settings.withMode(RenderMode.DENSITY));
    int uniformBefore = 0;
    int uniformAfter = 0;
    for (int row = 0; row < frame.rows(); row++) {
      String text = frame.rowText(row);
      uniformBefore += longestRun(density.rowText(row)) == density.columns() ? 1 : 0;
      uniformAfter += longestRun(text) == frame.columns() ? 1 : 0;
      // Between two flat levels the pattern holds every threshold once per 16 cells, so a run of
      // one glyph lasts at most 15 cells, unless the row's tone lies within a 32nd of the step of
      // a level (then one glyph is right) or above the densest level (saturated).
      double tone = (20 + (row + 0.5) * height / frame.rows() * 120 / height) / 255.0;
      if (!nearALevel(ramp, tone)) {
        assertThat(longestRun(text)).as("row %d, tone %.3f: %s", row, tone, text).isLessThan(16);
      }
    }
    assertThat(uniformBefore)
        .as("density draws rows of one letter")
        .isGreaterThan(frame.rows() / 2);
    assertThat(uniformAfter).isLessThan(frame.rows() / 5);
  }

  private static boolean nearALevel(FlatRamp ramp, double tone) {
    if (tone >= ramp.level(ramp.size() - 1)) {
      return true;
    }
    for (int i = 0; i + 1 < ramp.size(); i++) {
      double step = ramp.level(i + 1) - ramp.level(i);
      if (Math.abs(tone - ramp.level(i)) < step / 32 + 0.005
          || Math.abs(tone - ramp.level(i + 1)) < step / 32 + 0.005) {
        return true;
      }
    }
    return false;
  }

  private static int longestRun(String text) {
    int longest = 1;
    for (int i = 1, run = 1; i < text.length(); i++) {
      run = text.charAt(i) == text.charAt(i - 1) ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  interface Shape {
    /** Brightness 0..1 at a point (in cells, from the top left). */
    double grey(double x, double y);
  }

  /** Strokes on black, 40 × 77 pixels a cell (the font's aspect), fixed levels. */
  private static String lines(int columns, int rows, Shape shape) {
    int cellWidth = 40;
    int cellHeight = 77;
    int width = columns * cellWidth;
    int height = rows * cellHeight;
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0, i = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i += 3) {
        byte grey =
            (byte) Math.round(255 * shape.grey((x + 0.5) / cellWidth, (y + 0.5) / cellHeight));
        rgb[i] = grey;
        rgb[i + 1] = grey;
        rgb[i + 2] = grey;
      }
    }
    ConversionSettings settings =
        ConversionSettings.defaults()
            .withSizing(new Sizing.ByColumns(columns, (double) cellHeight / cellWidth))
            .withMode(RenderMode.LIKENESS)
            .withLevels(Levels.FIXED);
    return new AsciiConverter().convert(PixelImage.rgb(width, height, rgb), settings).toText();
  }

  private static float[] tones(Random random, int round) {
    float[] tones = new float[COLUMNS * 2 * ROWS * 4];
    float flatTone = random.nextFloat();
    for (int i = 0; i < tones.length; i++) {
      // Continuous tones, coarse levels (exact ties), some out of 0..1, and flat cells.
      tones[i] =
          switch (round % 4) {
            case 0 -> random.nextFloat();
            case 1 -> random.nextInt(5) / 4f;
            case 2 -> random.nextFloat() * 1.4f - 0.2f;
            default -> flatTone + random.nextFloat() * 0.04f;
          };
    }
    return tones;
  }

  /**
   * The straightforward search: flat cells from the ramp, others glyph by glyph, each distance as
   * |template|² - 2 template·samples + |samples|², weighed, least first; the last frame's glyph
   * stays while within the hold.
   */
  private static int plainMatch(
      LikenessMatcher matcher, float[] tones, int column, int row, int last) {
    float[] samples = new float[LikenessMatcher.SAMPLES];
    int across = COLUMNS * LikenessMatcher.ACROSS;
    float length = 0;
    float sum = 0;
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (int y = 0, s = 0; y < LikenessMatcher.DOWN; y++) {
      for (int x = 0; x < LikenessMatcher.ACROSS; x++, s++) {
        float tone =
            tones[(row * LikenessMatcher.DOWN + y) * across + column * LikenessMatcher.ACROSS + x];
        samples[s] = tone;
        length = Math.fma(tone, tone, length);
        sum += tone;
        min = Math.min(min, tone);
        max = Math.max(max, tone);
      }
    }
    if (max - min < LikenessMatcher.FLAT) {
      return matcher.flat().choose(sum / LikenessMatcher.SAMPLES, column, row, last);
    }
    int best = -1;
    float bestDistance = Float.MAX_VALUE;
    float lastDistance = Float.MAX_VALUE;
    for (int g = 0; g < matcher.glyphs(); g++) {
      float norm = 0;
      for (int s = 0; s < LikenessMatcher.SAMPLES; s++) {
        norm = Math.fma(matcher.template(g, s), matcher.template(g, s), norm);
      }
      float distance = norm;
      for (int s = 0; s < LikenessMatcher.SAMPLES; s++) {
        distance = Math.fma(matcher.template(g, s), samples[s] * -2, distance);
      }
      distance = (distance + length) * matcher.preference(g);
      if (best < 0 || distance < bestDistance) {
        bestDistance = distance;
        best = g;
      }
      if (g == last) {
        lastDistance = distance;
      }
    }
    return last >= 0 && lastDistance <= bestDistance + LikenessMatcher.HOLD ? last : best;
  }
}
