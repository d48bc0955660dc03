package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@UnitTest
class FileSourceTest {

  @TempDir Path folder;

  /** Writes a stereo 16 kHz WAV with a 500 Hz tone in both channels. */
  private Path stereoWav(float rate, double hertz, double seconds) throws Exception {
    int frames = (int) (rate * seconds);
    byte[] bytes = new byte[frames * 4];
    for (int i = 0; i < frames; i++) {
      short value = (short) Math.round(Math.sin(2 * Math.PI * hertz * i / rate) * 10_000);
      for (int channel = 0; channel < 2; channel++) {
        bytes[i * 4 + channel * 2] = (byte) value;
        bytes[i * 4 + channel * 2 + 1] = (byte) (value >> 8);
      }
    }
    AudioFormat format = new AudioFormat(rate, 16, 2, true, false);
    Path file = folder.resolve("voice.wav");
    try (AudioInputStream stream =
        new AudioInputStream(new ByteArrayInputStream(bytes), format, frames)) {
      AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
    }
    return file;
  }

  @Test
  void playsAStereoWavOfAnotherRateAsFortyEightKilohertzMono() throws Exception {
    FileSource source = new FileSource(stereoWav(16_000, 500, 1.0));
    source.open();
    short[] all = new short[AudioFormats.SAMPLE_RATE];
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    for (int i = 0; i < 50; i++) {
      source.read(frame);
      System.arraycopy(frame, 0, all, i * frame.length, frame.length);
    }
    assertThat(Signals.frequency(all, 0, all.length)).isBetween(495.0, 505.0);
    assertThat(Signals.rms(all, 0, all.length)).isBetween(0.2, 0.23);
  }

  @Test
  void loopsAShortFile() throws Exception {
    FileSource source = new FileSource(stereoWav(48_000, 1000, 0.05));
    source.open();
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    for (int i = 0; i < 10; i++) {
      source.read(frame);
    }
    assertThat(Loudness.rms(frame)).isGreaterThan(0.1);
  }

  @Test
  void aMissingFileSaysSo() {
    Path missing = folder.resolve("nope.wav");
    assertThatThrownBy(() -> new FileSource(missing).open())
        .isInstanceOf(AudioDeviceException.class)
        .hasMessage("Audio file not found: " + missing);
  }

  @Test
  void aFileThatIsNotAudioSaysSo() throws Exception {
    Path text = Files.writeString(folder.resolve("notes.wav"), "this is not audio");
    assertThatThrownBy(() -> new FileSource(text).open())
        .isInstanceOf(AudioDeviceException.class)
        .hasMessageContaining("not a supported audio file");
  }
}
