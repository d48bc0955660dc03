package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;

/**
 * What a {@link CallService} tells the window. Every method has a no-op default so a listener picks
 * what it needs.
 *
 * <p>Threads: {@link #callStatusChanged} runs on {@code call-control-N}; the others on the call's
 * event thread ({@code net-client-N}, or {@code net-host-local-N} when hosting). The audio methods
 * run on audio threads. All must return quickly: {@link #frameReceived} in particular is on the
 * media path and should only drop the frame into a slot.
 */
public interface CallListener extends AudioListener {

  default void callStatusChanged(CallStatus status) {}

  default void participantJoined(Participant participant) {}

  /**
   * @param reason in plain words, e.g. "left the call" or "connection lost"
   */
  default void participantLeft(Participant participant, String reason) {}

  /** A decoded frame of {@code participantId}; newer frames of the same sender follow. */
  default void frameReceived(int participantId, AsciiFrame frame) {}

  default void chatReceived(ChatLine line) {}

  /** A participant's safety code is known (may come before or after they are announced). */
  default void participantVerified(SafetyCheck check) {}

  /** A participant muted or unmuted the microphone, or turned the camera off or on. */
  default void mediaChanged(ParticipantMedia media) {}
}
