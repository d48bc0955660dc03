package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class AudioSourceSpecTest {

  private final AudioDevices devices = new AudioDevices();

  @Test
  void understandsEveryKindOfSource() {
    assertThat(AudioSourceSpec.parse("none", devices)).isEmpty();
    assertThat(AudioSourceSpec.parse("tone", devices).orElseThrow().name())
        .isEqualTo("Tone 440 Hz");
    assertThat(AudioSourceSpec.parse("tone:660", devices).orElseThrow().name())
        .isEqualTo("Tone 660 Hz");
    assertThat(AudioSourceSpec.parse("file:/tmp/a b.wav", devices).orElseThrow().name())
        .isEqualTo("File a b.wav");
    assertThat(AudioSourceSpec.parse("mic", devices).orElseThrow())
        .isInstanceOf(MicrophoneSource.class);
    assertThat(AudioSourceSpec.parse("mic:USB Headset", devices).orElseThrow().name())
        .isEqualTo("USB Headset");
  }

  @Test
  void rejectsWhatItDoesNotKnowWithOneLine() {
    assertThatThrownBy(() -> AudioSourceSpec.parse("microphone", devices))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown audio source 'microphone': use tone, tone:HZ, file:PATH, mic, mic:NAME or none");
    assertThatThrownBy(() -> AudioSourceSpec.parse("tone:loud", devices))
        .hasMessage("tone frequency 'loud' is not a number");
    assertThatThrownBy(() -> AudioSourceSpec.parse("tone:5", devices))
        .hasMessage("tone frequency must be 20 to 20000 Hz");
  }
}
