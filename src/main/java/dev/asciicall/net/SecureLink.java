package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.crypto.MessageRejectedException;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireCodec;
import dev.asciicall.net.wire.WireMessage;
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
 * <p>Threads: {@link #send} may be called from any thread; sealing and handing to KryoNet happen
 * under one lock so envelopes leave in sequence-number order (the receiver refuses any that go
 * backwards). {@link #open} is called from the endpoint's single event thread.
 */
final class SecureLink {

  private static final Logger LOG = LoggerFactory.getLogger(SecureLink.class);

  private final Connection connection;
  private final Encryption encryption;
  private final Object sendLock = new Object();
  private final AtomicLong rejected;
  private volatile SecureSession session;
  private volatile DatagramPath datagramPath;

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
      synchronized (sendLock) {
        if (current == null) {
          connection.sendTCP(message);
        } else {
          byte[] envelope = current.control().seal(WireCodec.encode(message));
          connection.sendTCP(new WireMessage.Sealed(envelope));
        }
      }
      return true;
    } catch (RuntimeException e) {
      LOG.warn("Closing {}: send failed: {}", connection, e.toString());
      connection.close();
      return false;
    }
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
    DatagramPath path = datagramPath;
    if (!ready() || path == null) {
      return false;
    }
    try {
      SecureSession current = session;
      byte[] encoded = WireCodec.encode(message);
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
