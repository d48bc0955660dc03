package dev.asciicall.net.wire;

import dev.asciicall.crypto.MediaKind;

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

  /**
   * The host accepted a join: the new participant's id, the call's name, and the random call id
   * every participant's key announcement is bound to (so one cannot be replayed into another call).
   */
  record Welcome(int participantId, String callName, String name, byte[] callId)
      implements WireMessage {
    public Welcome {
      Limits.requireId(participantId);
      Limits.requireText(callName, Limits.MAX_NAME_CHARS, "call name");
      Limits.requireName(name);
      Limits.requireBytes(callId, 1, Limits.MAX_CALL_ID_BYTES, "call id");
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
      implements WireMessage, EndToEndMedia {
    public Video {
      Limits.requireId(senderId);
      // Room for the end-to-end seal: the call layer's limit is MAX_VIDEO_PAYLOAD of plaintext.
      if (payload.length == 0
          || payload.length > Limits.MAX_VIDEO_PAYLOAD + Limits.MEDIA_SEAL_OVERHEAD) {
        throw new IllegalArgumentException("video payload of " + payload.length + " bytes");
      }
    }

    @Override
    public MediaKind mediaKind() {
      return MediaKind.FRAME;
    }

    @Override
    public Video withPayload(byte[] replacement) {
      return new Video(senderId, sequence, captureMicros, replacement);
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
   * payload is a keep-alive of a sender without sound. On the wire the payload is sealed end to end
   * (hence the room for the seal); callers see and send at most {@link Limits#MAX_AUDIO_PAYLOAD}.
   *
   * @param flags the sender's audio flags (muted, speaking), passed through untouched
   */
  record Audio(int senderId, long sequence, long captureMicros, int flags, byte[] payload)
      implements WireMessage, EndToEndMedia {
    public Audio {
      Limits.requireId(senderId);
      if (payload.length > Limits.MAX_AUDIO_PAYLOAD + Limits.MEDIA_SEAL_OVERHEAD) {
        throw new IllegalArgumentException("audio payload of " + payload.length + " bytes");
      }
    }

    @Override
    public MediaKind mediaKind() {
      return MediaKind.AUDIO;
    }

    @Override
    public Audio withPayload(byte[] replacement) {
      return new Audio(senderId, sequence, captureMicros, flags, replacement);
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

  /**
   * One handshake message (see {@code crypto.HandshakeInitiator}), the only thing either end
   * accepts before the connection is encrypted.
   */
  record Handshake(byte[] data) implements WireMessage {
    public Handshake {
      Limits.requireBytes(data, 1, Limits.MAX_HANDSHAKE_BYTES, "handshake");
    }
  }

  /**
   * Every message after the handshake on TCP: another {@link WireMessage}, serialised and sealed
   * with the connection's ordered channel. Opaque to anyone without the session keys.
   */
  record Sealed(byte[] envelope) implements WireMessage {
    public Sealed {
      Limits.requireBytes(envelope, 1, Limits.MAX_ENVELOPE_BYTES, "envelope");
    }
  }

  /** One step of the passphrase check (challenge, proof or result; see {@code crypto.Srp}). */
  record Passphrase(byte[] data) implements WireMessage {
    public Passphrase {
      Limits.requireBytes(data, 1, Limits.MAX_HANDSHAKE_BYTES, "passphrase message");
    }
  }

  /**
   * A participant's signed key announcement, relayed by the host to everyone (which stamps the
   * participant id). The host can read it but cannot forge one.
   */
  record MemberKey(int participantId, byte[] announcement) implements WireMessage {
    public MemberKey {
      Limits.requireId(participantId);
      Limits.requireBytes(announcement, 1, Limits.MAX_HANDSHAKE_BYTES, "key announcement");
    }
  }

  /**
   * A sender's media key sealed for one receiver ({@code toId}) under their pairwise secret; the
   * host routes it without being able to read it.
   */
  record SenderKey(int fromId, int toId, byte[] sealedKey) implements WireMessage {
    public SenderKey {
      Limits.requireId(fromId);
      Limits.requireId(toId);
      Limits.requireBytes(sealedKey, 1, Limits.MAX_HANDSHAKE_BYTES, "sender key");
    }
  }

  /** The host ends the call for everyone. */
  record CallEnded(String reason) implements WireMessage {
    public CallEnded {
      Limits.requireText(reason, Limits.MAX_CHAT_CHARS, "reason");
    }
  }
}
