package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.PassphraseServer;
import dev.asciicall.net.wire.WireMessage;
import java.util.HashMap;
import java.util.Map;

/** The host's view of one connection. Touched only on the host thread. */
final class Member {

  /**
   * Video per receiver and sender: frames sent and not yet acknowledged, plus the newest waiting.
   */
  static final class Stream {
    int inFlight;
    WireMessage.Video pending;
  }

  final Connection connection;
  final SecureLink link;

  final Map<Integer, Stream> streams = new HashMap<>();
  final long connectedMillis = System.currentTimeMillis();
  int id = -1;
  String name;
  boolean leaving;

  /** What the participant last said about its microphone and camera; null until it says. */
  WireMessage.MediaState mediaState;

  /** When the participant last said it hears our UDP echoes (System.nanoTime); 0 never. */
  long udpConfirmedNanos;

  /** Why the host closed it (removed), shown to the others instead of "connection lost". */
  String closedBecause;

  /** Before the welcome: the handshake in progress (null once it is done, or in a plain call). */
  HandshakeResponder handshake;

  boolean serverHelloSent;

  /** The hello they sent (its name is the one they asked for), and the passphrase check. */
  WireMessage.Hello pendingHello;

  PassphraseServer passphrase;

  /** Their key announcement, stamped with their id, for everyone who joins later. */
  WireMessage.MemberKey announcement;

  Member(Connection connection, SecureLink link) {
    this.connection = connection;
    this.link = link;
  }

  boolean welcomed() {
    return id >= 0;
  }

  Stream stream(int senderId) {
    return streams.computeIfAbsent(senderId, ignored -> new Stream());
  }
}
