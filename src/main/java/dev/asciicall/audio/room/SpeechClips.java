package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioDeviceException;
import dev.asciicall.audio.AudioFormats;
import dev.asciicall.audio.FileSource;
import java.nio.file.Path;

/**
 * The two voices of the simulated room, read from {@code far-end.wav} and {@code near-end.wav} in
 * one folder (the project's are in {@code src/test/resources/speech}, with their origin) through
 * the same {@link FileSource} a call's {@code --audio-source file:} uses, at 48 kHz, -1 to 1.
 */
public record SpeechClips(double[] farEnd, double[] nearEnd) {

  static final int FAR_END_SECONDS = 20;
  static final int NEAR_END_SECONDS = 16;

  /**
   * @throws AudioDeviceException with a one-line message when a file is missing or unreadable
   */
  public static SpeechClips load(Path folder) throws AudioDeviceException {
    return new SpeechClips(
        read(folder.resolve("far-end.wav"), FAR_END_SECONDS),
        read(folder.resolve("near-end.wav"), NEAR_END_SECONDS));
  }

  private static double[] read(Path file, int seconds) throws AudioDeviceException {
    FileSource source = new FileSource(file);
    source.open();
    try {
      short[] frame = new short[AudioFormats.FRAME_SAMPLES];
      int frames = seconds * 1000 / AudioFormats.FRAME_MILLIS;
      double[] samples = new double[frames * AudioFormats.FRAME_SAMPLES];
      for (int f = 0; f < frames; f++) {
        source.read(frame);
        for (int i = 0; i < frame.length; i++) {
          samples[f * frame.length + i] = frame[i] / 32768.0;
        }
      }
      return samples;
    } finally {
      source.close();
    }
  }
}
