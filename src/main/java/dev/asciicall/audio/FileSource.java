package dev.asciicall.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Plays an audio file (WAV, AIFF or AU, any rate, mono or stereo) instead of the microphone,
 * looped. The whole file is read at {@link #open()}, converted to 16-bit, mixed down to mono and
 * resampled to 48 kHz, so nothing on the capture path touches the disk. Capture thread only.
 */
public final class FileSource implements AudioSource {

  /** Longer files are cut: ten minutes of 48 kHz mono is 55 MB of samples already. */
  static final int MAX_SECONDS = 600;

  private final Path path;
  private short[] samples;
  private int position;

  public FileSource(Path path) {
    this.path = path;
  }

  @Override
  public String name() {
    return "File " + path.getFileName();
  }

  @Override
  public void open() throws AudioDeviceException {
    if (!Files.isRegularFile(path)) {
      throw new AudioDeviceException("Audio file not found: " + path);
    }
    try (AudioInputStream original = AudioSystem.getAudioInputStream(path.toFile())) {
      AudioFormat source = original.getFormat();
      AudioFormat pcm =
          new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false);
      try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, original)) {
        short[] mono = readMono(converted, source.getChannels(), source.getSampleRate());
        samples = resample(mono, source.getSampleRate());
      }
    } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
      throw new AudioDeviceException(
          "Cannot play " + path + ": not a supported audio file (use WAV, AIFF or AU)", e);
    } catch (IOException e) {
      throw new AudioDeviceException("Cannot read audio file " + path + ": " + e.getMessage(), e);
    }
    if (samples.length == 0) {
      throw new AudioDeviceException("Audio file " + path + " contains no sound");
    }
    position = 0;
  }

  private static short[] readMono(AudioInputStream in, int channels, float rate)
      throws IOException {
    long maxBytes = (long) (MAX_SECONDS * rate) * channels * 2;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int read;
    while (bytes.size() < maxBytes && (read = in.read(buffer)) > 0) {
      bytes.write(buffer, 0, read);
    }
    byte[] raw = bytes.toByteArray();
    int frames = (int) Math.min(raw.length / (2L * channels), maxBytes / (2L * channels));
    short[] mono = new short[frames];
    for (int frame = 0; frame < frames; frame++) {
      int sum = 0;
      for (int channel = 0; channel < channels; channel++) {
        int offset = (frame * channels + channel) * 2;
        sum += (short) ((raw[offset] & 0xff) | (raw[offset + 1] << 8));
      }
      mono[frame] = (short) (sum / channels);
    }
    return mono;
  }

  /** Linear interpolation to 48 kHz; speech files are band-limited well below the new Nyquist. */
  static short[] resample(short[] input, float inputRate) {
    if (inputRate == AudioFormats.SAMPLE_RATE) {
      return input;
    }
    double ratio = inputRate / AudioFormats.SAMPLE_RATE;
    int outputLength = (int) Math.floor(input.length / ratio);
    short[] output = new short[outputLength];
    for (int i = 0; i < outputLength; i++) {
      double position = i * ratio;
      int index = (int) position;
      double fraction = position - index;
      int next = Math.min(index + 1, input.length - 1);
      output[i] = (short) Math.round(input[index] * (1 - fraction) + input[next] * fraction);
    }
    return output;
  }

  @Override
  public void read(short[] frame) throws AudioDeviceException {
    if (samples == null) {
      throw new AudioDeviceException("Audio file " + path + " is not open");
    }
    for (int i = 0; i < AudioFormats.FRAME_SAMPLES; i++) {
      frame[i] = samples[position];
      position = (position + 1) % samples.length;
    }
  }

  @Override
  public void close() {
    samples = null;
  }
}
