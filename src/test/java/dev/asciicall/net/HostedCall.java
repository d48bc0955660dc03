package dev.asciicall.net;

import dev.asciicall.testing.FreePorts;
import java.util.ArrayList;
import java.util.List;

/**
 * A call hosted on free loopback ports by a host that takes part ("Hal"), and the peers a test
 * joins to it. {@link #close} leaves with every peer still joined, then stops the host.
 */
final class HostedCall implements AutoCloseable {

  final RecordingEvents hostEvents = new RecordingEvents();
  final int tcpPort = FreePorts.tcp();
  final int udpPort = FreePorts.udp();
  final HostServer host;
  private final List<PeerClient> peers = new ArrayList<>();

  HostedCall(String callName) throws NetException {
    host = HostServer.start(tcpPort, udpPort, callName, "Hal", hostEvents);
  }

  PeerClient join(String name, RecordingEvents events) throws NetException {
    PeerClient peer = PeerClient.connect("127.0.0.1", tcpPort, udpPort, name, events, 5_000);
    peers.add(peer);
    return peer;
  }

  /** The test closes this peer itself; {@link #close} leaves it alone. */
  void forget(PeerClient peer) {
    peers.remove(peer);
  }

  @Override
  public void close() {
    peers.forEach(PeerClient::close);
    host.stop("test over");
  }
}
