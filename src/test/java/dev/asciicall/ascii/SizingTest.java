package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class SizingTest {

  @Test
  void ratioGivesOneCharacterPerOneOverRAcrossAndTwoOverRDown() {
    assertThat(new Sizing.ByRatio(0.1).grid(1280, 720)).isEqualTo(new GridSize(128, 36));
    assertThat(new Sizing.ByRatio(0.05).grid(640, 480)).isEqualTo(new GridSize(32, 12));
    assertThat(new Sizing.ByRatio(0.001).grid(10, 10)).isEqualTo(new GridSize(1, 1));
  }

  @Test
  void columnsDeriveRowsFromTheCellAspect() {
    assertThat(new Sizing.ByColumns(128, 2.0).grid(1280, 720)).isEqualTo(new GridSize(128, 36));
    // DejaVu Sans Mono cells are 1.93 times as tall as wide: one row more than at 2.0.
    assertThat(GlyphMetrics.fontCellAspect()).isBetween(1.92, 1.95);
    assertThat(new Sizing.ByColumns(128).grid(1280, 720)).isEqualTo(new GridSize(128, 37));
  }

  @Test
  void zeroColumnsOrABadRatioAreRejected() {
    assertThatThrownBy(() -> new Sizing.ByColumns(0, 2.0)).hasMessageContaining("columns");
    assertThatThrownBy(() -> new Sizing.ByRatio(0)).hasMessageContaining("ratio");
    assertThatThrownBy(() -> new Sizing.ByRatio(Double.NaN)).hasMessageContaining("ratio");
  }
}
