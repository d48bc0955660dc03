package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Threads;
import dev.asciicall.testing.NetworkTest;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Real TCP on 127.0.0.1 through a proxy that records every byte, with length-prefixed framing
 * standing in for the transport. What the proxy recorded must contain none of the chat text or
 * frame bytes that were sent.
 */
@NetworkTest
class RecordingProxyTest {

  private static final String CHAT = "the spare key is under the blue flowerpot";
  private static final String FRAME =
      "  ..::--==++**##%%@@ ASCII-FACE-OF-ALICE @@%%##**++==--::..  ";

  @Test
  void proxyBetweenPeersSeesNeitherChatNorFrames() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), this::runCallThroughRecordingProxy);
  }

  private void runCallThroughRecordingProxy() throws Exception {
    ExecutorService threads =
        java.util.concurrent.Executors.newCachedThreadPool(Threads.named("test-proxy"));
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    try (ServerSocket hostSocket = new ServerSocket(0, 1, loopback);
        ServerSocket proxySocket = new ServerSocket(0, 1, loopback)) {
      IdentityKeyPair hostIdentity = Peers.identity();
      Future<List<String>> hostReceived = threads.submit(() -> host(hostSocket, hostIdentity));
      ByteArrayOutputStream recorded = new ByteArrayOutputStream();
      threads.submit(() -> proxy(proxySocket, hostSocket.getLocalPort(), recorded, threads));

      try (Socket socket = new Socket(loopback, proxySocket.getLocalPort())) {
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());
        DataInputStream in = new DataInputStream(socket.getInputStream());
        HandshakeInitiator handshake = new HandshakeInitiator(Peers.identity(), Peers.RANDOM);
        send(out, handshake.hello());
        send(out, handshake.finish(receive(in)));
        SecureChannel channel = handshake.session().control();
        send(out, channel.seal(CHAT.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 3; i++) {
          send(out, channel.seal((FRAME + i).getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(hostReceived.get()).containsExactly(CHAT, FRAME + 0, FRAME + 1, FRAME + 2);
      }
      String wire;
      synchronized (recorded) {
        wire = recorded.toString(StandardCharsets.ISO_8859_1);
      }
      assertThat(wire.length()).isGreaterThan(CHAT.length() + 3 * FRAME.length());
      assertThat(wire)
          .doesNotContain("flowerpot")
          .doesNotContain("ASCII-FACE")
          .doesNotContain("::--==");
    } finally {
      Threads.shutdown(threads, 1000);
    }
  }

  private static List<String> host(ServerSocket server, IdentityKeyPair identity) throws Exception {
    try (Socket socket = server.accept()) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      DataInputStream in = new DataInputStream(socket.getInputStream());
      HandshakeResponder handshake = new HandshakeResponder(identity, Peers.RANDOM);
      send(out, handshake.respond(receive(in)));
      SecureChannel channel = handshake.complete(receive(in)).control();
      List<String> received = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        received.add(new String(channel.open(receive(in)), StandardCharsets.UTF_8));
      }
      return received;
    }
  }

  private static Void proxy(
      ServerSocket proxy, int hostPort, ByteArrayOutputStream recorded, ExecutorService threads)
      throws IOException {
    Socket client = proxy.accept();
    Socket host = new Socket(proxy.getInetAddress(), hostPort);
    threads.submit(() -> pump(client.getInputStream(), host.getOutputStream(), recorded));
    threads.submit(() -> pump(host.getInputStream(), client.getOutputStream(), recorded));
    return null;
  }

  private static Void pump(InputStream from, OutputStream to, ByteArrayOutputStream recorded)
      throws IOException {
    byte[] buffer = new byte[4096];
    for (int read; (read = from.read(buffer)) > 0; ) {
      synchronized (recorded) {
        recorded.write(buffer, 0, read);
      }
      to.write(buffer, 0, read);
      to.flush();
    }
    return null;
  }

  private static void send(DataOutputStream out, byte[] message) throws IOException {
    out.writeInt(message.length);
    out.write(message);
    out.flush();
  }

  private static byte[] receive(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 20) {
      throw new IOException("frame length " + length);
    }
    byte[] message = new byte[length];
    in.readFully(message);
    return message;
  }
}
