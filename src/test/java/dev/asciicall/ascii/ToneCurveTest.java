package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.Random;
import org.junit.jupiter.api.Test;

@UnitTest
class ToneCurveTest {

  @Test
  void aSettingChangedWhileTheLevelsStandStillStillChangesTheTones() {
    float[] luma = new float[1000];
    for (int i = 0; i < luma.length; i++) {
      luma[i] = i % 200 + 20;
    }
    ToneCurve curve = new ToneCurve();
    ConversionSettings plain = ConversionSettings.defaults();
    curve.prepare(luma, luma.length, plain);
    float before = curve.tone(150);
    curve.prepare(luma, luma.length, plain); // settled: the table may stay
    assertThat(curve.tone(150)).isEqualTo(before);
    curve.prepare(luma, luma.length, plain.withContrast(2.0));
    assertThat(curve.tone(150)).isNotEqualTo(before);
    curve.prepare(luma, luma.length, plain.inverted());
    assertThat(curve.tone(150))
        .isEqualTo(1 - before, org.assertj.core.api.Assertions.within(1e-6f));
    curve.prepare(luma, luma.length, plain.withGamma(2.0));
    assertThat(curve.tone(150)).isNotEqualTo(before);
    curve.prepare(luma, luma.length, plain.withBrightness(0.2));
    assertThat(curve.tone(150)).isGreaterThan(before);
    // and the glyph table follows the tone table
    DensityMapper density = ShapeMatcher.forPalette(Palette.LONG).density();
    byte[] glyph = new byte[1];
    curve.glyphs(density, new float[] {150}, 1, glyph);
    assertThat(glyph[0] & 0xFF).isEqualTo(density.nearest(curve.tone(150)));
    curve.prepare(luma, luma.length, plain);
    curve.glyphs(density, new float[] {150}, 1, glyph);
    assertThat(glyph[0] & 0xFF).isEqualTo(density.nearest(before));
  }

  @Test
  void theGlyphTableGivesWhatToneThenNearestGlyphGive() {
    Random random = new Random(23);
    DensityMapper density = ShapeMatcher.forPalette(Palette.LONG).density();
    for (ConversionSettings settings :
        new ConversionSettings[] {
          ConversionSettings.defaults(),
          ConversionSettings.defaults().inverted().withLevels(Levels.FIXED),
          ConversionSettings.defaults().withContrast(1.6).withBrightness(-0.1).withGamma(1.8)
        }) {
      ToneCurve curve = new ToneCurve();
      float[] luma = new float[5000];
      for (int i = 0; i < luma.length; i++) {
        // Mostly in range, some just outside it, as pooled lumas never are but a mirror could be.
        luma[i] = random.nextFloat() * 262 - 3;
      }
      curve.prepare(luma, luma.length, settings);
      byte[] fast = new byte[luma.length];
      curve.glyphs(density, luma, luma.length, fast);
      for (int i = 0; i < luma.length; i++) {
        assertThat(fast[i] & 0xFF)
            .as("luma %s", luma[i])
            .isEqualTo(density.nearest(curve.tone(luma[i])));
      }
    }
  }
}
