package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code join --stats-json} per sender: frames per second over the whole time both were in the
 * call, and the longest time without a frame, so a stream that stalls shows it.
 */
@Tag("unit")
@UnitTest
class ReceiveStatsTest {

  private static final long SECOND = 1_000_000;

  @Test
  void aStallCountsAgainstTheFrameRateAndShowsAsTheLongestGap() {
    ReceiveStats stats = new ReceiveStats("Ann", 0);
    // 30 fps for 2 s, nothing for 3 s, 30 fps for 1 s more.
    long now = 0;
    for (int i = 0; i < 60; i++) {
      now = i * SECOND / 30;
      stats.frame(300, 2_000, now);
    }
    long resumed = now + 3 * SECOND;
    for (int i = 0; i < 30; i++) {
      stats.frame(300, 2_000, resumed + i * SECOND / 30);
    }
    long end = resumed + SECOND;

    assertThat(stats.framesPerSecond(end)).isCloseTo(90 / 6.0, within(0.2));
    assertThat(stats.longestGapMicros(end)).isEqualTo(3 * SECOND);
    assertThat(stats.toJson(end)).contains("\"longest_gap_ms\":3000.0").contains("\"frames\":90");
  }

  @Test
  void theTimeCountsFromWhenTheSenderWasSeenToWhenItLeft() {
    ReceiveStats stats = new ReceiveStats("Bob", 10 * SECOND);
    stats.frame(300, 1_000, 11 * SECOND);
    stats.frame(300, 1_000, 12 * SECOND);
    stats.left(14 * SECOND);

    // Two frames in the 4 s Bob was there; the 2 s after the last frame are the longest gap.
    assertThat(stats.framesPerSecond(99 * SECOND)).isCloseTo(0.5, within(0.001));
    assertThat(stats.longestGapMicros(99 * SECOND)).isEqualTo(2 * SECOND);
  }

  @Test
  void aSenderThatNeverSentHasNoFramesAndOneLongGap() {
    ReceiveStats stats = new ReceiveStats("Cy", 0);

    assertThat(stats.framesPerSecond(5 * SECOND)).isZero();
    assertThat(stats.longestGapMicros(5 * SECOND)).isEqualTo(5 * SECOND);
  }
}
