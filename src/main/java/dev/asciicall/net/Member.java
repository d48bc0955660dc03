package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.PassphraseServer;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireCodec;
import dev.asciicall.net.wire.WireMessage;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The host's view of one connection, from accept to close. Touched only on the host thread. */
final class Member extends Seat {

  final Connection connection;
  final SecureLink link;

  /** It said goodbye: its close is announced as "left the call". */
  boolean leaving;

  /** Why the host closed it (removed), shown to the others instead of "connection lost". */
  String closedBecause;

  /** Before the welcome: the handshake in progress (null once it is done, or in a plain call). */
  HandshakeResponder handshake;

  boolean serverHelloSent;

  /** The hello they sent (its name is the one they asked for), and the passphrase check. */
  WireMessage.Hello pendingHello;

  PassphraseServer passphrase;

  /** Where its datagrams come from, proven by a sealed probe from there; null until then. */
  InetSocketAddress udpAddress;

  /** An old client's UDP registration was answered (once, so it can be told it is too old). */
  boolean legacyRegistrationAnswered;

  /** What the other end's read buffer takes in one frame (ours are all the same size). */
  private static final int MAX_FRAME_BYTES = HostPorts.OBJECT_BUFFER_BYTES - 64;

  /**
   * Sealed messages waiting for the end of the host thread's current work, when they go out
   * together: one write to the socket for all of them (see {@link WireSerialization}).
   */
  private final List<byte[]> outbox = new ArrayList<>();

  private int outboxBytes;
  private final Consumer<Member> flushLater;

  /**
   * @param flushLater told when the outbox stops being empty: it must {@link #flush} this member
   *     once the host thread has done its current work
   */
  Member(Connection connection, SecureLink link, Consumer<Member> flushLater) {
    this.connection = connection;
    this.link = link;
    this.flushLater = flushLater;
  }

  @Override
  boolean send(WireMessage message) {
    if (link.session() == null) {
      return link.send(message); // a plain call: as it is
    }
    byte[] encoded;
    try {
      encoded = WireCodec.encode(message);
    } catch (IllegalArgumentException e) {
      closeForProtocolError("could not be sent " + e.getMessage());
      return false;
    }
    return queue(encoded);
  }

  @Override
  boolean sendEncoded(WireMessage message, byte[] encoded) {
    if (link.session() == null) {
      return link.sendEncoded(message, encoded);
    }
    return queue(encoded);
  }

  /** Sends what waits in the outbox, in one frame. Host thread. */
  void flush() {
    if (outbox.isEmpty()) {
      return;
    }
    List<byte[]> batch = List.copyOf(outbox);
    outbox.clear();
    outboxBytes = 0;
    link.sendSealed(batch);
  }

  private boolean queue(byte[] encoded) {
    if (!connection.isConnected()) {
      return false;
    }
    int framed = WireSerialization.SealOnWrite.framedLength(encoded.length);
    if (outboxBytes + framed > MAX_FRAME_BYTES) {
      flush();
    }
    if (outbox.isEmpty()) {
      flushLater.accept(this);
    }
    outbox.add(encoded);
    outboxBytes += framed;
    return true;
  }

  @Override
  boolean sendDatagram(WireMessage message) {
    return link.sendDatagram(message);
  }

  @Override
  boolean sendDatagramEncoded(WireMessage message, byte[] encoded) {
    return link.sendDatagramEncoded(encoded);
  }

  @Override
  int queuedBytes() {
    return connection.getTcpWriteBufferSize() + outboxBytes;
  }

  @Override
  SecureSession session() {
    return link.session();
  }

  /** Closes, after sending what waits (a refusal, say, or why it was removed). */
  @Override
  void close() {
    flush();
    connection.close();
  }

  @Override
  void leave() {
    leaving = true;
    close();
  }

  @Override
  public String toString() {
    return connection.toString();
  }
}
