package dev.asciicall.crypto;

import java.security.SecureRandom;

/** Test helpers: identities and completed handshakes between them. */
final class Peers {

  static final SecureRandom RANDOM = new SecureRandom();

  private Peers() {}

  static IdentityKeyPair identity() {
    return IdentityKeyPair.generate(RANDOM);
  }

  /** Both ends of a handshake run in memory: [client session, server session]. */
  static SecureSession[] connect(IdentityKeyPair client, IdentityKeyPair server)
      throws CryptoException {
    HandshakeInitiator initiator = new HandshakeInitiator(client, RANDOM);
    HandshakeResponder responder = new HandshakeResponder(server, RANDOM);
    byte[] serverHello = responder.respond(initiator.hello());
    byte[] clientFinish = initiator.finish(serverHello);
    SecureSession serverSession = responder.complete(clientFinish);
    return new SecureSession[] {initiator.session(), serverSession};
  }
}
