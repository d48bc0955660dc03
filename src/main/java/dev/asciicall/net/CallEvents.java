package dev.asciicall.net;

/**
 * What a participant learns from the call, in call-level values (never wire messages). Called one
 * event at a time, in order, on the participant's own event thread: {@code net-client-N} on a
 * participant that joined, {@code net-host-local-N} for the host's own participant (never the host
 * thread that relays for everyone, so slow work here delays nobody else). Implementations must
 * return quickly and hop to their own thread for slow work.
 */
public interface CallEvents {

  /** Events nobody needs, e.g. for a relay that shows nothing. */
  CallEvents IGNORED =
      new CallEvents() {
        @Override
        public void participantJoined(int id, String name) {}

        @Override
        public void participantLeft(int id, String reason) {}

        @Override
        public void video(VideoPacket video) {}

        @Override
        public void chat(ChatMessage chat) {}

        @Override
        public void keyframeRequested() {}

        @Override
        public void callEnded(String reason) {}
      };

  void participantJoined(int id, String name);

  void participantLeft(int id, String reason);

  /**
   * A remote frame. The credit for the next frame of this sender is returned when this method
   * returns, so a slow consumer slows only its own stream.
   */
  void video(VideoPacket video);

  void chat(ChatMessage chat);

  /** A receiver needs a keyframe of our own video (someone joined or lost sync). */
  void keyframeRequested();

  /**
   * A remote participant's voice packet (never our own). Must return at once: audio is not
   * credited, a slow consumer here delays everything after it.
   */
  default void audio(VoicePacket audio) {}

  /** A participant muted/unmuted the microphone or turned the camera off/on (never our own). */
  default void mediaState(PeerMedia media) {}

  /** The call is over for us: the host ended it, vanished, or we were refused mid-call. */
  void callEnded(String reason);

  /**
   * Someone proved who they are: the safety code to compare with them by voice, and whether their
   * name was seen before with another key. For the host (id 0) it covers the encrypted connection
   * to it; for other participants, the end-to-end keys of their media. May come before or after
   * {@link #participantJoined}.
   */
  default void participantVerified(PeerVerification verification) {}
}
