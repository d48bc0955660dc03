package dev.asciicall.portmap;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * One request and its answer over UDP, for NAT-PMP, PCP and STUN: the request is sent again after
 * 250 ms, 500 ms, 1 s … (RFC 6886 section 3.1, RFC 5389 section 7.2.1) a bounded number of times.
 * Datagrams from any other address or port than the server's, and any the reader does not accept
 * (too short, too long, another transaction), are dropped and the wait goes on, so a stray or
 * spoofed packet cannot answer for the router. Blocks the calling thread.
 *
 * @param firstWait how long to wait for the first answer; each retry waits twice as long
 * @param attempts how many times the request is sent
 */
record UdpExchange(Duration firstWait, int attempts) {

  /** PCP's largest message (RFC 6887 section 7); STUN and NAT-PMP answers are smaller. */
  static final int MAX_DATAGRAM = 1100;

  /** RFC 6886's first wait, sent three times: about 1.75 s before giving up. */
  static final UdpExchange ROUTER = new UdpExchange(Duration.ofMillis(250), 3);

  UdpExchange {
    if (firstWait.isNegative() || firstWait.isZero() || attempts < 1) {
      throw new IllegalArgumentException("need a positive wait and at least one attempt");
    }
  }

  /**
   * Sends {@code request} to {@code server} until {@code reader} accepts an answer from it.
   *
   * @param reader given each datagram from the server (positioned at its start, limited to its
   *     length); returns empty to ignore it. A reader that runs off the end ignores it too.
   * @throws NoRouterException if no acceptable answer came in time
   */
  <T> T exchange(InetSocketAddress server, byte[] request, Function<ByteBuffer, Optional<T>> reader)
      throws IOException {
    try (DatagramSocket socket = new DatagramSocket()) {
      byte[] buffer = new byte[MAX_DATAGRAM + 1];
      long wait = firstWait.toMillis();
      for (int attempt = 0; attempt < attempts; attempt++, wait *= 2) {
        socket.send(new DatagramPacket(request, request.length, server));
        long deadline = System.nanoTime() + wait * 1_000_000;
        long left;
        while ((left = (deadline - System.nanoTime()) / 1_000_000) > 0) {
          socket.setSoTimeout((int) Math.max(1, left));
          DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
          try {
            socket.receive(answer);
          } catch (SocketTimeoutException e) {
            break;
          }
          if (!answer.getAddress().equals(server.getAddress())
              || answer.getPort() != server.getPort()
              || answer.getLength() > MAX_DATAGRAM) {
            continue;
          }
          Optional<T> accepted = read(reader, ByteBuffer.wrap(buffer, 0, answer.getLength()));
          if (accepted.isPresent()) {
            return accepted.get();
          }
        }
      }
    }
    throw new NoRouterException(
        "no answer from " + server.getAddress().getHostAddress() + " port " + server.getPort());
  }

  private static <T> Optional<T> read(Function<ByteBuffer, Optional<T>> reader, ByteBuffer data) {
    try {
      return reader.apply(data.slice());
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      // Malformed: a length field pointing past the end, a truncated field.
      return Optional.empty();
    }
  }

  /**
   * The address this computer uses to reach {@code destination}: connecting a UDP socket only asks
   * the routing table, nothing is sent.
   */
  static InetAddress localAddressToward(InetAddress destination) throws IOException {
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(destination, 9);
      InetAddress local = probe.getLocalAddress();
      if (local == null || local.isAnyLocalAddress()) {
        throw new IOException("no route to " + destination.getHostAddress());
      }
      return local;
    }
  }
}
