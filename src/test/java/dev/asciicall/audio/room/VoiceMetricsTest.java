package dev.asciicall.audio.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Re-convergence as {@code bench voice} reports it, on signals built to the tenth of a second. */
@UnitTest
class VoiceMetricsTest {

  private static final int RATE = SimulatedRoom.RATE;
  private static final int SECONDS = 8;

  private static double[] echo() {
    Random random = new Random(3);
    double[] captured = new double[SECONDS * RATE];
    for (int i = 0; i < captured.length; i++) {
      captured[i] = 0.05 * random.nextGaussian();
    }
    return captured;
  }

  /**
   * The captured echo turned down by {@code decibels}, except by {@code dipDecibels} in [from, to).
   */
  private static double[] cancelled(
      double[] captured, double decibels, double dipFrom, double dipTo, double dipDecibels) {
    double[] out = new double[captured.length];
    for (int i = 0; i < out.length; i++) {
      boolean dip = i >= dipFrom * RATE && i < dipTo * RATE;
      out[i] = captured[i] * Math.pow(10, -(dip ? dipDecibels : decibels) / 20);
    }
    return out;
  }

  @Test
  void aDipTheSettledCancellerHasTooDoesNotCountAgainstReconvergence() {
    double[] captured = echo();
    // Not converged for the first second after the change at 1 s, then 35 dB with a 12 dB dip at
    // 5 s that a canceller which never saw the change has as well.
    double[] processed = cancelled(captured, 35, 5, 5.3, 12);
    for (int i = RATE; i < 2 * RATE; i++) {
      processed[i] = captured[i] * 0.5;
    }
    double[] steady = cancelled(captured, 35, 5, 5.3, 12);
    int change = RATE;
    int end = captured.length;
    assertThat(VoiceMetrics.reconvergenceSeconds(captured, processed, change, end, 20))
        .as("strict: after the dip")
        .isGreaterThan(4);
    assertThat(VoiceMetrics.reconvergenceSeconds(captured, processed, steady, change, end, 20))
        .as("against the settled canceller: after the first second")
        .isBetween(1.0, 1.1);
  }

  @Test
  void aCancellerThatNeverSettlesIsNoYardstick() {
    double[] captured = echo();
    double[] gate = cancelled(captured, 4, 0, 0, 0);
    assertThat(VoiceMetrics.reconvergenceSeconds(captured, gate, gate, RATE, captured.length, 20))
        .isInfinite();
  }
}
