package dev.asciicall.net;

import dev.asciicall.common.Threads;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP and UDP proxy on 127.0.0.1 that records every byte in both directions and can tamper with
 * what a participant sends: it reads KryoNet's framing (a 4-byte length, then the object) so it can
 * flip a bit in, repeat, or hold back one whole message. Only messages of at least {@link
 * #tamperMinBytes} are touched, so small keep-alives and pings pass untouched.
 */
final class RecordingProxy implements AutoCloseable {

  /** What to do to the next large message from the participant. */
  enum Tamper {
    NONE,
    FLIP_BIT,
    REPLAY,
    REORDER
  }

  private final ServerSocket listening;
  private final int targetPort;
  private final java.net.DatagramSocket udpFacingClient;
  private final java.net.DatagramSocket udpFacingHost;
  private volatile java.net.SocketAddress udpClient;
  private final ExecutorService pumps = Executors.newCachedThreadPool(Threads.named("test-proxy"));
  private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
  private final List<Socket> sockets = new ArrayList<>();
  volatile Tamper tamper = Tamper.NONE;
  volatile int tamperMinBytes = 320;
  private byte[] heldBack;

  /** Proxies TCP to {@code targetPort} and UDP (one participant) to {@code targetUdpPort}. */
  RecordingProxy(int targetPort, int targetUdpPort) throws IOException {
    this.targetPort = targetPort;
    this.listening = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
    this.udpFacingClient = new java.net.DatagramSocket(0, InetAddress.getLoopbackAddress());
    this.udpFacingHost = new java.net.DatagramSocket(0, InetAddress.getLoopbackAddress());
    pumps.execute(this::acceptLoop);
    java.net.InetSocketAddress host =
        new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), targetUdpPort);
    pumps.execute(() -> udpPump(udpFacingClient, () -> host, true));
    pumps.execute(() -> udpPump(udpFacingHost, () -> udpClient, false));
  }

  int port() {
    return listening.getLocalPort();
  }

  int udpPort() {
    return udpFacingClient.getLocalPort();
  }

  /** Datagrams from the participant go to the host from a second socket, and answers back. */
  private void udpPump(
      java.net.DatagramSocket from,
      java.util.function.Supplier<java.net.SocketAddress> to,
      boolean fromClient) {
    byte[] buffer = new byte[65536];
    try {
      while (true) {
        java.net.DatagramPacket packet = new java.net.DatagramPacket(buffer, buffer.length);
        from.receive(packet);
        if (fromClient) {
          udpClient = packet.getSocketAddress();
        }
        record(packet.getData(), packet.getLength());
        java.net.SocketAddress target = to.get();
        if (target != null) {
          (fromClient ? udpFacingHost : udpFacingClient)
              .send(new java.net.DatagramPacket(packet.getData(), packet.getLength(), target));
        }
      }
    } catch (IOException e) {
      // Closed at the end of the test.
    }
  }

  byte[] recorded() {
    synchronized (recorded) {
      return recorded.toByteArray();
    }
  }

  private void acceptLoop() {
    try {
      while (!listening.isClosed()) {
        Socket client = listening.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        synchronized (sockets) {
          sockets.add(client);
          sockets.add(server);
        }
        pumps.execute(() -> framedPump(client, server));
        pumps.execute(() -> rawPump(server, client));
      }
    } catch (IOException e) {
      // Closed at the end of the test.
    }
  }

  /** Participant to host, message by message, so single messages can be tampered with. */
  private void framedPump(Socket from, Socket to) {
    try {
      DataInputStream in = new DataInputStream(from.getInputStream());
      OutputStream out = to.getOutputStream();
      while (true) {
        int length = in.readInt();
        byte[] frame = new byte[4 + length];
        frame[0] = (byte) (length >>> 24);
        frame[1] = (byte) (length >>> 16);
        frame[2] = (byte) (length >>> 8);
        frame[3] = (byte) length;
        in.readFully(frame, 4, length);
        record(frame, frame.length);
        forward(frame, length, out);
      }
    } catch (IOException e) {
      // One side closed.
    }
  }

  private void forward(byte[] frame, int length, OutputStream out) throws IOException {
    Tamper action = length >= tamperMinBytes ? tamper : Tamper.NONE;
    switch (action) {
      case FLIP_BIT -> {
        tamper = Tamper.NONE;
        frame[frame.length - 20] ^= 0x04;
        out.write(frame);
      }
      case REPLAY -> {
        tamper = Tamper.NONE;
        out.write(frame);
        out.write(frame);
      }
      case REORDER -> {
        if (heldBack == null) {
          heldBack = frame;
          return;
        }
        tamper = Tamper.NONE;
        out.write(frame);
        out.write(heldBack);
        heldBack = null;
      }
      default -> out.write(frame);
    }
    out.flush();
  }

  private void rawPump(Socket from, Socket to) {
    byte[] buffer = new byte[16384];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int read;
      while ((read = in.read(buffer)) >= 0) {
        record(buffer, read);
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // One side closed.
    }
  }

  private void record(byte[] bytes, int length) {
    record(bytes, 0, length);
  }

  private void record(byte[] bytes, int offset, int length) {
    synchronized (recorded) {
      recorded.write(bytes, offset, length);
    }
  }

  @Override
  public void close() throws IOException {
    listening.close();
    udpFacingClient.close();
    udpFacingHost.close();
    synchronized (sockets) {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
    pumps.shutdownNow();
  }

  /** Whether {@code needle} occurs anywhere in {@code haystack}. */
  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
