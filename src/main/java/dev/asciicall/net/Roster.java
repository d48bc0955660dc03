package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.crypto.KnownPeers;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is in the call: every connection from accept to close, and the participants in the order they
 * joined, the host's own first when it takes part. Welcomes newcomers (who is there, who is muted),
 * announces joins and leaves, numbers names that are taken. Host thread only, except the count and
 * the lock, which any thread may read.
 */
final class Roster {

  private static final Logger LOG = LoggerFactory.getLogger(Roster.class);

  /** Idle time after which KryoNet drops a welcomed connection; keep-alives come every second. */
  private static final int TIMEOUT_MILLIS = 4_000;

  private final String callName;
  private final byte[] callId;
  private final KnownPeers knownPeers;
  private final LocalParticipant self;
  private final Consumer<Member> admitting;
  private final Map<Connection, Member> connections = new LinkedHashMap<>();
  private final List<Seat> participants = new ArrayList<>();
  private final List<Seat> readOnlyParticipants = Collections.unmodifiableList(participants);

  /**
   * Who hears the news besides the participants: the host's onlooker when it does not take part.
   */
  private final List<Seat> onlookers;

  // The host counts itself even when it only relays (discovery and the size limit say so).
  private final AtomicInteger count = new AtomicInteger(1);
  private volatile boolean locked;
  private int nextId = 1;

  /**
   * @param knownPeers names and keys seen before, to flag a changed key; null to remember nothing
   * @param admitting told of each member about to be welcomed, before anything is sent to it
   */
  Roster(
      String callName,
      byte[] callId,
      KnownPeers knownPeers,
      LocalParticipant self,
      Consumer<Member> admitting) {
    this.admitting = admitting;
    this.callName = callName;
    this.callId = callId;
    this.knownPeers = knownPeers;
    this.self = self;
    if (self.takesPart()) {
      participants.add(self);
      onlookers = List.of();
    } else {
      onlookers = List.of(self);
    }
  }

  /** A new connection, not welcomed yet. */
  void connected(Member member) {
    connections.put(member.connection, member);
  }

  /** The member behind {@code connection}, or null once it is gone. */
  Member member(Connection connection) {
    return connections.get(connection);
  }

  /** Every open connection, welcomed or not. */
  Iterable<Member> connections() {
    return connections.values();
  }

  /** Participants in the call, in the order they joined, the host's own first. */
  List<Seat> participants() {
    return readOnlyParticipants;
  }

  /** Participants in the call, the host included (even a host that only relays). Any thread. */
  int count() {
    return count.get();
  }

  /** Any thread. */
  boolean locked() {
    return locked;
  }

  /** Any thread. */
  void lock(boolean shut) {
    locked = shut;
  }

  /** The participant with {@code id}, or null. */
  Seat participant(int id) {
    for (Seat seat : participants) {
      if (seat.id == id) {
        return seat;
      }
    }
    return null;
  }

  /** The session a participant's connection proved, or null. */
  SecureSession sessionOf(int id) {
    Seat seat = participant(id);
    return seat == null ? null : seat.session();
  }

  /** Whether someone in the call already goes by {@code name}, in any case. */
  boolean nameTaken(String name) {
    return participants.stream().anyMatch(seat -> seat.name.equalsIgnoreCase(name));
  }

  /**
   * Lets {@code member} in as {@code name}: it learns who is there and who is muted, everyone else
   * learns of it, the host shows its safety code, and everyone who sends video is asked for a
   * keyframe the newcomer can start from.
   */
  void welcome(Member member, String name) {
    admitting.accept(member);
    member.id = nextId++;
    // Only now: KryoNet measures the timeout from the last read, which is unset until the first.
    member.connection.setTimeout(TIMEOUT_MILLIS);
    member.connection.setKeepAliveTCP(1_000);
    member.name = name;
    count.incrementAndGet();
    member.send(new WireMessage.Welcome(member.id, callName, name, callId));
    for (Seat other : participants) {
      member.send(new WireMessage.ParticipantJoined(other.id, other.name));
    }
    for (Seat other : participants) {
      if (other.mediaState != null) {
        member.send(other.mediaState);
      }
    }
    participants.add(member);
    news(new WireMessage.ParticipantJoined(member.id, name), member);
    SecureSession session = member.session();
    if (session != null) {
      // Known peers are looked up by the name asked for, not the one numbered to be unique.
      String helloName = member.pendingHello != null ? member.pendingHello.name() : name;
      self.verified(
          new PeerVerification(
              member.id,
              name,
              session.safetyCode().toString(),
              EndToEndKeys.keyChangedIn(knownPeers, helloName.strip(), session.peer())));
    }
    LOG.info("{} ({}) joined from {}", name, member.id, member.connection.getRemoteAddressTCP());
    for (Seat other : participants) {
      if (other != member) {
        other.send(new WireMessage.KeyframeRequest(other.id));
      }
    }
  }

  /**
   * Removes a participant: they are told why and disconnected, and the others hear "removed by the
   * host".
   *
   * @return false if nobody (else) in the call has that id
   */
  boolean remove(int participantId) {
    if (!(participant(participantId) instanceof Member member)) {
      return false;
    }
    member.closedBecause = "removed by the host";
    member.send(new WireMessage.CallEnded("the host removed you from the call"));
    member.close();
    return true;
  }

  /**
   * The connection closed. A participant's leaving is announced with why: it said goodbye, the host
   * removed it, or the connection was lost.
   *
   * @return the participant who left, or null if it never was one
   */
  Member closed(Connection connection) {
    Member member = connections.remove(connection);
    if (member == null || !member.welcomed()) {
      return null;
    }
    participants.remove(member);
    count.decrementAndGet();
    String reason =
        member.closedBecause != null
            ? member.closedBecause
            : member.leaving ? "left the call" : "connection lost";
    LOG.info("{} ({}) {}", member.name, member.id, reason);
    news(new WireMessage.ParticipantLeft(member.id, reason), null);
    return member;
  }

  /** Sends {@code message} to every participant but {@code except} (may be null). */
  void broadcast(WireMessage message, Seat except) {
    for (Seat seat : participants) {
      if (seat != except) {
        seat.send(message);
      }
    }
  }

  /** Who joins, leaves and what is said: to the participants and any onlooker. */
  void news(WireMessage message, Seat except) {
    broadcast(message, except);
    onlookers.forEach(onlooker -> onlooker.send(message));
  }
}
