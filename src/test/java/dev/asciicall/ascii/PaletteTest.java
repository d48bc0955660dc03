package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class PaletteTest {

  private final GlyphMetrics metrics = GlyphMetrics.font();

  @Test
  void builtInRampsAreOrderedByMeasuredInk() {
    for (Palette palette :
        new Palette[] {Palette.CLASSIC, Palette.SHORT, Palette.LONG, Palette.SHADES}) {
      for (int i = 1; i < palette.size(); i++) {
        assertThat(metrics.coverage(palette.glyph(i)))
            .as("%s: '%s' after '%s'", palette.id(), palette.glyph(i), palette.glyph(i - 1))
            .isGreaterThanOrEqualTo(metrics.coverage(palette.glyph(i - 1)));
      }
      assertThat(palette.glyph(0)).isEqualTo(' ');
    }
    assertThat(Palette.LONG.size()).isEqualTo(70);
    assertThat(Palette.SHADES.glyphs()).isEqualTo(" ░▒▓█");
  }

  @Test
  void theClassicPaletteKeepsItsGlyphsButNotItsFolkloreOrder() {
    String folklore = " .:-=+_?*#%@";
    assertThat(Palette.CLASSIC.glyphs()).isNotEqualTo(folklore);
    assertThat(Palette.CLASSIC.glyphs().chars().sorted().toArray())
        .isEqualTo(folklore.chars().sorted().toArray());
    // In DejaVu Sans Mono the underscore has less ink than the colon.
    assertThat(metrics.coverage('_')).isLessThan(metrics.coverage(':'));
    assertThat(Palette.CLASSIC.glyph(Palette.CLASSIC.size() - 1)).isEqualTo('@');
  }

  @Test
  void byNameFindsBuiltInsAndListsThemOtherwise() {
    assertThat(Palette.byName("long")).isSameAs(Palette.LONG);
    assertThat(Palette.builtIns())
        .extracting(Palette::id)
        .containsExactly("classic", "short", "long", "shades", "braille", "half-block");
    assertThatThrownBy(() -> Palette.byName("rainbow"))
        .hasMessageContaining("rainbow")
        .hasMessageContaining("classic, short, long");
  }

  @Test
  void customPalettesAreValidatedAndKeepTheGivenOrder() {
    assertThat(Palette.custom("@. ").glyphs()).isEqualTo("@. ");
    assertThat(Palette.custom("ab").relativeInk()).containsExactly(0f, 1f);
    assertThatThrownBy(() -> Palette.custom("a")).hasMessageContaining("2 to 256");
    assertThatThrownBy(() -> Palette.custom("abca")).hasMessageContaining("repeats");
    assertThatThrownBy(() -> Palette.custom("a\nb")).hasMessageContaining("printable");
  }

  @Test
  void brailleIndexIsTheDotPattern() {
    assertThat(Palette.BRAILLE.size()).isEqualTo(256);
    assertThat(Palette.BRAILLE.glyph(0)).isEqualTo('\u2800');
    assertThat(Palette.BRAILLE.glyph(0xFF)).isEqualTo('\u28FF');
  }
}
