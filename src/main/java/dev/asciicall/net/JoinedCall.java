package dev.asciicall.net;

import dev.asciicall.crypto.GroupMember;
import dev.asciicall.crypto.SafetyCode;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A participant's side of a call once the host let it in: what it does with each message (one line
 * per type in {@link #handlers}), and the check that the host's own media keys name the identity
 * its connection proved. Client thread only.
 */
final class JoinedCall {

  private final MediaKeys keys;
  private final SecureLink link;
  private final CallEvents events;

  private JoinedCall(MediaKeys keys, SecureLink link, CallEvents events) {
    this.keys = keys;
    this.link = link;
    this.events = events;
  }

  /**
   * The call we were welcomed into, with our media keys for it (none in a plain benchmark call).
   *
   * @param requestKeyframe asks a sender whose key just arrived for a keyframe we can decrypt
   */
  static JoinedCall welcomed(
      WireMessage.Welcome welcome,
      JoinOptions options,
      SecureLink link,
      CallEvents events,
      IntConsumer requestKeyframe) {
    MediaKeys keys =
        options.encryption() == Encryption.END_TO_END
            ? new EndToEndKeys(
                welcome.participantId(),
                options.identity(),
                options.name(),
                welcome.callId(),
                link::send,
                requestKeyframe,
                options.knownPeers())
            : MediaKeys.NONE;
    return new JoinedCall(keys, link, events);
  }

  MediaKeys keys() {
    return keys;
  }

  /**
   * Announces our keys, before any key message of ours (everyone must know us before our sender key
   * arrives), and shows the safety code of the connection to the host, if there is one.
   */
  void start(PeerVerification hostConnection) {
    keys.announce();
    if (hostConnection != null) {
      events.participantVerified(hostConnection);
    }
  }

  /**
   * @param video our video's credits come back here
   * @param voice learns that UDP gets through
   * @param clock samples the round trip to the host
   * @param ended takes the host's reason when it ends the call or removes us
   */
  Dispatch handlers(
      VideoUplink video, VoiceUplink voice, ClockEstimate clock, Consumer<String> ended) {
    // Events are told on this same thread, at once: the credit of a frame returns after them.
    return new ParticipantInbox(keys, events, Runnable::run, link::send)
        .handlers()
        .on(WireMessage.MemberKey.class, this::admit)
        .on(WireMessage.VideoAck.class, ack -> video.acknowledged())
        .on(WireMessage.UdpProbe.class, probe -> voice.echoed())
        .on(
            WireMessage.Pong.class,
            pong ->
                clock.sample(pong.pingSentMicros(), pong.answeredMicros(), CallClock.nowMicros()))
        // The host measures our connection too (its tiles show it): answered at once.
        .on(WireMessage.Ping.class, ping -> link.send(pong(ping)))
        .on(WireMessage.CallEnded.class, callEnded -> ended.accept(callEnded.reason()));
  }

  private static WireMessage.Pong pong(WireMessage.Ping ping) {
    return new WireMessage.Pong(ping.sentMicros(), CallClock.nowMicros());
  }

  /**
   * Admits a participant's keys. The host's own announcement must carry the identity the
   * connection's handshake proved; if not, someone sits between us and the host, and it is flagged.
   */
  private void admit(WireMessage.MemberKey memberKey) {
    GroupMember member = keys.admit(memberKey);
    if (member == null) {
      return;
    }
    SecureSession session = link.session();
    if (memberKey.participantId() != HostServer.HOST_ID
        || session == null
        || member.identity().equals(session.peer())) {
      // For the host this is the code of the connection again, now under the host's own name.
      events.participantVerified(keys.verification(memberKey.participantId(), member));
    } else {
      events.participantVerified(
          new PeerVerification(
              HostServer.HOST_ID,
              member.name(),
              SafetyCode.between(session.local(), session.peer()).toString(),
              true));
    }
  }
}
