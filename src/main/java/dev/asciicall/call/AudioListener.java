package dev.asciicall.call;

/**
 * What {@link CallAudio} tells the window: my level meter, who speaks, who is muted, and what works
 * of my audio. Called on audio threads ({@code audio-capture}, {@code audio-playback}) and on the
 * network event thread; implementations return at once and hop to their own thread (the UI to the
 * FX thread, latest value wins). Every method has a no-op default.
 */
public interface AudioListener {

  /**
   * My microphone's level once per 20 ms, for the live meter.
   *
   * @param rms 0 to 1
   * @param speaking whether the speech detector hears me (also while muted)
   */
  default void microphoneLevel(double rms, boolean speaking) {}

  /** A participant started or stopped speaking, for the indicator on their tile. */
  default void participantSpeaking(int participantId, boolean speaking) {}

  /** A participant's voice packets say they are muted (or have no microphone), or no longer. */
  default void participantMuted(int participantId, boolean muted) {}

  /** What works of my audio changed; show {@link AudioStatus#message()} unless it is full. */
  default void statusChanged(AudioStatus status) {}

  /**
   * Voice processing was asked for but cannot run here: my voice goes out unprocessed. Called once,
   * on the capture thread, with one line for the user.
   */
  default void processingUnavailable(String message) {}
}
