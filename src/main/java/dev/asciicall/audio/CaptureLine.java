package dev.asciicall.audio;

/**
 * The few things {@link MicrophoneSource} needs from a Java Sound {@code TargetDataLine}; the seam
 * where tests put a fake microphone that fails or dies mid-call. Capture thread only.
 */
public interface CaptureLine extends AutoCloseable {

  /** Blocks until {@code length} bytes are read or the line stops; returns the count read. */
  int read(byte[] buffer, int offset, int length);

  boolean isOpen();

  @Override
  void close();

  /** Opens a capture line, with a one-line message when it cannot. */
  @FunctionalInterface
  interface Opener {
    CaptureLine open() throws AudioDeviceException;
  }
}
