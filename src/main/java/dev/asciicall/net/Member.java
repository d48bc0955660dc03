package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.PassphraseServer;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.net.InetSocketAddress;

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

  Member(Connection connection, SecureLink link) {
    this.connection = connection;
    this.link = link;
  }

  @Override
  boolean send(WireMessage message) {
    return link.send(message);
  }

  @Override
  boolean sendDatagram(WireMessage message) {
    return link.sendDatagram(message);
  }

  @Override
  int queuedBytes() {
    return connection.getTcpWriteBufferSize();
  }

  @Override
  SecureSession session() {
    return link.session();
  }

  @Override
  void close() {
    connection.close();
  }

  @Override
  void leave() {
    leaving = true;
    connection.close();
  }

  @Override
  public String toString() {
    return connection.toString();
  }
}
