package dev.asciicall.audio;

/**
 * Where the mixed voices of the others go: the speakers, or a recording in tests.
 *
 * <p>All methods are called from the audio playback thread only. A sink whose {@link
 * #write(short[])} blocks on the device clock implements {@link DeviceClocked}; other sinks are
 * paced by the playback loop.
 */
public interface AudioSink extends AudioEndpoint {

  /** A short name for menus and messages, e.g. {@code "Speakers (default)"}. */
  String name();

  /** Prepares the device. Called once before the first {@link #write(short[])}. */
  void open() throws AudioDeviceException;

  /**
   * Plays one frame of {@link AudioFormats#FRAME_SAMPLES} samples.
   *
   * @throws AudioDeviceException when the device went away; the call continues without it
   */
  void write(short[] frame) throws AudioDeviceException;

  /** Releases the device. Safe to call more than once. */
  @Override
  void close();
}
