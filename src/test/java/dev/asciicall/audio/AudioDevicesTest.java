package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

/**
 * Runs against whatever Java Sound finds on the machine (on the build machine: no sound card at
 * all), so it asserts what holds either way: a default entry is always offered, and opening a
 * missing device fails with a one-line message rather than a Java Sound exception.
 */
@UnitTest
class AudioDevicesTest {

  private final AudioDevices devices = new AudioDevices();

  @Test
  void alwaysOffersTheSystemDefaultFirst() {
    assertThat(devices.microphones().get(0).name()).isEqualTo(AudioDevices.SYSTEM_DEFAULT);
    assertThat(devices.speakers().get(0).name()).isEqualTo(AudioDevices.SYSTEM_DEFAULT);
  }

  @Test
  void aMicrophoneThatIsNotThereFailsWithAPlainMessage() {
    AudioSource source =
        devices.microphone(
            new AudioDevice("Headset that was unplugged", AudioEvent.Direction.INPUT, ""));
    try {
      source.open();
      throw new AssertionError("opened a device that does not exist");
    } catch (AudioDeviceException e) {
      assertThat(e.getMessage())
          .isEqualTo("Microphone Headset that was unplugged is not connected");
    } finally {
      source.close();
    }
  }

  @Test
  void theDefaultDevicesEitherOpenOrSayWhatIsMissing() {
    AudioSource microphone = devices.defaultMicrophone();
    try {
      microphone.open();
    } catch (AudioDeviceException e) {
      assertThat(devices.microphones().get(0).available()).isFalse();
      assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
    } finally {
      microphone.close();
    }
    AudioSink speaker = devices.defaultSpeaker();
    try {
      speaker.open();
    } catch (AudioDeviceException e) {
      assertThat(devices.speakers().get(0).label()).contains("no speakers found");
      assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
    } finally {
      speaker.close();
    }
  }
}
