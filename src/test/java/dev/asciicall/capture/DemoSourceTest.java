package dev.asciicall.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

/** The demo shows a person: a face in the middle of the picture that moves as people do. */
@UnitTest
class DemoSourceTest {

  @Test
  void theMiddleOfThePictureIsMostlySkin() {
    VideoFrame frame = new DemoSource(640, 480, 30).render(0, 0, 0);
    // The middle fifth across, from a fifth to two fifths down: forehead, eyes and cheeks.
    int skin = 0;
    int total = 0;
    for (int y = 96; y < 192; y++) {
      for (int x = 256; x < 384; x++) {
        total++;
        skin += isSkin(frame, x, y) ? 1 : 0;
      }
    }
    assertThat((double) skin / total).isGreaterThan(0.5);
    // The corners are the plain background: no skin there.
    assertThat(isSkin(frame, 5, 5) || isSkin(frame, 634, 5)).isFalse();
  }

  @Test
  void theHeadMovesBetweenFramesAndComesBackDeterministically() {
    DemoSource source = new DemoSource(320, 240, 30);
    VideoFrame start = source.render(0, 0, 0);
    VideoFrame later = source.render(1.0, 30, 0);
    VideoFrame again = new DemoSource(320, 240, 30).render(1.0, 30, 0);
    int differing = 0;
    byte[] a = start.rgb();
    byte[] b = later.rgb();
    for (int i = 0; i < a.length; i++) {
      differing += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF)) > 24 ? 1 : 0;
    }
    assertThat((double) differing / a.length).as("share of bytes that moved").isGreaterThan(0.02);
    assertThat(again.rgb()).isEqualTo(later.rgb());
  }

  @Test
  void theTestPatternIsStillThere() {
    VideoFrame frame = new TestPatternSource(320, 240, 30).render(1, 0, 0);
    assertThat(frame.width()).isEqualTo(320);
    assertThat(new SourceCatalog(null).create(SourceSpec.parse("demo:pattern"), warning -> {}))
        .isInstanceOf(TestPatternSource.class);
    assertThat(new SourceCatalog(null).create(SourceSpec.parse("demo"), warning -> {}))
        .isInstanceOf(DemoSource.class);
  }

  /** A common skin test in RGB: red leads green and blue by a margin, bright enough. */
  private static boolean isSkin(VideoFrame frame, int x, int y) {
    int i = (y * frame.width() + x) * 3;
    int r = frame.rgb()[i] & 0xFF;
    int g = frame.rgb()[i + 1] & 0xFF;
    int b = frame.rgb()[i + 2] & 0xFF;
    return r > 95 && g > 40 && b > 20 && r > g && r > b && r - Math.min(g, b) > 15;
  }
}
