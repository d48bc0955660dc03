package dev.asciicall.net;

import dev.asciicall.crypto.GroupMember;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The host's own participant (id 0): one more seat in the call beside the remote members, so the
 * roster, the relays and the key routing treat it like anyone else. What it sends goes to the
 * host's dispatch as if it had come over a connection; what the call sends it is handled as a
 * joined participant handles it ({@link ParticipantInbox}).
 *
 * <p>A headless host has one too, without a name: it is not listed among the participants, holds no
 * keys and gets no media, and only hears who joins and leaves and what is said (for the console).
 *
 * <p>Threads: {@link #send} and the key work run on the host thread ({@code net-host-N}), as for
 * any seat. Its {@link CallEvents}, and the opening of the media they get, run on its own thread
 * ({@code net-host-local-N}), so the host's own viewing never delays the relay. The {@code send*}
 * methods for its own media may be called from any thread.
 */
final class LocalParticipant extends Seat {

  /** What the host does for its participant. */
  interface Host {
    /** Handles a message of ours as if it had arrived over a connection. Host thread only. */
    void handle(Seat from, WireMessage message);

    /** Runs {@code task} on the host thread. Any thread. */
    void execute(Runnable task);

    /** The session a participant's connection proved, or null. Host thread only. */
    SecureSession sessionOf(int participantId);
  }

  private final Host host;
  private final MediaKeys keys;
  private final CallEvents events;
  private final ParticipantInbox inbox;
  private final Dispatch handlers;

  /**
   * @param name the host's display name, or null for a headless relay's onlooker
   * @param events told about the call on {@code eventThread}
   */
  LocalParticipant(
      HostOptions options, byte[] callId, CallEvents events, Executor eventThread, Host host) {
    this.name = options.hostName();
    this.id = name == null ? -1 : HostServer.HOST_ID;
    this.host = host;
    this.events = events;
    this.keys =
        name != null && options.encryption() == Encryption.END_TO_END
            ? new EndToEndKeys(
                HostServer.HOST_ID,
                options.identity(),
                name,
                callId,
                message -> host.handle(this, message),
                senderId -> host.handle(this, new WireMessage.KeyframeRequest(senderId)),
                options.knownPeers())
            : MediaKeys.NONE;
    this.inbox = new ParticipantInbox(keys, events, eventThread, this::sendLater);
    this.handlers =
        inbox
            .handlers()
            .on(WireMessage.MemberKey.class, this::admit)
            // Our own video goes straight into the relay: it is not credited, so nothing to count.
            .on(WireMessage.VideoAck.class, ack -> {})
            // We ended it ourselves.
            .on(WireMessage.CallEnded.class, ended -> {});
  }

  /** Whether the host takes part (is listed, sends and gets media), or only looks on. */
  boolean takesPart() {
    return name != null;
  }

  /** Announces our keys, before anyone joins. Host thread. */
  void announceKeys() {
    keys.announce();
  }

  /** A message for the host's participant. Host thread. */
  @Override
  boolean send(WireMessage message) {
    handlers.handle(message);
    return true;
  }

  /** The host hears itself without a network, so nothing is lost and nothing waits. */
  @Override
  boolean sendDatagram(WireMessage message) {
    return send(message);
  }

  @Override
  int queuedBytes() {
    return 0;
  }

  @Override
  SecureSession session() {
    return null;
  }

  @Override
  void close() {
    // The host's participant leaves when the host stops.
  }

  @Override
  void leave() {
    // Likewise: it never says goodbye to its own host.
  }

  @Override
  public String toString() {
    return takesPart() ? "the host's own participant" : "the host's onlooker";
  }

  /** The host's safety code with a participant, to show. Host thread. */
  void verified(PeerVerification verification) {
    inbox.later(() -> events.participantVerified(verification));
  }

  /** Our frame to everyone, sealed here so the host thread only relays it. Any thread. */
  void sendVideo(long sequence, long captureMicros, byte[] payload) {
    sendLater(
        keys.seal(new WireMessage.Video(HostServer.HOST_ID, sequence, captureMicros, payload)));
  }

  /** Our voice packet to everyone. Any thread. */
  void sendAudio(long sequence, long captureMicros, int flags, byte[] payload) {
    sendLater(
        keys.seal(
            new WireMessage.Audio(HostServer.HOST_ID, sequence, captureMicros, flags, payload)));
  }

  /** Whether our microphone is muted and camera off, for everyone now and later. Any thread. */
  void sendMediaState(PeerMedia media) {
    if (media.participantId() != HostServer.HOST_ID) {
      throw new IllegalArgumentException(
          "the host's media state must carry id " + HostServer.HOST_ID);
    }
    sendLater(media.toWire());
  }

  /** A chat line; like every participant, we hear it back. Any thread. */
  void sendChat(String text) {
    sendLater(new WireMessage.Chat(HostServer.HOST_ID, System.currentTimeMillis(), text));
  }

  /** Asks a sender for a keyframe (our decoder lost sync). Any thread. */
  void requestKeyframe(int senderId) {
    sendLater(new WireMessage.KeyframeRequest(senderId));
  }

  /** Our end-to-end keys, or null when we take no part (a headless relay); for tests. */
  EndToEndKeys endToEndKeys() {
    return keys instanceof EndToEndKeys endToEnd ? endToEnd : null;
  }

  /** Envelopes of media and keys we could not open. Any thread. */
  long rejectedCount() {
    return keys.rejectedCount();
  }

  private void sendLater(WireMessage message) {
    try {
      host.execute(() -> host.handle(this, message));
    } catch (RejectedExecutionException stopped) {
      // The host has stopped: nothing goes out any more.
    }
  }

  /**
   * A participant's key announcement. Their media keys must name the identity their connection
   * proved; if not, someone sits between us, and it is flagged. Host thread.
   */
  private void admit(WireMessage.MemberKey memberKey) {
    GroupMember verified = keys.admit(memberKey);
    SecureSession session = host.sessionOf(memberKey.participantId());
    if (verified != null && session != null && !verified.identity().equals(session.peer())) {
      PeerVerification flagged =
          new PeerVerification(
              memberKey.participantId(), verified.name(), session.safetyCode().toString(), true);
      inbox.later(() -> events.participantVerified(flagged));
    }
  }
}
