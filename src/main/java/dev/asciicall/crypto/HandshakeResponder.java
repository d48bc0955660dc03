package dev.asciicall.crypto;

import dev.asciicall.common.Version;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The accepting side of the handshake (the host, or a headless relay). See {@link
 * HandshakeInitiator} for the message flow. One instance per connection; called from one thread at
 * a time.
 */
public final class HandshakeResponder {

  private final IdentityKeyPair identity;
  private final EphemeralKeyPair ephemeral;
  private final Transcript transcript = new Transcript(HandshakeKeys.PROTOCOL_LABEL);
  private byte[] sharedSecret;
  private byte[] handshakeKey;
  private SecureSession session;

  public HandshakeResponder(IdentityKeyPair identity, SecureRandom random) {
    this.identity = identity;
    this.ephemeral = EphemeralKeyPair.generate(random);
  }

  /**
   * Answers the client's hello.
   *
   * @throws HandshakeException if it is malformed or from an incompatible version; close the
   *     connection
   */
  public byte[] respond(byte[] clientHello) throws HandshakeException {
    if (handshakeKey != null) {
      throw new IllegalStateException("respond() called twice");
    }
    byte[] clientEphemeral = ServerHello.parseClientHello(clientHello);
    transcript.mix(clientHello);
    byte[] clearPart =
        new ByteWriter(ServerHello.CLEAR_LENGTH)
            .header(Formats.VERSION, Formats.SERVER_HELLO)
            .writeInt(Version.PROTOCOL)
            .writeBytes(ephemeral.publicKey())
            .toByteArray();
    byte[] afterServerKey = transcript.mix(clearPart);
    try {
      sharedSecret = ephemeral.agree(clientEphemeral);
    } catch (CryptoException e) {
      throw new HandshakeException("the other side sent an unusable key", e);
    }
    handshakeKey = Hkdf.extract(afterServerKey, sharedSecret);
    byte[] proof =
        HandshakeKeys.identityProof(identity, HandshakeKeys.SERVER_SIGNATURE_LABEL, afterServerKey);
    byte[] serverHello = HandshakeKeys.sealProof(handshakeKey, "server identity", clearPart, proof);
    transcript.mix(serverHello);
    return serverHello;
  }

  /**
   * Checks the client's identity proof and returns the established session.
   *
   * @throws HandshakeException if the proof is malformed or does not verify; close the connection
   */
  public SecureSession complete(byte[] clientFinish) throws HandshakeException {
    if (handshakeKey == null || session != null) {
      throw new IllegalStateException("complete() must follow respond() exactly once");
    }
    try {
      new ByteReader(clientFinish, "ClientFinish")
          .expectHeader(Formats.VERSION, Formats.CLIENT_FINISH);
    } catch (MessageRejectedException e) {
      throw new HandshakeException("the other side sent a malformed handshake: " + e.getMessage());
    }
    byte[] afterServerProof = transcript.current();
    byte[] proof = HandshakeKeys.openProof(handshakeKey, "client identity", clientFinish, 2);
    PublicIdentity client =
        HandshakeKeys.verifyProof(proof, HandshakeKeys.CLIENT_SIGNATURE_LABEL, afterServerProof);
    byte[] finalTranscript = transcript.mix(clientFinish);
    session =
        HandshakeKeys.session(
            sharedSecret,
            finalTranscript,
            identity.publicIdentity(),
            client,
            HandshakeKeys.Role.SERVER);
    Arrays.fill(sharedSecret, (byte) 0);
    return session;
  }
}
