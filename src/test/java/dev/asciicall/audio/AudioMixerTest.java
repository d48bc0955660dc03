package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@UnitTest
class AudioMixerTest {

  private static short[] constant(int value) {
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    Arrays.fill(frame, (short) value);
    return frame;
  }

  @Test
  void loudVoicesTogetherAreLimitedNeverWrappedAround() {
    AudioMixer mixer = new AudioMixer();
    short[] out = new short[AudioFormats.FRAME_SAMPLES];
    mixer.clear();
    for (int voice = 0; voice < 8; voice++) {
      mixer.add(constant(32767), 4.0);
    }
    mixer.mixInto(out);
    assertThat(out[0]).isPositive().isGreaterThan((short) 30000);

    mixer.clear();
    for (int voice = 0; voice < 8; voice++) {
      mixer.add(constant(-32768), 4.0);
    }
    mixer.mixInto(out);
    assertThat(out[0]).isNegative().isLessThan((short) -30000);
  }

  @Test
  void quietVoicesAddUpExactly() {
    AudioMixer mixer = new AudioMixer();
    short[] out = new short[AudioFormats.FRAME_SAMPLES];
    mixer.clear();
    mixer.add(constant(1000), 1.0);
    mixer.add(constant(-300), 1.0);
    mixer.add(constant(2000), 0.5);
    mixer.mixInto(out);
    assertThat(out[0]).isEqualTo((short) 1700);
    assertThat(mixer.voices()).isEqualTo(3);
  }

  @Test
  void limiterIsMonotonicSoLouderNeverComesOutQuieter() {
    int previous = Integer.MIN_VALUE;
    for (int value = -200_000; value <= 200_000; value += 7) {
      int limited = AudioMixer.limit(value);
      assertThat(limited).isGreaterThanOrEqualTo(previous).isBetween(-32767, 32767);
      previous = limited;
    }
  }

  @Test
  void volumeZeroSilencesAParticipant() {
    AudioMixer mixer = new AudioMixer();
    short[] out = new short[AudioFormats.FRAME_SAMPLES];
    mixer.clear();
    mixer.add(constant(5000), 0.0);
    mixer.mixInto(out);
    assertThat(out).containsOnly((short) 0);
    assertThat(mixer.voices()).isZero();
  }
}
