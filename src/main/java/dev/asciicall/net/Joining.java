package dev.asciicall.net;

import dev.asciicall.common.Version;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A participant until the host's welcome: the handshake that encrypts the connection, the hello,
 * the passphrase proof if the host asks for one, then the welcome or a refusal. The host's side of
 * the same steps is {@link Admission}. Client thread only, except {@link #welcome()}.
 */
final class Joining {

  private final JoinOptions options;
  private final SecureLink link;
  private final String hostLabel;
  private final Consumer<NetException> failure;
  private final CompletableFuture<WireMessage.Welcome> welcome = new CompletableFuture<>();
  private JoinSecurity security;
  private volatile PeerVerification hostVerification;

  /**
   * @param hostLabel how the host is named in its safety code ("host 10.0.0.5:54555")
   * @param failure ends the join with a one-line reason; called on the client thread
   */
  Joining(JoinOptions options, SecureLink link, String hostLabel, Consumer<NetException> failure) {
    this.options = options;
    this.link = link;
    this.hostLabel = hostLabel;
    this.failure = failure;
  }

  /** Completes with the host's welcome, or fails with why we were not let in. Any thread. */
  CompletableFuture<WireMessage.Welcome> welcome() {
    return welcome;
  }

  /**
   * Waits for the welcome. The caller's thread (blocked up to {@code timeoutMillis}).
   *
   * @throws NetException with the one-line reason we were not let in
   */
  WireMessage.Welcome awaitWelcome(String where, int timeoutMillis) throws NetException {
    try {
      return welcome.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw (NetException) e.getCause();
    } catch (TimeoutException e) {
      throw new NetException(NetFailure.TIMED_OUT, "the host at " + where + " did not answer");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetException(NetFailure.TIMED_OUT, "interrupted while joining " + where);
    }
  }

  /** The safety code of the connection to the host; null in a plain call. Any thread. */
  PeerVerification hostVerification() {
    return hostVerification;
  }

  /** Says hello: the handshake's first message, or (a plain call) the hello itself. */
  void start() {
    if (options.encryption() == Encryption.END_TO_END) {
      security = new JoinSecurity(options);
      link.sendClear(security.hello());
    } else {
      link.send(hello());
    }
  }

  /**
   * Before the link is encrypted only the host's handshake counts (or an old host's refusal, sent
   * in the clear); anything else is unauthenticated and ignored.
   */
  void beforeHandshake(WireMessage arrived) throws NetException {
    if (arrived instanceof WireMessage.Handshake serverHello && security != null) {
      link.sendClear(security.finish(serverHello));
      SecureSession session = security.session();
      link.established(session);
      hostVerification =
          new PeerVerification(
              HostServer.HOST_ID,
              hostLabel,
              session.safetyCode().toString(),
              EndToEndKeys.keyChangedIn(options.knownPeers(), hostLabel, session.peer()));
      link.send(hello());
    } else if (arrived instanceof WireMessage.Refusal refusal) {
      // An old host refuses in the clear; it cannot do more harm than closing would.
      failure.accept(refused(refusal));
    }
  }

  /**
   * What may come sealed before the welcome.
   *
   * @param welcomed takes the welcome (before {@link #welcome()} completes)
   */
  Dispatch handlers(Consumer<WireMessage.Welcome> welcomed) {
    return new Dispatch()
        .on(WireMessage.Passphrase.class, this::passphrase)
        .on(WireMessage.Refusal.class, refusal -> welcome.completeExceptionally(refused(refusal)))
        .on(
            WireMessage.Welcome.class,
            message -> {
              welcomed.accept(message);
              welcome.complete(message);
            });
  }

  private void passphrase(WireMessage.Passphrase step) {
    if (security == null) {
      return;
    }
    try {
      WireMessage.Passphrase proof = security.passphrase(step);
      if (proof != null) {
        link.send(proof);
      }
    } catch (NetException e) {
      failure.accept(e);
    }
  }

  private WireMessage.Hello hello() {
    return new WireMessage.Hello(Version.PROTOCOL, Version.application(), options.name());
  }

  private static NetException refused(WireMessage.Refusal refusal) {
    NetFailure failure;
    try {
      failure = NetFailure.valueOf(refusal.reason());
    } catch (IllegalArgumentException e) {
      failure = NetFailure.REFUSED;
    }
    return new NetException(failure, refusal.message());
  }
}
