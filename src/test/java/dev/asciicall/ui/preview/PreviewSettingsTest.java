package dev.asciicall.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.Mirror;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

/** What the sliders and toggles choose is what the engine converts with. */
@UnitTest
class PreviewSettingsTest {

  @Test
  void theDefaultsAreTheEnginesDefaultModeMirroredAsASelfie() {
    ConversionSettings engine = PreviewSettings.DEFAULTS.toConversionSettings();

    assertThat(engine.palette()).isEqualTo(Palette.LONG);
    assertThat(engine.mode()).isEqualTo(ConversionSettings.defaults().mode());
    assertThat(engine.mirror()).isEqualTo(Mirror.HORIZONTAL);
    assertThat(engine.color()).isEqualTo(ConversionSettings.defaults().color());
    assertThat(engine)
        .isEqualTo(ConversionSettings.defaults().withColumns(120).withMirror(Mirror.HORIZONTAL));
  }

  @Test
  void everyChoiceReachesTheEngine() {
    PreviewSettings chosen =
        new PreviewSettings(64, GlyphRamp.BRAILLE, 1.5, -0.25, true, true, false);

    ConversionSettings engine = chosen.toConversionSettings();

    assertThat(engine)
        .isEqualTo(
            ConversionSettings.defaults()
                .withColumns(64)
                .withPalette(Palette.BRAILLE)
                .withMode(RenderMode.BRAILLE)
                .withContrast(1.5)
                .withBrightness(-0.25)
                .inverted()
                .withColor(ColorCapture.PER_CELL));
    assertThat(engine.mirror()).isNotEqualTo(Mirror.HORIZONTAL);
  }

  @Test
  void shapesUseTheLongPaletteInTheShapeAwareMode() {
    ConversionSettings engine =
        new PreviewSettings(80, GlyphRamp.SHAPES, 1, 0, false, false, true).toConversionSettings();

    assertThat(engine.palette()).isEqualTo(Palette.LONG);
    assertThat(engine.mode()).isEqualTo(RenderMode.SHAPE);
  }
}
