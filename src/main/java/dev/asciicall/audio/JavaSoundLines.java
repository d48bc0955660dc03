package dev.asciicall.audio;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * Opens real Java Sound lines in {@link AudioFormats#PCM} and adapts them to {@link CaptureLine}
 * and {@link PlaybackLine}, turning Java Sound's exceptions into one-line messages.
 */
final class JavaSoundLines {

  /** Device buffers of three frames: enough to ride out a scheduling hiccup, 60 ms of latency. */
  private static final int DEVICE_BUFFER_BYTES = 3 * AudioFormats.FRAME_BYTES;

  static final DataLine.Info CAPTURE = new DataLine.Info(TargetDataLine.class, AudioFormats.PCM);
  static final DataLine.Info PLAYBACK = new DataLine.Info(SourceDataLine.class, AudioFormats.PCM);

  private JavaSoundLines() {}

  /**
   * @param mixer the device, or null for the system default
   */
  static CaptureLine openCapture(Mixer.Info mixer, String name) throws AudioDeviceException {
    TargetDataLine line =
        open(
            mixer,
            CAPTURE,
            TargetDataLine.class,
            opened -> opened.open(AudioFormats.PCM, DEVICE_BUFFER_BYTES),
            mixer == null ? "No microphone found" : "Microphone " + name + " is not available",
            "Microphone " + name + " is busy or not allowed");
    return new CaptureLine() {
      @Override
      public int read(byte[] buffer, int offset, int length) {
        return line.read(buffer, offset, length);
      }

      @Override
      public boolean isOpen() {
        return line.isOpen();
      }

      @Override
      public void close() {
        line.stop();
        line.close();
      }
    };
  }

  /**
   * @param mixer the device, or null for the system default
   */
  static PlaybackLine openPlayback(Mixer.Info mixer, String name) throws AudioDeviceException {
    SourceDataLine line =
        open(
            mixer,
            PLAYBACK,
            SourceDataLine.class,
            opened -> opened.open(AudioFormats.PCM, DEVICE_BUFFER_BYTES),
            mixer == null ? "No speakers found" : "Speakers " + name + " are not available",
            "Speakers " + name + " are busy or not allowed");
    return new PlaybackLine() {
      @Override
      public int write(byte[] buffer, int offset, int length) {
        return line.write(buffer, offset, length);
      }

      @Override
      public boolean isOpen() {
        return line.isOpen();
      }

      @Override
      public void close() {
        line.stop();
        line.close();
      }
    };
  }

  /** {@code open(AudioFormat, int)} is declared on each line type, not on {@link DataLine}. */
  private interface Opening<T extends DataLine> {
    void open(T line) throws LineUnavailableException;
  }

  /**
   * Gets the line from the device (or the system default), opens and starts it; Java Sound's
   * exceptions become one-line messages: {@code missing} when there is no such line, {@code busy}
   * when it exists but cannot be had.
   */
  private static <T extends DataLine> T open(
      Mixer.Info mixer,
      DataLine.Info info,
      Class<T> type,
      Opening<T> opening,
      String missing,
      String busy)
      throws AudioDeviceException {
    T line;
    try {
      line =
          type.cast(
              mixer == null
                  ? AudioSystem.getLine(info)
                  : AudioSystem.getMixer(mixer).getLine(info));
      opening.open(line);
    } catch (IllegalArgumentException e) {
      throw new AudioDeviceException(missing, e);
    } catch (LineUnavailableException | SecurityException e) {
      throw new AudioDeviceException(busy, e);
    }
    line.start();
    return line;
  }
}
