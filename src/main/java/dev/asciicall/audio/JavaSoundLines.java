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
    TargetDataLine line;
    try {
      line =
          mixer == null
              ? (TargetDataLine) AudioSystem.getLine(CAPTURE)
              : (TargetDataLine) AudioSystem.getMixer(mixer).getLine(CAPTURE);
      line.open(AudioFormats.PCM, DEVICE_BUFFER_BYTES);
    } catch (IllegalArgumentException e) {
      throw new AudioDeviceException(
          mixer == null ? "No microphone found" : "Microphone " + name + " is not available", e);
    } catch (LineUnavailableException | SecurityException e) {
      throw new AudioDeviceException("Microphone " + name + " is busy or not allowed", e);
    }
    line.start();
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
    SourceDataLine line;
    try {
      line =
          mixer == null
              ? (SourceDataLine) AudioSystem.getLine(PLAYBACK)
              : (SourceDataLine) AudioSystem.getMixer(mixer).getLine(PLAYBACK);
      line.open(AudioFormats.PCM, DEVICE_BUFFER_BYTES);
    } catch (IllegalArgumentException e) {
      throw new AudioDeviceException(
          mixer == null ? "No speakers found" : "Speakers " + name + " are not available", e);
    } catch (LineUnavailableException | SecurityException e) {
      throw new AudioDeviceException("Speakers " + name + " are busy or not allowed", e);
    }
    line.start();
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
}
