package dev.asciicall.audio;

/**
 * Cleans up my microphone before it is encoded: takes what the speakers play (the far end) and
 * removes its echo from what the microphone hears, turns noise down, levels the gain. Works on 20
 * ms frames of {@link AudioFormats}. Not thread-safe: {@link VoiceProcessing} calls every method on
 * the {@code audio-capture} thread.
 */
public interface VoiceProcessor extends AutoCloseable {

  /** Runs only {@code settings}' stages from the next frame on; keeps what the filters learnt. */
  void configure(ProcessingSettings settings);

  /** A frame just handed to the speakers, in the order played. */
  void played(short[] frame);

  /** Processes a captured frame in place. */
  void process(short[] frame);

  /** Frees the native state. */
  @Override
  void close();
}
