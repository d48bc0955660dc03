package dev.asciicall.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Saved window bounds meet the screens of today. */
@UnitTest
class WindowPlacementTest {

  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
  private static final Rectangle2D BIG = new Rectangle2D(0, 0, 2560, 1440);

  @Test
  void boundsThatFitAScreenComeBackAsTheyWere() {
    Rectangle2D saved = new Rectangle2D(100, 80, 1100, 700);

    assertThat(WindowPlacement.restore(saved, List.of(BIG))).contains(saved);
  }

  @Test
  void aWindowSavedOnABiggerScreenComesBackInsideTheScreenThatShrank() {
    Rectangle2D saved = new Rectangle2D(1800, 900, 1400, 900);

    Rectangle2D restored = WindowPlacement.restore(saved, List.of(LAPTOP)).orElseThrow();

    assertThat(restored.getWidth()).isEqualTo(1280);
    assertThat(restored.getHeight()).isEqualTo(800);
    assertThat(LAPTOP.contains(restored)).isTrue();
  }

  @Test
  void aWindowPartlyOffTheScreenIsMovedFullyOntoIt() {
    Rectangle2D saved = new Rectangle2D(900, 500, 960, 640);

    Rectangle2D restored = WindowPlacement.restore(saved, List.of(LAPTOP)).orElseThrow();

    assertThat(restored).isEqualTo(new Rectangle2D(320, 160, 960, 640));
  }

  @Test
  void aWindowGoesOntoTheScreenItOverlapsOrOntoThePrimaryWhenItsScreenIsGone() {
    Rectangle2D right = new Rectangle2D(1280, 0, 1920, 1080);
    Rectangle2D saved = new Rectangle2D(3400, 300, 1000, 700);

    assertThat(WindowPlacement.restore(saved, List.of(LAPTOP, right)))
        .contains(new Rectangle2D(2200, 300, 1000, 700));
    assertThat(WindowPlacement.restore(saved, List.of(LAPTOP)))
        .contains(new Rectangle2D(280, 100, 1000, 700));
  }

  @Test
  void aDegenerateSizeIsNeitherSavedNorRestored() {
    assertThat(WindowPlacement.worthSaving(200, 200)).isFalse();
    assertThat(WindowPlacement.worthSaving(960, 640)).isTrue();
    assertThat(WindowPlacement.restore(new Rectangle2D(40, 40, 200, 200), List.of(LAPTOP)))
        .isEmpty();
    assertThat(WindowPlacement.restore(null, List.of(LAPTOP))).isEmpty();
  }
}
