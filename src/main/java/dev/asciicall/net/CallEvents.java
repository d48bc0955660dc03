package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;

/**
 * What a participant learns from the call. Called on the endpoint's own network thread ({@code
 * net-host-1} on the host, {@code net-client-1} on a participant), one event at a time, in order;
 * implementations must return quickly and hop to their own thread for slow work.
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
        public void video(WireMessage.Video video) {}

        @Override
        public void chat(WireMessage.Chat chat) {}

        @Override
        public void keyframeRequested() {}

        @Override
        public void callEnded(String reason) {}
      };

  void participantJoined(int id, String name);

  void participantLeft(int id, String reason);

  /**
   * A remote frame. On a participant, the credit for the next frame of this sender is returned when
   * this method returns, so a slow consumer slows only its own stream.
   */
  void video(WireMessage.Video video);

  void chat(WireMessage.Chat chat);

  /** A receiver needs a keyframe of our own video (someone joined or lost sync). */
  void keyframeRequested();

  /**
   * A remote participant's voice packet (never our own). Must return at once: audio is not
   * credited, a slow consumer here delays everything after it.
   */
  default void audio(WireMessage.Audio audio) {}

  /** A participant muted/unmuted the microphone or turned the camera off/on (never our own). */
  default void mediaState(WireMessage.MediaState state) {}

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
