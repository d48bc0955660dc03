package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A tone through the whole audio path — capture, Opus, a network that loses 10 % of packets and
 * reorders them, jitter buffer, FEC/concealment, decoder, mixer — on a simulated clock, so the test
 * is deterministic and runs faster than real time.
 */
@UnitTest
class AudioLoopbackTest {

  private record InFlight(long arrivalNanos, AudioPacket packet) {}

  private static final int SECONDS = 6;

  @Test
  void toneArrivesAtTheRightPitchDespiteLossAndReordering() {
    List<AudioEvent> events = new ArrayList<>();
    AudioSender sender =
        new AudioSender("alice", new OpusFrameEncoder(), VoiceProcessing.none(), e -> {});
    AudioReceiver receiver = new AudioReceiver("bob", events::add);
    ToneSource tone = new ToneSource(440, 0.3);
    Random network = new Random(42);
    PriorityQueue<InFlight> wire =
        new PriorityQueue<>(Comparator.comparingLong(InFlight::arrivalNanos));
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    short[] played = new short[AudioFormats.FRAME_SAMPLES];
    short[] recording = new short[SECONDS * AudioFormats.SAMPLE_RATE];
    int dropped = 0;

    int frames = SECONDS * 1000 / AudioFormats.FRAME_MILLIS;
    for (int tick = 0; tick < frames; tick++) {
      long now = tick * AudioFormats.FRAME_NANOS;
      tone.read(frame);
      AudioPacket packet = sender.process(frame, now);
      if (network.nextDouble() < 0.10) {
        dropped++;
      } else {
        // 2 to 50 ms of delay: packets overtake each other regularly.
        long delay = 2_000_000L + (long) (network.nextDouble() * 48_000_000L);
        wire.add(new InFlight(now + delay, packet));
      }
      while (!wire.isEmpty() && wire.peek().arrivalNanos() <= now) {
        InFlight arrived = wire.poll();
        receiver.receive(arrived.packet(), arrived.arrivalNanos());
      }
      receiver.mixNext(played, now);
      System.arraycopy(played, 0, recording, tick * played.length, played.length);
    }

    int from = AudioFormats.SAMPLE_RATE; // after the first second: buffer settled
    int to = recording.length;
    assertThat(Signals.frequency(recording, from, to)).isCloseTo(440, within(4.4));
    assertThat(Signals.purity(recording, from, to, 440)).isGreaterThan(0.8);
    assertThat(Signals.rms(recording, from, to)).isCloseTo(0.3 / Math.sqrt(2), within(0.05));
    assertThat(dropped).isGreaterThan(frames / 20);
    assertThat(receiver.lost()).isGreaterThanOrEqualTo(dropped / 2);
    assertThat(receiver.concealed()).isGreaterThan(0);
    assertThat(receiver.jitterBufferMillis()).isBetween(40, 120);
    assertThat(events).contains(new AudioEvent.ParticipantSpeaking("alice", true));
  }

  @Test
  void myOwnPacketsRelayedBackAreNotPlayed() {
    AudioSender sender =
        new AudioSender("bob", new OpusFrameEncoder(), VoiceProcessing.none(), e -> {});
    AudioReceiver receiver = new AudioReceiver("bob", e -> {});
    ToneSource tone = new ToneSource();
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    short[] played = new short[AudioFormats.FRAME_SAMPLES];
    double loudest = 0;
    for (int tick = 0; tick < 50; tick++) {
      long now = tick * AudioFormats.FRAME_NANOS;
      tone.read(frame);
      receiver.receive(sender.process(frame, now), now);
      loudest = Math.max(loudest, receiver.mixNext(played, now));
    }
    assertThat(loudest).isZero();
    assertThat(receiver.packetsReceived()).isZero();
  }
}
