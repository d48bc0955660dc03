package dev.asciicall.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A participant's UDP socket towards the host's UDP port, read by a thread of its own ({@code
 * net-client-update-2}). The socket is connected to the host, so the system drops datagrams from
 * anyone else. What arrives is handed on as bytes, to be opened with the connection's keys. When
 * UDP does not get through (a firewall, nothing listening) sending and reading fail quietly: voice
 * then stays on TCP. {@link #send} may be called from any thread.
 */
final class ClientDatagrams {

  private static final Logger LOG = LoggerFactory.getLogger(ClientDatagrams.class);

  private final DatagramChannel channel;
  private Thread thread;

  private ClientDatagrams(DatagramChannel channel) {
    this.channel = channel;
  }

  /** A socket connected to {@code host}'s {@code udpPort}. */
  static ClientDatagrams open(InetAddress host, int udpPort) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.connect(new InetSocketAddress(host, udpPort));
      return new ClientDatagrams(channel);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Starts reading on a thread from {@code network}; each datagram goes to {@code received} on that
   * thread (hand it on at once).
   */
  void start(ThreadFactory network, Consumer<byte[]> received, Consumer<Throwable> failed) {
    thread = network.newThread(NetworkThread.guarded(() -> readUntilClosed(received), failed));
    thread.start();
  }

  /** Sends one datagram; false if it did not go out (UDP does not work, or we left). */
  boolean send(byte[] datagram) {
    try {
      return channel.write(ByteBuffer.wrap(datagram)) == datagram.length;
    } catch (IOException e) {
      // PortUnreachableException included: nothing listens, so voice stays on TCP.
      return false;
    }
  }

  /** Closes the socket and waits for the reading thread (a few seconds at most). */
  void close(long waitMillis) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("Could not close the UDP socket", e);
    }
    NetworkThread.stop(thread, () -> {}, waitMillis);
  }

  private void readUntilClosed(Consumer<byte[]> received) {
    ByteBuffer buffer = ByteBuffer.allocate(Datagrams.MAX_BYTES + 1);
    while (channel.isOpen()) {
      try {
        buffer.clear();
        channel.read(buffer);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        // An ICMP "port unreachable" from an earlier send surfaces here: UDP does not work yet.
        continue;
      }
      buffer.flip();
      if (buffer.hasRemaining() && buffer.remaining() <= Datagrams.MAX_BYTES) {
        received.accept(Arrays.copyOf(buffer.array(), buffer.remaining()));
      }
    }
  }
}
