package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.EndPoint;
import dev.asciicall.crypto.MessageRejectedException;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireCodec;
import dev.asciicall.net.wire.WireMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's encryption: after the handshake every message is serialised, sealed with the
 * session's ordered channel (TCP, through KryoNet) or datagram channel (UDP, along a {@link
 * DatagramPath}) and sent as an opaque envelope; received envelopes are opened before anything is
 * deserialised. An envelope that fails to open (tampered, replayed, reordered) is dropped and
 * counted; the call goes on.
 *
 * <p>Threads: {@link #send} may be called from any thread; envelopes leave in sequence-number order
 * (the receiver refuses any that go backwards) because they are sealed as KryoNet writes them (see
 * {@link WireSerialization}). {@link #open} is called from the endpoint's single event thread.
 */
final class SecureLink {

  private static final Logger LOG = LoggerFactory.getLogger(SecureLink.class);

  private final Connection connection;
  private final Encryption encryption;
  private final Object sendLock = new Object();
  private final AtomicLong rejected;
  private volatile SecureSession session;
  private volatile DatagramPath datagramPath;
  private volatile Boolean sealsOnWrite;
  private volatile Thread holder;
  // Only the holding thread touches it.
  private final List<byte[]> held = new ArrayList<>();

  /**
   * @param rejected counts refused envelopes; a host shares one counter among all its links
   */
  SecureLink(Connection connection, Encryption encryption, AtomicLong rejected) {
    this.connection = connection;
    this.encryption = encryption;
    this.rejected = rejected;
  }

  Connection connection() {
    return connection;
  }

  /** Called once the handshake completed; from now on only envelopes are sent and accepted. */
  void established(SecureSession established) {
    this.session = established;
  }

  /** The session, or null before the handshake (or in a benchmark's plain call). */
  SecureSession session() {
    return session;
  }

  /** Whether messages may flow: the handshake is done, or the call is a plain benchmark call. */
  boolean ready() {
    return session != null || encryption == Encryption.NONE_FOR_BENCHMARK_ONLY;
  }

  /** Envelopes refused (on every link sharing the counter). */
  long rejectedCount() {
    return rejected.get();
  }

  /**
   * Sends {@code message} sealed over TCP. Never throws: a message too large, a full buffer or a
   * broken socket closes this connection only. Before the handshake nothing is sent.
   *
   * @return whether it was handed to the connection
   */
  boolean send(WireMessage message) {
    if (!ready()) {
      LOG.debug("Not sending {} before the handshake", message.getClass().getSimpleName());
      return false;
    }
    try {
      SecureSession current = session;
      if (current == null) {
        connection.sendTCP(message);
      } else if (holder == Thread.currentThread()) {
        held.add(WireCodec.encode(message));
      } else {
        sendSealed(current, WireCodec.encode(message));
      }
      return true;
    } catch (RuntimeException e) {
      LOG.warn("Closing {}: send failed: {}", connection, e.toString());
      connection.close();
      return false;
    }
  }

  /**
   * From now until {@link #release}, what this thread sends sealed waits, and then goes out
   * together in one frame and one write: a participant's acknowledgements of the frames that came
   * in one frame from the host, say. Other threads' sends go out as usual meanwhile.
   */
  void hold() {
    holder = Thread.currentThread();
  }

  /**
   * Sends what waited since {@link #hold}, by the same thread, in frames small enough for a host's
   * read buffer before it admits us ({@link HostPorts#STRANGER_READ_BYTES}).
   */
  void release() {
    holder = null;
    int from = 0;
    int bytes = 0;
    for (int i = 0; i < held.size(); i++) {
      int framed = WireSerialization.SealOnWrite.framedLength(held.get(i).length);
      if (i > from && bytes + framed > MAX_HELD_FRAME_BYTES) {
        sendSealed(List.copyOf(held.subList(from, i)));
        from = i;
        bytes = 0;
      }
      bytes += framed;
    }
    if (from < held.size()) {
      sendSealed(List.copyOf(held.subList(from, held.size())));
    }
    held.clear();
  }

  /** The largest frame {@link #release} sends (a single larger message goes alone). */
  static final int MAX_HELD_FRAME_BYTES = HostPorts.STRANGER_READ_BYTES - 256;

  /**
   * Like {@link #send}, for a message already serialised with {@link WireCodec#encode}: the relay
   * serialises a frame once and seals that for each receiver.
   */
  boolean sendEncoded(WireMessage message, byte[] encoded) {
    if (!ready()) {
      return false;
    }
    try {
      SecureSession current = session;
      if (current == null) {
        connection.sendTCP(message);
      } else {
        sendSealed(current, encoded);
      }
      return true;
    } catch (RuntimeException e) {
      LOG.warn("Closing {}: send failed: {}", connection, e.toString());
      connection.close();
      return false;
    }
  }

  /**
   * Sends messages already serialised with {@link WireCodec#encode}, sealed, in one frame. Never
   * throws: a failure closes this connection only.
   */
  boolean sendSealed(List<byte[]> plaintexts) {
    SecureSession current = session;
    if (current == null) {
      return false;
    }
    try {
      if (sealsOnWrite()) {
        connection.sendTCP(new WireSerialization.SealOnWrite(current.control(), plaintexts));
      } else {
        for (byte[] plaintext : plaintexts) {
          sendSealed(current, plaintext);
        }
      }
      return true;
    } catch (RuntimeException e) {
      LOG.warn("Closing {}: send failed: {}", connection, e.toString());
      connection.close();
      return false;
    }
  }

  /**
   * Seals {@code plaintext} for the ordered channel and hands it to KryoNet. Our own serialization
   * seals it inside KryoNet's write lock, straight into the write buffer, so envelopes leave in
   * sequence order by themselves; any other (a test's plain KryoNet client) gets a sealed array,
   * sealed and sent under our lock for the same order.
   */
  private void sendSealed(SecureSession current, byte[] plaintext) {
    if (sealsOnWrite()) {
      connection.sendTCP(new WireSerialization.SealOnWrite(current.control(), plaintext));
      return;
    }
    synchronized (sendLock) {
      connection.sendTCP(new WireMessage.Sealed(current.control().seal(plaintext)));
    }
  }

  private boolean sealsOnWrite() {
    Boolean known = sealsOnWrite;
    if (known == null) {
      EndPoint endPoint = connection.getEndPoint();
      known = endPoint != null && endPoint.getSerialization() instanceof WireSerialization;
      sealsOnWrite = known;
    }
    return known;
  }

  /** Sends a message in the clear; only the handshake and refusals before it use this. */
  boolean sendClear(WireMessage message) {
    try {
      connection.sendTCP(message);
      return true;
    } catch (RuntimeException e) {
      connection.close();
      return false;
    }
  }

  /**
   * Where this link's datagrams go: the host's UDP port (a participant), or the participant's
   * proven UDP address (the host). Until it is set, nothing goes out over UDP.
   */
  interface DatagramPath {
    /** Sends one sealed envelope; false if it did not go out. */
    boolean send(byte[] envelope);
  }

  /** Sets where {@link #sendDatagram} sends; any thread. */
  void datagramPath(DatagramPath path) {
    this.datagramPath = path;
  }

  /**
   * Sends {@code message} sealed over UDP (a datagram may be lost; a lost or late one is never
   * replayed to the receiver). Nothing goes out before the handshake or without a path.
   */
  boolean sendDatagram(WireMessage message) {
    return sendDatagramEncoded(WireCodec.encode(message));
  }

  /** Like {@link #sendDatagram}, for a message already serialised with {@link WireCodec}. */
  boolean sendDatagramEncoded(byte[] encoded) {
    DatagramPath path = datagramPath;
    if (!ready() || path == null) {
      return false;
    }
    try {
      SecureSession current = session;
      return path.send(current == null ? encoded : current.datagrams().seal(encoded));
    } catch (RuntimeException e) {
      LOG.warn("Dropping a datagram to {}: {}", connection, e.toString());
      return false;
    }
  }

  /**
   * Opens a datagram that claims to come from this link's peer.
   *
   * @return the message inside, or null if it did not open (forged, replayed, too old: counted)
   * @throws ProtocolViolation if an authenticated datagram held something invalid
   */
  WireMessage openDatagram(byte[] datagram) throws ProtocolViolation {
    SecureSession current = session;
    byte[] plaintext;
    if (current == null) {
      if (encryption != Encryption.NONE_FOR_BENCHMARK_ONLY) {
        rejected.incrementAndGet();
        return null;
      }
      plaintext = datagram;
    } else {
      try {
        plaintext = current.datagrams().open(datagram);
      } catch (MessageRejectedException e) {
        rejected.incrementAndGet();
        LOG.debug("Dropped a datagram for {}: {} ({})", connection, e.getMessage(), e.reason());
        return null;
      }
    }
    WireMessage inner;
    try {
      inner = WireCodec.decode(plaintext);
    } catch (IllegalArgumentException e) {
      if (current == null) {
        rejected.incrementAndGet();
        return null;
      }
      throw new ProtocolViolation("sealed an invalid datagram: " + e.getMessage());
    }
    if (!(inner instanceof WireMessage.Audio || inner instanceof WireMessage.UdpProbe)) {
      throw new ProtocolViolation("sent a " + inner.getClass().getSimpleName() + " over UDP");
    }
    return inner;
  }

  /**
   * Opens what arrived after the handshake.
   *
   * @return the message inside, or null if it was refused (counted) and must be dropped
   * @throws ProtocolViolation if an authenticated envelope held something invalid: the peer itself
   *     misbehaves and its connection should close
   */
  WireMessage open(WireMessage received) throws ProtocolViolation {
    SecureSession current = session;
    if (current == null) {
      if (encryption == Encryption.NONE_FOR_BENCHMARK_ONLY) {
        return received;
      }
      throw new ProtocolViolation("sent " + received.getClass().getSimpleName() + " unencrypted");
    }
    byte[] plaintext;
    try {
      if (received instanceof WireMessage.Sealed sealed) {
        plaintext = current.control().open(sealed.envelope());
      } else {
        // Unauthenticated, so possibly not from the peer at all (a spoofed datagram): dropped,
        // counted, and the connection stays.
        rejected.incrementAndGet();
        LOG.info("Dropped an unsealed {} from {}", received.getClass().getSimpleName(), connection);
        return null;
      }
    } catch (MessageRejectedException e) {
      rejected.incrementAndGet();
      LOG.info("Dropped an envelope from {}: {} ({})", connection, e.getMessage(), e.reason());
      return null;
    }
    WireMessage inner;
    try {
      inner = WireCodec.decode(plaintext);
    } catch (IllegalArgumentException e) {
      throw new ProtocolViolation("sealed an invalid message: " + e.getMessage());
    }
    if (inner instanceof WireMessage.Sealed || inner instanceof WireMessage.Handshake) {
      throw new ProtocolViolation("sealed a " + inner.getClass().getSimpleName());
    }
    return inner;
  }

  /** The peer broke the protocol after authenticating: close its connection. */
  static final class ProtocolViolation extends Exception {
    private static final long serialVersionUID = 1L;

    ProtocolViolation(String message) {
      super(message);
    }
  }
}
