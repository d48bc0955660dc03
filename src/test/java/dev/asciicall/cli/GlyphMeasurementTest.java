package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asciicall.ascii.GlyphBitmaps;
import dev.asciicall.ascii.GlyphMetrics;
import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

/** The engine's committed ink table must still describe the font the app renders with. */
@UnitTest
class GlyphMeasurementTest {

  @Test
  void committedTableMatchesAFreshMeasurementOfTheFont() {
    GlyphMetrics committed = GlyphMetrics.font();
    assertThat(committed.cellAspect()).isCloseTo(GlyphMeasurement.cellAspect(), within(0.001));
    for (char glyph : GlyphMeasurement.MEASURED_GLYPHS.toCharArray()) {
      float[] fresh = GlyphMeasurement.measure(glyph);
      assertThat(committed.coverage(glyph))
          .as("coverage of '%s'", glyph)
          .isCloseTo(fresh[0], within(0.002));
      float[] shape = committed.shape(glyph);
      for (int i = 0; i < shape.length; i++) {
        assertThat(shape[i])
            .as("sub-cell %d of '%s'", i, glyph)
            .isCloseTo(fresh[i + 1], within(0.003f));
      }
    }
  }

  @Test
  void committedBitmapsMatchAFreshMeasurementOfTheFont() {
    GlyphBitmaps committed = GlyphBitmaps.font();
    for (char glyph : GlyphMeasurement.MEASURED_GLYPHS.toCharArray()) {
      float[] fresh = GlyphMeasurement.bitmap(glyph);
      float[] stored = committed.bitmap(glyph);
      for (int i = 0; i < fresh.length; i++) {
        assertThat(stored[i]).as("pixel %d of '%s'", i, glyph).isCloseTo(fresh[i], within(0.006f));
      }
    }
  }

  @Test
  void fullBlockIsFullyInkedAndSpaceIsEmpty() {
    assertThat(GlyphMeasurement.measure('█')[0]).isCloseTo(1f, within(0.02f));
    assertThat(GlyphMeasurement.measure(' ')[0]).isZero();
  }
}
