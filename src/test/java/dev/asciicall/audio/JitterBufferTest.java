package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@UnitTest
class JitterBufferTest {

  private static final long FRAME = AudioFormats.FRAME_NANOS;

  /** One instance per sequence, so expected and played packets compare equal. */
  private final Map<Integer, AudioPacket> packets = new HashMap<>();

  private AudioPacket packet(int sequence) {
    return packets.computeIfAbsent(
        sequence, s -> new AudioPacket("alice", s, s * FRAME, new byte[] {(byte) (int) s}, 0));
  }

  private static List<Integer> playedSequences(List<Playout> playouts) {
    List<Integer> sequences = new ArrayList<>();
    for (Playout playout : playouts) {
      if (playout instanceof Playout.Play play) {
        sequences.add(play.packet().sequence());
      }
    }
    return sequences;
  }

  @Test
  void putsReorderedPacketsBackInOrder() {
    JitterBuffer buffer = new JitterBuffer();
    int[] arrivalOrder = {1, 0, 3, 2, 5, 4, 7, 6, 9, 8};
    for (int sequence : arrivalOrder) {
      buffer.offer(packet(sequence), sequence * FRAME);
    }
    List<Playout> playouts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      playouts.add(buffer.poll());
    }
    assertThat(playedSequences(playouts)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void waitsForItsTargetBeforeStartingAndThenPlaysEveryTick() {
    JitterBuffer buffer = new JitterBuffer();
    buffer.offer(packet(0), 0);
    assertThat(buffer.poll()).isInstanceOf(Playout.Silence.class);
    buffer.offer(packet(1), FRAME);
    assertThat(buffer.poll()).isEqualTo(new Playout.Play(packet(0)));
    assertThat(buffer.poll()).isEqualTo(new Playout.Play(packet(1)));
  }

  @Test
  void rebuildsALostPacketFromTheNextOnesFecAndConcealsWhenThatIsMissingToo() {
    JitterBuffer buffer = new JitterBuffer();
    for (int sequence : new int[] {0, 1, 3, 6, 7}) {
      buffer.offer(packet(sequence), sequence * FRAME);
    }
    List<Playout> playouts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      playouts.add(buffer.poll());
    }
    assertThat(playouts.get(2)).isEqualTo(new Playout.Recover(packet(3)));
    assertThat(playouts.get(3)).isEqualTo(new Playout.Play(packet(3)));
    assertThat(playouts.get(4)).isInstanceOf(Playout.Conceal.class);
    assertThat(playouts.get(5)).isEqualTo(new Playout.Recover(packet(6)));
    assertThat(playedSequences(playouts)).containsExactly(0, 1, 3, 6, 7);
    assertThat(buffer.counters().lost()).isEqualTo(3);
    assertThat(buffer.counters().recovered()).isEqualTo(2);
    assertThat(buffer.counters().concealed()).isEqualTo(1);
  }

  @Test
  void dropsPacketsThatArriveAfterTheirTurnAndDuplicates() {
    JitterBuffer buffer = new JitterBuffer();
    buffer.offer(packet(0), 0);
    buffer.offer(packet(2), 2 * FRAME);
    buffer.offer(packet(3), 3 * FRAME);
    buffer.poll(); // plays 0
    buffer.poll(); // 1 is missing: recovered from 2
    assertThat(buffer.offer(packet(1), 4 * FRAME)).isFalse();
    assertThat(buffer.offer(packet(3), 4 * FRAME)).isFalse();
    assertThat(buffer.counters().late()).isEqualTo(1);
    assertThat(buffer.poll()).isEqualTo(new Playout.Play(packet(2)));
  }

  @Test
  void growsItsTargetWithJitterWithinFortyToOneHundredTwentyMilliseconds() {
    JitterBuffer calm = new JitterBuffer();
    JitterBuffer jittery = new JitterBuffer();
    JitterBuffer wild = new JitterBuffer();
    for (int sequence = 0; sequence < 100; sequence++) {
      long sent = sequence * FRAME;
      calm.offer(packet(sequence), sent + 1_000_000);
      jittery.offer(packet(sequence), sent + (sequence % 4) * 15_000_000L);
      wild.offer(packet(sequence), sent + (sequence % 2) * 400_000_000L);
    }
    assertThat(calm.targetMillis()).isEqualTo(40);
    assertThat(jittery.targetMillis()).isEqualTo(80);
    assertThat(wild.targetMillis()).isEqualTo(120);
  }

  @Test
  void delayDoesNotGrowWhenTheSendersClockRunsFast() {
    // The sender's clock is 1 % fast: 101 frames arrive in the time we play 100. Over ten minutes
    // that would pile up six seconds of delay without drift handling.
    JitterBuffer buffer = new JitterBuffer();
    long arrivalStep = FRAME * 100 / 101;
    int sent = 0;
    int maxBuffered = 0;
    for (int tick = 0; tick < 30_000; tick++) {
      long now = tick * FRAME;
      while ((long) sent * arrivalStep <= now) {
        buffer.offer(packet(sent), (long) sent * arrivalStep);
        sent++;
      }
      buffer.poll();
      if (tick > 1000) {
        maxBuffered = Math.max(maxBuffered, buffer.bufferedMillis());
      }
    }
    assertThat(maxBuffered).isLessThanOrEqualTo(buffer.targetMillis() + 60);
    assertThat(buffer.counters().skipped()).isGreaterThan(250);
  }

  @Test
  void delayDoesNotGrowWhenTheSendersClockRunsSlow() {
    JitterBuffer buffer = new JitterBuffer();
    long arrivalStep = FRAME * 101 / 100;
    int sent = 0;
    long latestLag = 0;
    for (int tick = 0; tick < 30_000; tick++) {
      long now = tick * FRAME;
      while ((long) sent * arrivalStep <= now) {
        buffer.offer(packet(sent), (long) sent * arrivalStep);
        sent++;
      }
      Playout playout = buffer.poll();
      if (playout instanceof Playout.Play play) {
        latestLag = now - play.packet().sequence() * arrivalStep;
      }
    }
    // What is played is never more than the target behind what arrived.
    assertThat(latestLag).isLessThanOrEqualTo(120_000_000L);
    assertThat(buffer.counters().lost()).isZero();
  }

  @Test
  void goesQuietWhenTheSenderStopsAndRestartsCleanlyWhenTheyComeBack() {
    JitterBuffer buffer = new JitterBuffer();
    for (int sequence = 0; sequence < 5; sequence++) {
      buffer.offer(packet(sequence), sequence * FRAME);
    }
    List<Playout> playouts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      playouts.add(buffer.poll());
    }
    assertThat(playouts.get(29)).isInstanceOf(Playout.Silence.class);
    // Back after a mute: the sequence jumped far ahead.
    buffer.offer(packet(500), 500 * FRAME);
    buffer.offer(packet(501), 501 * FRAME);
    assertThat(buffer.poll()).isEqualTo(new Playout.Play(packet(500)));
    assertThat(buffer.counters().lost()).isZero();
  }

  @Test
  void holdsAtMostOneSecondWhateverArrives() {
    JitterBuffer buffer = new JitterBuffer();
    for (int sequence = 0; sequence < 49; sequence++) {
      buffer.offer(packet(sequence), 0);
    }
    for (int sequence = 49; sequence < 1000; sequence++) {
      buffer.offer(packet(sequence), 0);
      assertThat(buffer.bufferedMillis()).isLessThanOrEqualTo(JitterBuffer.CAPACITY * 20);
    }
  }
}
