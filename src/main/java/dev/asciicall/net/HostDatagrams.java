package dev.asciicall.net;

import com.esotericsoftware.kryonet.FrameworkMessage;
import com.esotericsoftware.kryonet.KryoSerialization;
import dev.asciicall.net.wire.WireClasses;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's UDP port, read by a thread of its own ({@code net-host-update-2}) instead of KryoNet:
 * KryoNet's UDP registration trusts any sender (connection ids are sequential, and a forged {@code
 * RegisterUDP} rebinds a connection's UDP address) and keeps every new TCP connection pending until
 * it arrives. Here a datagram is one of three things:
 *
 * <ul>
 *   <li>a participant's sealed datagram ({@link Datagrams}), handed on to be opened with that
 *       participant's keys; only a probe that opens binds the address it came from;
 *   <li>a well-formed discovery request, answered within {@link DiscoveryLimiter}'s limits;
 *   <li>an old KryoNet client's {@code RegisterUDP}: handed on so that an old version can finish
 *       connecting and be told it is too old; it binds nothing.
 * </ul>
 *
 * Anything else is counted and dropped. {@link #send} may be called from any thread.
 */
final class HostDatagrams {

  private static final Logger LOG = LoggerFactory.getLogger(HostDatagrams.class);

  /** Where the datagrams the host reads go. Called on the UDP thread: hand on, never block. */
  interface Receiver {
    /** A datagram naming a participant; nothing about it is verified yet. */
    void fromParticipant(InetSocketAddress from, Datagrams.FromParticipant datagram);

    /** An old client's UDP registration for KryoNet connection {@code connectionId}. */
    void legacyRegistration(int connectionId);
  }

  private final DatagramChannel channel;
  private final Selector selector;
  private final int tcpPort;
  private final DiscoveryLimiter limiter = new DiscoveryLimiter(System::nanoTime);
  private final AtomicLong discoveryAnswered = new AtomicLong();
  private final AtomicLong discoveryRefused = new AtomicLong();
  private final AtomicLong junk = new AtomicLong();
  private final KryoSerialization legacy = new KryoSerialization();
  private Thread thread;

  private HostDatagrams(DatagramChannel channel, int tcpPort, Selector selector)
      throws IOException {
    this.channel = channel;
    this.tcpPort = tcpPort;
    this.selector = selector;
    channel.register(selector, SelectionKey.OP_READ);
    // Only KryoNet's framework messages and the transport classes can be read; nothing by name.
    WireClasses.registerTransport(legacy.getKryo());
  }

  /** Binds {@code udpPort} on every address. */
  static HostDatagrams bind(int udpPort, int tcpPort) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.bind(new InetSocketAddress(udpPort));
      // Non-blocking: a blocking channel asks the system which thread it is on for every datagram,
      // and a full send buffer drops a voice packet rather than holding up the host thread.
      channel.configureBlocking(false);
      return new HostDatagrams(channel, tcpPort, Selector.open());
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Starts reading on a thread from {@code network}; {@code answer} says what discovery is told.
   *
   * @param fatal takes an error that ended the thread
   */
  void start(
      ThreadFactory network,
      Receiver receiver,
      Supplier<DiscoveryAnswer> answer,
      Consumer<Throwable> fatal) {
    thread =
        network.newThread(NetworkThread.guarded(() -> readUntilClosed(receiver, answer), fatal));
    thread.start();
  }

  /** Sends {@code datagram} to {@code to}; false if it did not go out. Any thread. */
  boolean send(InetSocketAddress to, byte[] datagram) {
    try {
      return channel.send(ByteBuffer.wrap(datagram), to) == datagram.length;
    } catch (IOException e) {
      LOG.debug("Could not send a datagram to {}: {}", to, e.toString());
      return false;
    }
  }

  /** Discovery requests answered, and refused (over the rate limit). */
  long discoveryAnswered() {
    return discoveryAnswered.get();
  }

  long discoveryRefused() {
    return discoveryRefused.get();
  }

  /** Datagrams that were none of the three kinds. */
  long junk() {
    return junk.get();
  }

  /** Closes the port and waits for the thread (a few seconds at most). */
  void close(long waitMillis) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("Could not close the UDP port", e);
    }
    NetworkThread.stop(thread, selector::wakeup, waitMillis);
    try {
      selector.close();
    } catch (IOException e) {
      LOG.debug("Could not close the UDP selector", e);
    }
  }

  private void readUntilClosed(Receiver receiver, Supplier<DiscoveryAnswer> answer) {
    ByteBuffer buffer = ByteBuffer.allocate(Datagrams.MAX_BYTES + 1);
    while (channel.isOpen()) {
      try {
        selector.select();
        selector.selectedKeys().clear();
        // Everything waiting, then back to the selector.
        InetSocketAddress from;
        while ((from = receive(buffer)) != null) {
          handle(from, buffer, receiver, answer);
        }
      } catch (ClosedChannelException | ClosedSelectorException e) {
        return;
      } catch (IOException e) {
        LOG.debug("Reading the UDP port failed: {}", e.toString());
      }
    }
  }

  /** The next datagram into {@code buffer} (flipped), and who sent it; null if none waits. */
  private InetSocketAddress receive(ByteBuffer buffer) throws IOException {
    buffer.clear();
    InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
    buffer.flip();
    return from;
  }

  private void handle(
      InetSocketAddress from,
      ByteBuffer datagram,
      Receiver receiver,
      Supplier<DiscoveryAnswer> answer) {
    if (datagram.remaining() > Datagrams.MAX_BYTES) {
      junk.incrementAndGet();
      return;
    }
    Datagrams.FromParticipant participant = Datagrams.parse(datagram);
    if (participant != null) {
      receiver.fromParticipant(from, participant);
    } else if (DiscoveryAnswer.isRequest(datagram)) {
      if (limiter.allow(from.getAddress())) {
        discoveryAnswered.incrementAndGet();
        send(from, answer.get().withTcpPort(tcpPort).toBytes());
      } else {
        discoveryRefused.incrementAndGet();
      }
    } else {
      legacyRegistration(datagram, receiver::legacyRegistration);
    }
  }

  private void legacyRegistration(ByteBuffer datagram, IntConsumer registration) {
    Object object;
    try {
      object = legacy.read(null, datagram);
    } catch (RuntimeException e) {
      junk.incrementAndGet();
      return;
    }
    if (object instanceof FrameworkMessage.RegisterUDP register && !datagram.hasRemaining()) {
      registration.accept(register.connectionID);
    } else {
      junk.incrementAndGet();
    }
  }
}
