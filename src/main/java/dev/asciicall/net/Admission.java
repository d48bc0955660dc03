package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.common.Version;
import dev.asciicall.crypto.HandshakeException;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.PassphraseServer;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireMessage;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything before a connection is welcomed: a deadline for it, the secure handshake, then the
 * hello (protocol version, lock, room in the call, a free name), then the passphrase check if the
 * call has one. Host thread only.
 */
final class Admission {

  private static final Logger LOG = LoggerFactory.getLogger(Admission.class);

  /** A connection not welcomed this long after it connected is closed. */
  static final long HELLO_TIMEOUT_MILLIS = 5_000;

  private final Roster roster;
  private final HostOptions options;
  private final ScheduledExecutorService hostThread;
  private final Consumer<Connection> timedOut;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param hostThread runs the deadlines
   * @param timedOut told of each connection closed at its deadline (to count it)
   */
  Admission(
      Roster roster,
      HostOptions options,
      ScheduledExecutorService hostThread,
      Consumer<Connection> timedOut) {
    this.timedOut = timedOut;
    this.roster = roster;
    this.options = options;
    this.hostThread = hostThread;
  }

  /**
   * A new connection: it must be welcomed within {@link #HELLO_TIMEOUT_MILLIS}, or it is closed.
   *
   * @param rejected counts refused envelopes, shared by every connection of the host
   * @param flushLater sends the member's outbox once the host thread's current work is done
   */
  Member connected(Connection connection, AtomicLong rejected, Consumer<Member> flushLater) {
    Member member =
        new Member(
            connection, new SecureLink(connection, options.encryption(), rejected), flushLater);
    hostThread.schedule(
        () -> {
          if (!member.welcomed() && connection.isConnected()) {
            LOG.debug("Closing {}: no hello within {} ms", connection, HELLO_TIMEOUT_MILLIS);
            timedOut.accept(connection);
            connection.close();
          }
        },
        HELLO_TIMEOUT_MILLIS,
        TimeUnit.MILLISECONDS);
    return member;
  }

  /**
   * A message before the handshake completed: only the two handshake messages are accepted. An old
   * peer's plain hello is answered with a plain refusal naming both versions.
   */
  void beforeHandshake(Member member, WireMessage message) {
    if (message instanceof WireMessage.Handshake handshake
        && options.encryption() == Encryption.END_TO_END
        && (!member.serverHelloSent || member.handshake != null)) {
      try {
        if (!member.serverHelloSent) {
          member.serverHelloSent = true;
          // Only now: a connection that never speaks costs no key pair.
          member.handshake = new HandshakeResponder(options.identity(), random);
          member.link.sendClear(
              new WireMessage.Handshake(member.handshake.respond(handshake.data())));
        } else {
          member.link.established(member.handshake.complete(handshake.data()));
          member.handshake = null;
        }
      } catch (HandshakeException e) {
        member.closeForProtocolError("handshake failed: " + e.getMessage());
      }
    } else if (message instanceof WireMessage.Hello hello) {
      String why =
          hello.protocol() != Version.PROTOCOL
              ? versionMismatch(hello)
              : "this host only accepts encrypted connections";
      member.link.sendClear(
          new WireMessage.Refusal(
              (hello.protocol() != Version.PROTOCOL
                      ? NetFailure.VERSION_MISMATCH
                      : NetFailure.PROTOCOL_ERROR)
                  .name(),
              why));
      member.connection.close();
    } else {
      member.closeForProtocolError(
          "sent " + message.getClass().getSimpleName() + " before the handshake");
    }
  }

  /** A message from an encrypted connection that is not welcomed yet. */
  void beforeWelcome(Member member, WireMessage message) {
    if (message instanceof WireMessage.Hello hello && member.pendingHello == null) {
      admit(member, hello);
    } else if (message instanceof WireMessage.Passphrase proof && member.passphrase != null) {
      PassphraseServer.Verdict verdict = member.passphrase.verify(proof.data());
      member.passphrase = null;
      member.send(new WireMessage.Passphrase(verdict.reply()));
      if (verdict.result() == dev.asciicall.crypto.AdmissionResult.ADMITTED) {
        roster.welcome(member, uniqueName(member.pendingHello.name().strip()));
      } else {
        logRefusal(member, verdict.result().userMessage());
        member.close();
      }
    } else {
      member.closeForProtocolError(
          "sent " + message.getClass().getSimpleName() + " before being admitted");
    }
  }

  private void admit(Member member, WireMessage.Hello hello) {
    member.pendingHello = hello;
    if (hello.protocol() != Version.PROTOCOL) {
      refuse(member, NetFailure.VERSION_MISMATCH, versionMismatch(hello));
      return;
    }
    if (roster.locked()) {
      refuse(member, NetFailure.CALL_LOCKED, "the call is locked");
      return;
    }
    if (roster.count() >= options.maxParticipants()) {
      refuse(
          member,
          NetFailure.CALL_FULL,
          "the call is full (" + options.maxParticipants() + " participants)");
      return;
    }
    if (options.passphrase() != null && member.link.session() != null) {
      member.passphrase =
          options.passphrase().begin(addressOf(member), member.link.session().channelBinding());
      member.send(new WireMessage.Passphrase(member.passphrase.challenge()));
      return;
    }
    roster.welcome(member, uniqueName(hello.name().strip()));
  }

  private static String versionMismatch(WireMessage.Hello hello) {
    return "host runs asciicall "
        + Version.application()
        + " (protocol "
        + Version.PROTOCOL
        + "), you run "
        + hello.applicationVersion()
        + " (protocol "
        + hello.protocol()
        + ")";
  }

  /** The host part only, so reconnecting from a new port does not reset the back-off. */
  private static String addressOf(Member member) {
    InetSocketAddress address = member.connection.getRemoteAddressTCP();
    return address == null || address.getAddress() == null
        ? "unknown"
        : address.getAddress().getHostAddress();
  }

  private String uniqueName(String wanted) {
    if (!roster.nameTaken(wanted)) {
      return wanted;
    }
    String base =
        wanted.length() > Limits.MAX_NAME_CHARS - 5
            ? wanted.substring(0, Limits.MAX_NAME_CHARS - 5)
            : wanted;
    for (int n = 2; ; n++) {
      String candidate = base + " (" + n + ")";
      if (!roster.nameTaken(candidate)) {
        return candidate;
      }
    }
  }

  private void refuse(Member member, NetFailure failure, String message) {
    logRefusal(member, message);
    member.send(new WireMessage.Refusal(failure.name(), message));
    member.close();
  }

  private static void logRefusal(Member member, String why) {
    LOG.info("Refused {}: {}", member.connection.getRemoteAddressTCP(), why);
  }
}
