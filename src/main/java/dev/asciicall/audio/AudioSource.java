package dev.asciicall.audio;

/**
 * Where my voice comes from: the microphone, a test tone, an audio file.
 *
 * <p>All methods are called from the audio capture thread only; a source need not be thread-safe. A
 * source that blocks in {@link #read(short[])} until the device has a frame implements {@link
 * DeviceClocked}; other sources are paced by the capture loop at one frame per 20 ms.
 */
public interface AudioSource extends AudioEndpoint {

  /** A short name for menus and messages, e.g. {@code "Tone 440 Hz"}. */
  String name();

  /** Prepares the device or file. Called once before the first {@link #read(short[])}. */
  void open() throws AudioDeviceException;

  /**
   * Fills {@code frame} with the next {@link AudioFormats#FRAME_SAMPLES} samples.
   *
   * @throws AudioDeviceException when the device went away; the call continues without it
   */
  void read(short[] frame) throws AudioDeviceException;

  /** Releases the device. Safe to call more than once. */
  @Override
  void close();
}
