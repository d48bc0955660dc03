package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class EchoGateTest {

  private static short[] tone(double amplitude) {
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    new ToneSource(300, amplitude).read(frame);
    return frame;
  }

  @Test
  void turnsDownTheMicrophoneWhileTheOthersArePlayingAndItOnlyHearsTheirEcho() {
    EchoGate gate = new EchoGate();
    gate.farEndPlayed(0.2, 0);
    short[] echo = tone(0.05);
    double before = Loudness.rms(echo);
    gate.process(echo, before, AudioFormats.FRAME_NANOS); // ramps down
    short[] next = tone(0.05);
    assertThat(gate.process(next, before, 2 * AudioFormats.FRAME_NANOS)).isTrue();
    assertThat(Loudness.rms(next)).isLessThan(before * 0.1);
  }

  @Test
  void letsMeTalkOverTheOthersWhenIAmClearlyLouder() {
    EchoGate gate = new EchoGate();
    gate.farEndPlayed(0.05, 0);
    short[] voice = tone(0.5);
    double before = Loudness.rms(voice);
    assertThat(gate.process(voice, before, AudioFormats.FRAME_NANOS)).isFalse();
    assertThat(Loudness.rms(voice)).isEqualTo(before);
  }

  @Test
  void opensAgainShortlyAfterTheOthersStop() {
    EchoGate gate = new EchoGate();
    gate.farEndPlayed(0.2, 0);
    short[] quiet = tone(0.05);
    gate.process(quiet, Loudness.rms(quiet), AudioFormats.FRAME_NANOS);
    long later = 400_000_000L;
    gate.process(tone(0.05), 0.035, later); // ramps back up
    short[] after = tone(0.05);
    double level = Loudness.rms(after);
    assertThat(gate.process(after, level, later + AudioFormats.FRAME_NANOS)).isFalse();
    assertThat(Loudness.rms(after)).isEqualTo(level);
  }
}
