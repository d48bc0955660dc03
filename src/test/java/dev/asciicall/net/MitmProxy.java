package dev.asciicall.net;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import com.esotericsoftware.kryonet.Server;
import dev.asciicall.crypto.CryptoException;
import dev.asciicall.crypto.HandshakeInitiator;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.net.wire.WireMessage;
import dev.asciicall.testing.FreePorts;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * An active man in the middle: it runs its own key agreement with the joiner (posing as the host)
 * and with the host (posing as the joiner), with its own identity key, and re-seals every message
 * in between. It can read the control messages; only the safety codes give it away.
 */
final class MitmProxy implements AutoCloseable {

  private static final int BUFFER = 1 << 20;

  private final Server server = new Server(BUFFER, HostServer.OBJECT_BUFFER_BYTES);
  private final List<Client> upstreams = new ArrayList<>();
  private final IdentityKeyPair identity = IdentityKeyPair.generate(new SecureRandom());
  private final int port;
  private final int udpPort;

  MitmProxy(int hostTcpPort, int hostUdpPort) throws IOException {
    WireClasses.register(server.getKryo());
    port = FreePorts.tcp();
    udpPort = FreePorts.udp();
    // TCP only, like a real host: the joiner's UDP goes to the host's UDP port untouched.
    server.bind(port);
    server.addListener(new Forwarder(hostTcpPort, hostUdpPort));
    server.start();
  }

  int port() {
    return port;
  }

  int udpPort() {
    return udpPort;
  }

  @Override
  public void close() {
    synchronized (upstreams) {
      upstreams.forEach(Client::stop);
    }
    server.stop();
  }

  /** Runs on the proxy server's update thread. */
  private final class Forwarder extends Listener {
    private final int hostTcpPort;
    private final int hostUdpPort;
    private final java.util.Map<Connection, Leg> legs =
        new java.util.concurrent.ConcurrentHashMap<>();

    Forwarder(int hostTcpPort, int hostUdpPort) {
      this.hostTcpPort = hostTcpPort;
      this.hostUdpPort = hostUdpPort;
    }

    @Override
    public void connected(Connection joiner) {
      Leg leg = new Leg(joiner);
      legs.put(joiner, leg);
      try {
        leg.start(hostTcpPort, hostUdpPort);
      } catch (IOException e) {
        joiner.close();
      }
    }

    @Override
    public void received(Connection joiner, Object object) {
      Leg leg = legs.get(joiner);
      try {
        if (object instanceof WireMessage.Handshake handshake) {
          leg.fromJoinerHandshake(handshake);
        } else if (object instanceof WireMessage.Sealed sealed) {
          SecureSession toHost = leg.hostSession.get(5, TimeUnit.SECONDS);
          byte[] plain = leg.joinerSession.control().open(sealed.envelope());
          leg.upstream.sendTCP(new WireMessage.Sealed(toHost.control().seal(plain)));
        }
      } catch (Exception e) {
        joiner.close();
      }
    }
  }

  /** One joiner's two halves. */
  private final class Leg {
    final Connection joiner;
    // Reads the host as a participant does: several messages may share one frame.
    final Client upstream =
        new Client(
            BUFFER,
            HostServer.OBJECT_BUFFER_BYTES,
            new WireSerialization(Encryption.NONE_FOR_BENCHMARK_ONLY));
    final HandshakeResponder asHost = new HandshakeResponder(identity, new SecureRandom());
    final HandshakeInitiator asJoiner = new HandshakeInitiator(identity, new SecureRandom());
    final CompletableFuture<SecureSession> hostSession = new CompletableFuture<>();
    volatile SecureSession joinerSession;
    boolean serverHelloSent;

    Leg(Connection joiner) {
      this.joiner = joiner;
      synchronized (upstreams) {
        upstreams.add(upstream);
      }
    }

    void start(int hostTcpPort, int hostUdpPort) throws IOException {
      upstream.addListener(
          new Listener() {
            @Override
            public void received(Connection connection, Object object) {
              if (object instanceof WireSerialization.Batch batch) {
                batch.messages().forEach(each -> received(connection, each));
                return;
              }
              try {
                if (object instanceof WireMessage.Handshake serverHello) {
                  upstream.sendTCP(new WireMessage.Handshake(asJoiner.finish(serverHello.data())));
                  hostSession.complete(asJoiner.session());
                } else if (object instanceof WireMessage.Sealed sealed) {
                  byte[] plain = hostSession.get().control().open(sealed.envelope());
                  joiner.sendTCP(new WireMessage.Sealed(joinerSession.control().seal(plain)));
                }
              } catch (Exception e) {
                upstream.close();
              }
            }

            @Override
            public void disconnected(Connection connection) {
              joiner.close();
            }
          });
      upstream.start();
      upstream.connect(5_000, "127.0.0.1", hostTcpPort);
      upstream.sendTCP(new WireMessage.Handshake(asJoiner.hello()));
    }

    void fromJoinerHandshake(WireMessage.Handshake handshake) throws CryptoException {
      if (!serverHelloSent) {
        serverHelloSent = true;
        joiner.sendTCP(new WireMessage.Handshake(asHost.respond(handshake.data())));
      } else {
        joinerSession = asHost.complete(handshake.data());
      }
    }
  }
}
