package dev.asciicall.portmap;

import dev.asciicall.common.Threads;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * A NAT-PMP and PCP router on a loopback UDP port: keeps a mapping table, answers with a public
 * address, and can be told to refuse, to speak only NAT-PMP, or to send junk before each real
 * answer (a truncated packet, an oversized one, another transaction's answer, and an answer from
 * another port).
 */
final class FakePmpRouter implements AutoCloseable {

  /** A mapping the router holds: its public port and remaining lifetime in seconds. */
  record Entry(int externalPort, long lifetime) {}

  /** What the router was asked: protocol version (0 NAT-PMP, 2 PCP), transport, lifetime. */
  record Request(int version, Transport transport, int internalPort, long lifetime) {}

  static final int SPOOFED_PORT = 6666;
  static final byte[] SPOOFED_ADDRESS = {6, 6, 6, 6};

  private final DatagramSocket socket;
  private final DatagramSocket spoofer;
  private final ExecutorService thread = Threads.single("fake-pmp-router");
  private final Map<String, Entry> table = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  volatile boolean speaksPcp = true;
  volatile int refuseWith;
  volatile long maxLifetime = 7200;
  volatile boolean junkFirst;
  volatile byte[] publicAddress = {(byte) 203, 0, 113, 5};
  volatile int portOffset;

  FakePmpRouter() throws IOException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    spoofer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread.execute(this::serve);
  }

  int port() {
    return socket.getLocalPort();
  }

  GatewayLookup gateway() {
    return new GatewayLookup.Found(InetAddress.getLoopbackAddress());
  }

  Map<String, Entry> table() {
    return Map.copyOf(table);
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void serve() {
    byte[] buffer = new byte[2048];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        ByteBuffer in = ByteBuffer.wrap(buffer, 0, packet.getLength()).slice();
        byte[] answer = in.get(0) == 2 ? pcp(in) : natPmp(in);
        if (answer != null) {
          SocketAddress client = packet.getSocketAddress();
          if (junkFirst) {
            sendJunk(answer, client);
          }
          socket.send(new DatagramPacket(answer, answer.length, client));
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  /**
   * Before the real answer: the same answer with another public address and port, sent from another
   * port, cut short, padded past PCP's 1,100 bytes, and for another transaction. A client that took
   * any of them would report port 6666 or address 6.6.6.6.
   */
  private void sendJunk(byte[] answer, SocketAddress client) throws IOException {
    ByteBuffer spoofed = ByteBuffer.wrap(answer.clone());
    switch (answer.length) {
      case 12 -> spoofed.put(8, SPOOFED_ADDRESS);
      case 16 -> spoofed.putShort(10, (short) SPOOFED_PORT);
      case 60 -> spoofed.putShort(42, (short) SPOOFED_PORT).put(56, SPOOFED_ADDRESS);
      default -> {}
    }
    byte[] bad = spoofed.array();
    spoofer.send(new DatagramPacket(bad, bad.length, client));
    socket.send(new DatagramPacket(bad, Math.min(bad.length, 7), client));
    byte[] oversized = new byte[1200];
    System.arraycopy(bad, 0, oversized, 0, bad.length);
    socket.send(new DatagramPacket(oversized, oversized.length, client));
    byte[] otherTransaction = bad.clone();
    if (answer.length == 60) {
      otherTransaction[24] ^= 0x7F; // another nonce
    } else if (answer.length == 16) {
      otherTransaction[9] ^= 0x01; // another internal port
    } else {
      otherTransaction[1] ^= 0x01; // another opcode
    }
    socket.send(new DatagramPacket(otherTransaction, otherTransaction.length, client));
  }

  private byte[] natPmp(ByteBuffer in) {
    int opcode = in.get(1) & 0xFF;
    ByteBuffer out = ByteBuffer.allocate(opcode == 0 ? 12 : 16);
    out.put((byte) 0).put((byte) (128 + opcode));
    if (in.get(0) != 0) {
      return ByteBuffer.allocate(8)
          .put((byte) 0)
          .put((byte) (128 + opcode))
          .putShort((short) 1)
          .putInt(1)
          .array();
    }
    if (opcode == 0) {
      out.putShort((short) refuseWith).putInt(1).put(publicAddress);
      return out.array();
    }
    Transport transport = opcode == 1 ? Transport.UDP : Transport.TCP;
    int internalPort = in.getShort(4) & 0xFFFF;
    int suggested = in.getShort(6) & 0xFFFF;
    long lifetime = in.getInt(8) & 0xFFFF_FFFFL;
    requests.add(new Request(0, transport, internalPort, lifetime));
    out.putShort((short) refuseWith).putInt(1).putShort((short) internalPort);
    if (refuseWith != 0) {
      return out.putShort((short) 0).putInt(0).array();
    }
    Entry entry = update(transport, internalPort, suggested, lifetime);
    return out.putShort((short) entry.externalPort()).putInt((int) entry.lifetime()).array();
  }

  private byte[] pcp(ByteBuffer in) {
    if (!speaksPcp) {
      // What a NAT-PMP-only router says to version 2 (RFC 6887 section 9).
      return ByteBuffer.allocate(8)
          .put((byte) 0)
          .put((byte) 0x81)
          .putShort((short) 1)
          .putInt(1)
          .array();
    }
    long lifetime = in.getInt(4) & 0xFFFF_FFFFL;
    byte[] nonce = new byte[12];
    in.position(24);
    in.get(nonce);
    int protocol = in.get() & 0xFF;
    Transport transport = protocol == 6 ? Transport.TCP : Transport.UDP;
    int internalPort = in.getShort(40) & 0xFFFF;
    int suggested = in.getShort(42) & 0xFFFF;
    requests.add(new Request(2, transport, internalPort, lifetime));
    ByteBuffer out = ByteBuffer.allocate(60);
    out.put((byte) 2).put((byte) 0x81).put((byte) 0).put((byte) refuseWith);
    Entry entry =
        refuseWith != 0 ? new Entry(0, 0) : update(transport, internalPort, suggested, lifetime);
    out.putInt((int) entry.lifetime()).putInt(1).put(new byte[12]);
    out.put(nonce).put((byte) protocol).put(new byte[3]);
    out.putShort((short) internalPort).putShort((short) entry.externalPort());
    out.put(new byte[10]).put((byte) 0xFF).put((byte) 0xFF).put(publicAddress);
    return out.array();
  }

  private Entry update(Transport transport, int internalPort, int suggested, long lifetime) {
    String key = transport + "/" + internalPort;
    if (lifetime == 0) {
      table.remove(key);
      return new Entry(0, 0);
    }
    Entry entry =
        new Entry(
            (suggested == 0 ? internalPort : suggested) + portOffset,
            Math.min(lifetime, maxLifetime));
    table.put(key, entry);
    return entry;
  }

  @Override
  public void close() {
    socket.close();
    spoofer.close();
    Threads.shutdown(thread, 2000);
  }
}
