package dev.asciicall.crypto;

import dev.asciicall.common.Version;
import java.security.SecureRandom;

/**
 * The connecting side of the handshake (the participant who joins):
 *
 * <pre>
 *   client → server  ClientHello   version, protocol, ephemeral X25519 key
 *   server → client  ServerHello   version, protocol, ephemeral key, sealed(identity, signature)
 *   client → server  ClientFinish  sealed(identity, signature)
 * </pre>
 *
 * Both identities travel encrypted, each signature covers the transcript so far (both ephemeral
 * keys), and the session keys are derived from the full transcript. One instance per connection;
 * called from one thread at a time.
 */
public final class HandshakeInitiator {

  private final IdentityKeyPair identity;
  private final EphemeralKeyPair ephemeral;
  private final Transcript transcript = new Transcript(HandshakeKeys.PROTOCOL_LABEL);
  private SecureSession session;
  private boolean helloSent;

  public HandshakeInitiator(IdentityKeyPair identity, SecureRandom random) {
    this.identity = identity;
    this.ephemeral = EphemeralKeyPair.generate(random);
  }

  /** The first message, to send as soon as the connection is open. */
  public byte[] hello() {
    if (helloSent) {
      throw new IllegalStateException("hello already sent");
    }
    helloSent = true;
    byte[] hello =
        new ByteWriter(38)
            .header(Formats.VERSION, Formats.CLIENT_HELLO)
            .writeInt(Version.PROTOCOL)
            .writeBytes(ephemeral.publicKey())
            .toByteArray();
    transcript.mix(hello);
    return hello;
  }

  /**
   * Processes the server's reply and returns the last handshake message to send. Afterwards {@link
   * #session()} is ready.
   *
   * @throws HandshakeException if the reply is malformed, from an incompatible version, or its
   *     identity proof fails; close the connection
   */
  public byte[] finish(byte[] serverHello) throws HandshakeException {
    if (!helloSent || session != null) {
      throw new IllegalStateException("finish() must follow hello() exactly once");
    }
    int clearLength = ServerHello.CLEAR_LENGTH;
    byte[] serverEphemeral = ServerHello.parseClearPart(serverHello);
    byte[] afterServerKey = transcript.mix(java.util.Arrays.copyOf(serverHello, clearLength));
    byte[] sharedSecret = agree(serverEphemeral);
    byte[] handshakeKey = Hkdf.extract(afterServerKey, sharedSecret);

    byte[] serverProof =
        HandshakeKeys.openProof(handshakeKey, "server identity", serverHello, clearLength);
    PublicIdentity server =
        HandshakeKeys.verifyProof(
            serverProof, HandshakeKeys.SERVER_SIGNATURE_LABEL, afterServerKey);
    byte[] afterServerProof = transcript.mix(serverHello);

    byte[] clientProof =
        HandshakeKeys.identityProof(
            identity, HandshakeKeys.CLIENT_SIGNATURE_LABEL, afterServerProof);
    byte[] header = new ByteWriter(2).header(Formats.VERSION, Formats.CLIENT_FINISH).toByteArray();
    byte[] clientFinish =
        HandshakeKeys.sealProof(handshakeKey, "client identity", header, clientProof);
    byte[] finalTranscript = transcript.mix(clientFinish);
    session =
        HandshakeKeys.session(
            sharedSecret,
            finalTranscript,
            identity.publicIdentity(),
            server,
            HandshakeKeys.Role.CLIENT);
    return clientFinish;
  }

  /** The established session, once {@link #finish} returned. */
  public SecureSession session() {
    if (session == null) {
      throw new IllegalStateException("handshake not finished");
    }
    return session;
  }

  private byte[] agree(byte[] serverEphemeral) throws HandshakeException {
    try {
      return ephemeral.agree(serverEphemeral);
    } catch (CryptoException e) {
      throw new HandshakeException("the other side sent an unusable key", e);
    }
  }
}
