package dev.asciicall.net.wire;

/**
 * Everything that travels between a host and a participant. Each message is a validated record with
 * its own explicit Kryo serializer in {@link WireClasses}, so a hostile length field is rejected
 * before anything is allocated. Participant ids are assigned by the host; 0 is the host.
 */
public sealed interface WireMessage {

  /** First message of every connection; frozen across protocol versions (id 20). */
  record Hello(int protocol, String applicationVersion, String name) implements WireMessage {
    public Hello {
      Limits.requireText(applicationVersion, Limits.MAX_VERSION_CHARS, "version");
      Limits.requireName(name);
    }
  }

  /** The host refuses a join and closes; frozen across protocol versions (id 21). */
  record Refusal(String reason, String message) implements WireMessage {
    public Refusal {
      Limits.requireText(reason, 32, "reason");
      Limits.requireText(message, Limits.MAX_CHAT_CHARS, "message");
    }
  }

  /** The host accepted a join: the new participant's id and the call's name. */
  record Welcome(int participantId, String callName, String name) implements WireMessage {
    public Welcome {
      Limits.requireId(participantId);
      Limits.requireText(callName, Limits.MAX_NAME_CHARS, "call name");
      Limits.requireName(name);
    }
  }

  /** Someone is in the call (sent for everyone already there, then for each newcomer). */
  record ParticipantJoined(int id, String name) implements WireMessage {
    public ParticipantJoined {
      Limits.requireId(id);
      Limits.requireName(name);
    }
  }

  /** Someone left or was lost. */
  record ParticipantLeft(int id, String reason) implements WireMessage {
    public ParticipantLeft {
      Limits.requireId(id);
      Limits.requireText(reason, 64, "reason");
    }
  }

  /**
   * One encoded video frame. {@code captureMicros} is on the host's clock (the sender adds its
   * measured offset), so any receiver can compute one-way latency.
   */
  record Video(int senderId, long sequence, long captureMicros, byte[] payload)
      implements WireMessage {
    public Video {
      Limits.requireId(senderId);
      if (payload.length == 0 || payload.length > Limits.MAX_VIDEO_PAYLOAD) {
        throw new IllegalArgumentException("video payload of " + payload.length + " bytes");
      }
    }
  }

  /** A receiver finished with a frame: returns one credit for that sender's stream. */
  record VideoAck(int senderId, long sequence) implements WireMessage {
    public VideoAck {
      Limits.requireId(senderId);
    }
  }

  /** A receiver's decoder needs a keyframe from {@code senderId}; the host forwards it. */
  record KeyframeRequest(int senderId) implements WireMessage {
    public KeyframeRequest {
      Limits.requireId(senderId);
    }
  }

  /** A chat line to everyone; the host stamps the sender id. */
  record Chat(int senderId, long sentAtMillis, String text) implements WireMessage {
    public Chat {
      Limits.requireId(senderId);
      Limits.requireText(text, Limits.MAX_CHAT_CHARS, "chat text");
    }
  }

  /** Clock probe from a participant, answered by a {@link Pong}. */
  record Ping(long sentMicros) implements WireMessage {}

  /** Answer to a {@link Ping}, stamped with the host's clock. */
  record Pong(long pingSentMicros, long answeredMicros) implements WireMessage {}

  /**
   * One 20 ms frame of a participant's voice (Opus), sent over UDP when it gets through and over
   * TCP otherwise. Never credited or queued: a late or lost packet is concealed by the receiver.
   * {@code captureMicros} is on the host's clock like {@link Video#captureMicros()}. An empty
   * payload is a keep-alive of a sender without sound.
   *
   * @param flags the sender's audio flags (muted, speaking), passed through untouched
   */
  record Audio(int senderId, long sequence, long captureMicros, int flags, byte[] payload)
      implements WireMessage {
    public Audio {
      Limits.requireId(senderId);
      if (payload.length > Limits.MAX_AUDIO_PAYLOAD) {
        throw new IllegalArgumentException("audio payload of " + payload.length + " bytes");
      }
    }
  }

  /**
   * What a participant shows of itself: microphone muted, camera off. Sent on every change and to
   * each newcomer for everyone already in the call.
   */
  record MediaState(int senderId, boolean microphoneMuted, boolean cameraOff)
      implements WireMessage {
    public MediaState {
      Limits.requireId(senderId);
    }
  }

  /**
   * Sent by a participant over UDP once a second and echoed by the host over UDP: when echoes come
   * back, audio takes UDP both ways; otherwise it stays on TCP.
   *
   * @param hostHeard whether the participant has recently received the host's echo, which tells the
   *     host that UDP to the participant works too
   */
  record UdpProbe(long sentMicros, boolean hostHeard) implements WireMessage {}

  /** The host ends the call for everyone. */
  record CallEnded(String reason) implements WireMessage {
    public CallEnded {
      Limits.requireText(reason, Limits.MAX_CHAT_CHARS, "reason");
    }
  }
}
