package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The glyph-parallel search (C2's auto-vectorised loop, and the Vector API one, which the tests'
 * JVM has) must choose exactly what a plain per-glyph search chooses.
 */
@UnitTest
class ShapeMatcherTest {

  @Test
  void searchEqualsThePlainPerGlyphSearchOnRandomTones() {
    Random random = new Random(3);
    List<Palette> palettes =
        List.of(
            Palette.LONG,
            Palette.CLASSIC,
            Palette.SHORT,
            Palette.SHADES,
            // Unmeasured glyphs share evenly spread shapes, and '|' '!' differ only slightly: ties
            // and near-ties must resolve the same way.
            Palette.custom(" .|!Il1ÆØ∑≈"));
    for (Palette palette : palettes) {
      for (ShapeMatcher matcher :
          List.of(
              ShapeMatcher.forPalette(palette),
              ShapeMatcher.withSimd(palette),
              ShapeMatcher.withoutSimd(palette))) {
        assertMatchesPlainSearch(matcher, palette, random);
      }
    }
  }

  private static void assertMatchesPlainSearch(
      ShapeMatcher matcher, Palette palette, Random random) {
    int columns = 40;
    int rows = 30;
    float[] tones = new float[columns * 3 * rows * 3];
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < tones.length; i++) {
        // Continuous tones, a few coarse levels (exact ties) and some out of 0..1.
        tones[i] =
            switch (round % 3) {
              case 0 -> random.nextFloat();
              case 1 -> random.nextInt(5) / 4f;
              default -> random.nextFloat() * 1.4f - 0.2f;
            };
      }
      byte[] fast = new byte[columns * rows];
      matcher.match(tones, columns, rows, fast);
      for (int row = 0; row < rows; row++) {
        for (int column = 0; column < columns; column++) {
          int expected = plainMatch(matcher, cellPattern(tones, columns, row, column));
          assertThat(fast[row * columns + column] & 0xFF)
              .as("%s cell %d,%d", palette.id(), column, row)
              .isEqualTo(expected);
        }
      }
    }
  }

  private static float[] cellPattern(float[] tones, int columns, int row, int column) {
    float[] pattern = new float[ShapeMatcher.SAMPLES];
    for (int sy = 0; sy < 3; sy++) {
      for (int sx = 0; sx < 3; sx++) {
        pattern[sy * 3 + sx] = tones[(row * 3 + sy) * columns * 3 + column * 3 + sx];
      }
    }
    return pattern;
  }

  /** The straightforward search: glyph by glyph, the whole distance, weighed, least first. */
  private static int plainMatch(ShapeMatcher matcher, float[] pattern) {
    float min = pattern[0];
    float max = min;
    float sum = 0;
    for (float tone : pattern) {
      min = Math.min(min, tone);
      max = Math.max(max, tone);
      sum += tone;
    }
    if (max - min < 0.2f) {
      return matcher.density().nearest(sum / ShapeMatcher.SAMPLES);
    }
    int best = 0;
    float bestDistance = Float.MAX_VALUE;
    for (int g = 0; g < matcher.glyphs(); g++) {
      float distance = 0;
      for (int s = 0; s < ShapeMatcher.SAMPLES; s++) {
        float d = matcher.shape(g, s) - pattern[s];
        distance += d * d;
      }
      distance *= matcher.preference(g);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = g;
      }
    }
    return best;
  }
}
