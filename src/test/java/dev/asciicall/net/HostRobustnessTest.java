package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.net.wire.WireMessage;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile or mismatched peers close only their own connection; the call carries on. */
@NetworkTest
class HostRobustnessTest {

  private final RecordingEvents hostEvents = new RecordingEvents();
  private HostServer host;
  private int tcpPort;
  private int udpPort;

  @BeforeEach
  void startHost() throws NetException {
    tcpPort = FreePorts.tcp();
    udpPort = FreePorts.udp();
    host = HostServer.start(tcpPort, udpPort, "Robust", "Hal", hostEvents);
  }

  @AfterEach
  void stopHost() {
    host.stop("test over");
  }

  @Test
  void randomMutatedAndOversizedBytesLeaveTheCallRunning() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(40),
        () -> {
          RecordingEvents ann = new RecordingEvents();
          try (PeerClient annPeer =
              PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Ann", ann, 5_000)) {
            Random random = new Random(42);
            InetAddress loopback = InetAddress.getLoopbackAddress();
            for (int round = 0; round < 20; round++) {
              byte[] garbage = new byte[1 + random.nextInt(4096)];
              random.nextBytes(garbage);
              sendRaw(garbage);
              try (DatagramSocket udp = new DatagramSocket()) {
                udp.send(new DatagramPacket(garbage, garbage.length, loopback, udpPort));
              }
            }
            // A length prefix far beyond any valid message.
            sendRaw(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3});
            // A well-formed frame for Hello (class id 20) whose name claims 2 GB.
            sendRaw(frame(new byte[] {21, 1, 1, '1', (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}));
            // A valid hello followed by a video frame with a negative-size payload field.
            sendRaw(frame(new byte[] {21, 1, 1, '1', 1, 'Z', 26, 1, 0, 0, 0, 0, 0, 0, 0, 0}));

            annPeer.sendChat("still here?");
            Await.until(() -> hostEvents.chats.size() == 1);
            RecordingEvents bob = new RecordingEvents();
            try (PeerClient bobPeer =
                PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Bob", bob, 5_000)) {
              Await.until(() -> ann.present.containsValue("Bob"));
              assertThat(bobPeer.participantId()).isPositive();
            }
          }
        });
  }

  @Test
  void anIncompatiblePeerIsToldWhichVersionsDiffer() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          Client old = new Client(PeerClient.WRITE_BUFFER_BYTES, HostServer.OBJECT_BUFFER_BYTES);
          WireClasses.register(old.getKryo());
          CompletableFuture<WireMessage.Refusal> refusal = new CompletableFuture<>();
          old.addListener(
              new Listener() {
                @Override
                public void received(Connection connection, Object object) {
                  if (object instanceof WireMessage.Refusal r) {
                    refusal.complete(r);
                  }
                }
              });
          old.start();
          try {
            old.connect(5_000, "127.0.0.1", tcpPort, udpPort);
            old.sendTCP(new WireMessage.Hello(99, "9.9.9", "Future"));
            WireMessage.Refusal answer = refusal.get(10, TimeUnit.SECONDS);
            assertThat(answer.reason()).isEqualTo("VERSION_MISMATCH");
            assertThat(answer.message()).contains("host runs asciicall").contains("you run 9.9.9");
          } finally {
            old.stop();
          }
        });
  }

  /** KryoNet frames every object with a 4-byte big-endian length. */
  private static byte[] frame(byte[] body) {
    byte[] framed = new byte[body.length + 4];
    framed[0] = (byte) (body.length >>> 24);
    framed[1] = (byte) (body.length >>> 16);
    framed[2] = (byte) (body.length >>> 8);
    framed[3] = (byte) body.length;
    System.arraycopy(body, 0, framed, 4, body.length);
    return framed;
  }

  private void sendRaw(byte[] bytes) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), tcpPort)) {
      OutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write(bytes);
      out.flush();
      socket.setSoTimeout(2_000);
      // Wait until the host hangs up on us (or give up), so the garbage was really read.
      try {
        while (socket.getInputStream().read() >= 0) {
          // drain
        }
      } catch (java.net.SocketTimeoutException ignored) {
        // The host is still waiting for more bytes; that is fine too.
      }
    }
  }
}
