package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The far end is speech-like noise (bursts with pauses); the microphone hears it after a device
 * delay through a short reverberant tail, with its own hiss and, where said, a near-end talker.
 */
@UnitTest
class EchoDelayTrackerTest {

  private static final int RATE = AudioFormats.SAMPLE_RATE;
  private static final int FRAME = AudioFormats.FRAME_SAMPLES;

  /** Plays {@code seconds} of the room; the delay is {@code before} ms until {@code changeAt}. */
  private static final class Room {
    final EchoDelayTracker tracker = new EchoDelayTracker();
    final Random random = new Random(21);
    final double[] played = new double[RATE * 30];
    int position;

    /** Runs until {@code untilSeconds}; returns the frame index at which the shift first moved. */
    int run(double untilSeconds, int delayMillis, double nearLevel, double farLevel) {
      short[] far = new short[FRAME];
      short[] mic = new short[FRAME];
      int delay = delayMillis * RATE / 1000;
      int firstMoved = -1;
      int shiftAtStart = tracker.shiftSamples();
      while (position + FRAME <= untilSeconds * RATE) {
        for (int i = 0; i < FRAME; i++) {
          int n = position + i;
          // 300 ms bursts, 100 ms pauses: speech-like on and off.
          double envelope = (n / (RATE / 10)) % 4 == 3 ? 0 : farLevel;
          played[n] = envelope * random.nextGaussian();
          far[i] = (short) Math.max(-32768, Math.min(32767, played[n] * 32768));
          double echo = 0;
          if (n >= delay) {
            echo = 0.4 * played[n - delay];
            if (n - delay >= 240) {
              echo += 0.15 * played[n - delay - 240];
            }
          }
          double near = nearLevel * random.nextGaussian();
          double hiss = 0.0005 * random.nextGaussian();
          mic[i] = (short) Math.max(-32768, Math.min(32767, (echo + near + hiss) * 32768));
        }
        tracker.played(far);
        tracker.captured(mic);
        if (firstMoved < 0 && tracker.shiftSamples() != shiftAtStart) {
          firstMoved = position / FRAME;
        }
        position += FRAME;
      }
      return firstMoved;
    }
  }

  @Test
  void aSteadyDelayLeavesTheReferenceWhereItIs() {
    Room room = new Room();
    room.run(6, 80, 0, 0.1);
    assertThat(room.tracker.lastDelayMillis())
        .isCloseTo(80, org.assertj.core.data.Offset.offset(1.0));
    assertThat(room.tracker.shiftSamples()).isZero();
  }

  @Test
  void whenTheDelayJumpsTheReferenceIsHeldBackByExactlyTheJumpWithinASecond() {
    Room room = new Room();
    room.run(4, 80, 0, 0.1);
    int moved = room.run(8, 200, 0, 0.1);
    assertThat(room.tracker.shiftSamples()).isEqualTo(120 * RATE / 1000);
    assertThat(moved).isBetween(4 * 50, 5 * 50);
  }

  @Test
  void aTalkerOverTheFarEndDoesNotMoveIt() {
    Room room = new Room();
    room.run(3, 150, 0, 0.1);
    // The near end as loud as the echo, for 7 s.
    room.run(10, 150, 0.04, 0.1);
    assertThat(room.tracker.shiftSamples()).isZero();
  }

  @Test
  void aSilentFarEndOrADelayBelowTheFirstGivesNoShift() {
    Room room = new Room();
    room.run(3, 200, 0.04, 0);
    assertThat(room.tracker.shiftSamples()).isZero();
    room.run(6, 200, 0, 0.1);
    // The delay drops below the first one found: the far end it would need is not played yet.
    room.run(10, 80, 0, 0.1);
    assertThat(room.tracker.shiftSamples()).isZero();
    // Back up again: the shift follows from the new, lower baseline.
    room.run(14, 100, 0, 0.1);
    assertThat(room.tracker.shiftSamples()).isEqualTo(20 * RATE / 1000);
  }
}
