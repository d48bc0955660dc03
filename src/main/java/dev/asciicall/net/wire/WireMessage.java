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

  /** The host ends the call for everyone. */
  record CallEnded(String reason) implements WireMessage {
    public CallEnded {
      Limits.requireText(reason, Limits.MAX_CHAT_CHARS, "reason");
    }
  }
}
