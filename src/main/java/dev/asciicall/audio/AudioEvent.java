package dev.asciicall.audio;

/**
 * What the audio side tells the rest of the app. Events arrive on audio threads (named in each
 * record); listeners must return quickly and hop to their own thread (the UI to the FX thread).
 */
public sealed interface AudioEvent {

  /** Which side of the audio a device event is about. */
  enum Direction {
    /** The microphone (or tone/file) that feeds my voice to the others. */
    INPUT,
    /** The speakers that play the others to me. */
    OUTPUT
  }

  /**
   * My microphone's level for the live meter, once per 20 ms frame (capture thread).
   *
   * @param rms 0 to 1
   * @param speaking whether the speech detector hears me (also while muted, so the UI can say "you
   *     are muted")
   */
  record MicrophoneLevel(double rms, boolean speaking) implements AudioEvent {}

  /** Someone started or stopped speaking, for the indicator on their tile (playback thread). */
  record ParticipantSpeaking(String participantId, boolean speaking) implements AudioEvent {}

  /** Someone muted or unmuted their microphone (network thread that called receive). */
  record ParticipantMuted(String participantId, boolean muted) implements AudioEvent {}

  /**
   * A device is missing, busy or stopped; the call goes on without that side of the audio (capture
   * or playback thread). The message is one line for the user.
   */
  record DeviceProblem(Direction direction, String message) implements AudioEvent {}

  /** A device was opened and is in use (capture or playback thread). */
  record DeviceStarted(Direction direction, String deviceName) implements AudioEvent {}

  /**
   * Echo cancellation, noise suppression and gain were asked for but cannot run on this machine
   * (the native library is missing or does not load); my voice goes out unprocessed (capture
   * thread, once). The reason is one line, e.g. "libpulse.so.0: cannot open shared object file".
   */
  record ProcessingUnavailable(String reason) implements AudioEvent {

    /** One line for the user. */
    public String message() {
      return "Voice processing unavailable (" + reason + "): your voice is sent unprocessed";
    }
  }
}
