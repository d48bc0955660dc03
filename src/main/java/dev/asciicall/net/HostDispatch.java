package dev.asciicall.net;

import com.esotericsoftware.kryonet.FrameworkMessage;
import dev.asciicall.net.wire.WireMessage;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the host does with each message: first the gate every connection passes (handshake, then
 * only envelopes, then admission), then one handler per message type for whoever is in the call, a
 * member's connection or the host's own participant alike ({@link #handlersFor}). A participant
 * that sends what it must not (another's id, a type the host does not take) is closed; nobody else
 * notices. Host thread only.
 */
final class HostDispatch {

  private static final Logger LOG = LoggerFactory.getLogger(HostDispatch.class);

  private final Roster roster;
  private final Admission admission;
  private final KeyRouting keys;
  private final Relay relay;
  private final AudioRelay audioRelay;
  private final Map<Seat, Dispatch> handlers = new HashMap<>();
  private final AtomicLong refusedDatagrams = new AtomicLong();
  private volatile Consumer<WireMessage.Video> relayTap = video -> {};

  HostDispatch(
      Roster roster, Admission admission, KeyRouting keys, Relay relay, AudioRelay audioRelay) {
    this.roster = roster;
    this.admission = admission;
    this.keys = keys;
    this.relay = relay;
    this.audioRelay = audioRelay;
  }

  /** What arrived over {@code member}'s connection, in order. */
  void arrived(Member member, WireMessage arrived) {
    if (!member.link.ready()) {
      admission.beforeHandshake(member, arrived);
      return;
    }
    WireMessage message;
    try {
      message = member.link.open(arrived);
    } catch (SecureLink.ProtocolViolation e) {
      member.closeForProtocolError(e.getMessage());
      return;
    }
    if (message == null) {
      return; // refused and counted; the call goes on
    }
    if (!member.connection.isConnected() && !(message instanceof WireMessage.ParticipantLeft)) {
      // After the close only the goodbye still counts: its disconnect, queued behind it, then
      // says "left the call".
      return;
    }
    if (!member.welcomed()) {
      admission.beforeWelcome(member, message);
      return;
    }
    handle(member, message);
  }

  /**
   * A datagram naming a participant. It counts only if it opens with that participant's keys; a
   * probe that does is the proof that {@code address} is theirs, and their datagrams go there from
   * now on. Anything else (an id nobody has, a forged or replayed envelope) changes nothing and is
   * counted.
   */
  void datagram(InetSocketAddress address, Datagrams.FromParticipant datagram) {
    if (!(roster.participant(datagram.participantId()) instanceof Member member)) {
      refusedDatagrams.incrementAndGet();
      return;
    }
    WireMessage message;
    try {
      message = member.link.openDatagram(datagram.envelope());
    } catch (SecureLink.ProtocolViolation e) {
      member.closeForProtocolError(e.getMessage());
      return;
    }
    if (message == null) {
      refusedDatagrams.incrementAndGet();
      return;
    }
    if (message instanceof WireMessage.UdpProbe && !address.equals(member.udpAddress)) {
      LOG.debug("{} ({}) proved UDP address {}", member.name, member.id, address);
      member.udpAddress = address;
    } else if (message instanceof WireMessage.Audio) {
      audioRelay.arrivedOverUdp();
    }
    handle(member, message);
  }

  /**
   * An old KryoNet client's UDP registration: answered once, over TCP, to a connection that has not
   * started the handshake, so that the old version finishes connecting and hears why it is refused.
   * It binds nothing.
   */
  void legacyRegistration(int connectionId) {
    for (Member member : roster.connections()) {
      if (member.connection.getID() == connectionId
          && !member.serverHelloSent
          && member.link.session() == null
          && !member.welcomed()
          && !member.legacyRegistrationAnswered) {
        member.legacyRegistrationAnswered = true;
        member.connection.sendTCP(new FrameworkMessage.RegisterUDP());
        return;
      }
    }
    refusedDatagrams.incrementAndGet();
  }

  /** Datagrams that changed nothing: naming nobody, not opening, or a stray registration. */
  long refusedDatagrams() {
    return refusedDatagrams.get();
  }

  /** A message from someone in the call: a member, or the host's own participant. */
  void handle(Seat from, WireMessage message) {
    if (!handlers.computeIfAbsent(from, this::handlersFor).handle(message)) {
      from.closeForProtocolError("sent unexpected " + message.getClass().getSimpleName());
    }
  }

  /** {@code gone} left the call: nothing more comes from it. */
  void forget(Seat gone) {
    handlers.remove(gone);
  }

  /** Sees every frame the relay forwards, as it travels (sealed end to end); for tests. */
  void tapRelayed(Consumer<WireMessage.Video> tap) {
    relayTap = tap;
  }

  private Dispatch handlersFor(Seat from) {
    return new Dispatch()
        .on(WireMessage.Video.class, video -> video(from, video))
        .on(WireMessage.VideoAck.class, ack -> relay.acknowledged(from, ack.senderId()))
        .on(WireMessage.KeyframeRequest.class, request -> askForKeyframe(request.senderId()))
        .on(WireMessage.Audio.class, audio -> audio(from, audio))
        .on(WireMessage.UdpProbe.class, probe -> udpProbe(from, probe))
        .on(WireMessage.MediaState.class, state -> mediaState(from, state))
        .on(WireMessage.Chat.class, chat -> chat(from, chat))
        .on(WireMessage.Ping.class, ping -> pong(from, ping))
        .on(WireMessage.Pong.class, pong -> measured(from, pong))
        .on(WireMessage.MemberKey.class, memberKey -> keys.announced(from, memberKey))
        .on(WireMessage.SenderKey.class, senderKey -> keys.senderKey(from, senderKey))
        .on(WireMessage.ParticipantLeft.class, left -> goodbye(from, left));
  }

  private void video(Seat from, WireMessage.Video video) {
    if (video.senderId() != from.id) {
      from.closeForProtocolError("sent video as participant " + video.senderId());
      return;
    }
    relayTap.accept(video);
    relay.relay(video, roster.participants());
    from.send(new WireMessage.VideoAck(from.id, video.sequence()));
  }

  private void askForKeyframe(int senderId) {
    Seat sender = roster.participant(senderId);
    if (sender != null) {
      sender.send(new WireMessage.KeyframeRequest(senderId));
    }
  }

  private void audio(Seat from, WireMessage.Audio audio) {
    if (audio.senderId() != from.id) {
      from.closeForProtocolError("sent audio as participant " + audio.senderId());
      return;
    }
    audioRelay.relay(audio, roster.participants());
  }

  /**
   * Probes come over UDP; the echo goes back over UDP to the address the probe proved, which tells
   * both ends UDP works.
   */
  private static void udpProbe(Seat from, WireMessage.UdpProbe probe) {
    if (probe.hostHeard()) {
      from.udpConfirmedNanos = System.nanoTime();
    }
    // An echo that cannot go out only means UDP does not work; the connection stays.
    from.sendDatagram(new WireMessage.UdpProbe(probe.sentMicros(), true));
  }

  private void mediaState(Seat from, WireMessage.MediaState state) {
    if (state.senderId() != from.id) {
      from.closeForProtocolError("sent media state as participant " + state.senderId());
      return;
    }
    from.mediaState = state;
    roster.broadcast(state, from);
  }

  /** Stamped with the sender's id and the time; everyone hears it, the sender too. */
  private void chat(Seat from, WireMessage.Chat chat) {
    roster.news(new WireMessage.Chat(from.id, System.currentTimeMillis(), chat.text()), null);
  }

  private static void pong(Seat from, WireMessage.Ping ping) {
    from.send(new WireMessage.Pong(ping.sentMicros(), CallClock.nowMicros()));
  }

  /** The answer to the host's own ping ({@link HostServer}'s once-a-second measurement). */
  private static void measured(Seat from, WireMessage.Pong pong) {
    from.pingTimes.sample(pong.pingSentMicros(), pong.answeredMicros(), CallClock.nowMicros());
  }

  private static void goodbye(Seat from, WireMessage.ParticipantLeft left) {
    if (left.id() != from.id) {
      from.closeForProtocolError("sent unexpected " + left.getClass().getSimpleName());
      return;
    }
    from.leave();
  }
}
