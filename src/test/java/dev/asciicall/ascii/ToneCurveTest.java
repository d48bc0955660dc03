package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ToneCurveTest {

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
