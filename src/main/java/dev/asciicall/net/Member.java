package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
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

  final Map<Integer, Stream> streams = new HashMap<>();
  final long connectedMillis = System.currentTimeMillis();
  int id = -1;
  String name;
  boolean leaving;

  /** What the participant last said about its microphone and camera; null until it says. */
  WireMessage.MediaState mediaState;

  /** When the participant last said it hears our UDP echoes (System.nanoTime); 0 never. */
  long udpConfirmedNanos;

  Member(Connection connection) {
    this.connection = connection;
  }

  boolean welcomed() {
    return id >= 0;
  }

  Stream stream(int senderId) {
    return streams.computeIfAbsent(senderId, ignored -> new Stream());
  }
}
