package dev.asciicall.audio;

/**
 * The few things {@link SpeakerSink} needs from a Java Sound {@code SourceDataLine}; the seam where
 * tests put fake speakers that fail or die mid-call. Playback thread only.
 */
public interface PlaybackLine extends AutoCloseable {

  /** Blocks until {@code length} bytes are queued or the line stops; returns the count written. */
  int write(byte[] buffer, int offset, int length);

  boolean isOpen();

  @Override
  void close();

  /** Opens a playback line, with a one-line message when it cannot. */
  @FunctionalInterface
  interface Opener {
    PlaybackLine open() throws AudioDeviceException;
  }
}
