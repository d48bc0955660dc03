package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

/** Round trips and unanswered pings, on a clock the test sets. */
@UnitTest
class ClockEstimateTest {

  private static final long SECOND = 1_000_000;

  @Test
  void aPingUnansweredForThreeSecondsCountsAsLostAndAnAnsweredOneDoesNot() {
    ClockEstimate estimate = new ClockEstimate();
    for (int i = 0; i < 4; i++) {
      estimate.sent(i * SECOND);
    }
    estimate.sample(0, 5_000, 2_000);
    estimate.sample(SECOND, SECOND + 5_000, SECOND + 2_000);
    estimate.sample(3 * SECOND, 3 * SECOND + 5_000, 3 * SECOND + 2_000);

    assertThat(estimate.roundTripMicros()).isEqualTo(2_000);
    // The ping sent at 2 s is not answered: undecided at 4 s, lost from 5 s on.
    assertThat(estimate.lossPercent(4 * SECOND)).isZero();
    assertThat(estimate.lossPercent(5 * SECOND)).isEqualTo(25.0);
  }

  @Test
  void nothingSentIsNoLossAndNoRoundTrip() {
    ClockEstimate estimate = new ClockEstimate();

    assertThat(estimate.lossPercent(10 * SECOND)).isZero();
    assertThat(estimate.roundTripMicros()).isEqualTo(-1);
  }
}
