package dev.asciicall.net;

import dev.asciicall.crypto.AdmissionResult;
import dev.asciicall.crypto.CryptoException;
import dev.asciicall.crypto.HandshakeException;
import dev.asciicall.crypto.HandshakeInitiator;
import dev.asciicall.crypto.PassphraseClient;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.security.SecureRandom;

/**
 * The joining side's steps before the welcome: the handshake that encrypts the connection, then the
 * passphrase proof if the host asks for one. Each step returns the message to send next or throws a
 * {@link NetException} with the one-line reason to show. Used on the client's event thread only.
 */
final class JoinSecurity {

  private final HandshakeInitiator handshake;
  private final char[] passphrase;
  private final SecureRandom random = new SecureRandom();
  private PassphraseClient passphraseClient;
  private SecureSession session;

  JoinSecurity(JoinOptions options) {
    this.handshake = new HandshakeInitiator(options.identity(), random);
    this.passphrase = options.passphrase();
  }

  /** The first message of the connection. */
  WireMessage.Handshake hello() {
    return new WireMessage.Handshake(handshake.hello());
  }

  /** Checks the host's reply; afterwards {@link #session()} is ready. */
  WireMessage.Handshake finish(WireMessage.Handshake serverHello) throws NetException {
    try {
      byte[] finish = handshake.finish(serverHello.data());
      session = handshake.session();
      return new WireMessage.Handshake(finish);
    } catch (HandshakeException e) {
      throw new NetException(NetFailure.HANDSHAKE_FAILED, e.getMessage());
    } catch (IllegalStateException e) {
      throw new NetException(NetFailure.PROTOCOL_ERROR, "the host repeated its handshake");
    }
  }

  SecureSession session() {
    return session;
  }

  /**
   * Answers the host's challenge, or checks its verdict.
   *
   * @return the proof to send, or null after an {@code ADMITTED} verdict the host proved
   */
  WireMessage.Passphrase passphrase(WireMessage.Passphrase message) throws NetException {
    try {
      if (passphraseClient == null) {
        if (passphrase == null) {
          throw new NetException(
              NetFailure.PASSPHRASE_REQUIRED,
              "this call needs a passphrase (--passphrase-file or --passphrase-env)");
        }
        passphraseClient = new PassphraseClient(passphrase, session.channelBinding(), random);
        return new WireMessage.Passphrase(passphraseClient.answer(message.data()));
      }
      AdmissionResult result = passphraseClient.result(message.data());
      if (result != AdmissionResult.ADMITTED) {
        throw new NetException(NetFailure.WRONG_PASSPHRASE, result.userMessage());
      }
      return null;
    } catch (CryptoException e) {
      throw new NetException(NetFailure.HANDSHAKE_FAILED, e.getMessage());
    } catch (IllegalStateException e) {
      throw new NetException(NetFailure.PROTOCOL_ERROR, "the host repeated a passphrase step");
    }
  }
}
