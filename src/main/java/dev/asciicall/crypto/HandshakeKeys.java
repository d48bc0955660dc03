package dev.asciicall.crypto;

import java.util.Arrays;

/**
 * The key schedule shared by both ends of the handshake. Handshake keys encrypt the identity
 * messages (so an eavesdropper does not learn who is calling); session keys are derived only once
 * the whole transcript is known.
 */
final class HandshakeKeys {

  static final String PROTOCOL_LABEL = "asciicall handshake v1 X25519 Ed25519 AES-256-GCM SHA-256";
  static final String SERVER_SIGNATURE_LABEL = "asciicall server signature v1";
  static final String CLIENT_SIGNATURE_LABEL = "asciicall client signature v1";

  /** Raw public key (32) followed by its Ed25519 signature (64). */
  static final int IDENTITY_PROOF_LENGTH = KeyCodec.RAW_KEY_LENGTH + 64;

  private static final byte[] ZERO_NONCE = new byte[Aead.NONCE_LENGTH];

  private HandshakeKeys() {}

  /** Which end of the connection this is: the side that connected, or the one that accepted. */
  enum Role {
    CLIENT,
    SERVER
  }

  /** Seals an identity proof under a handshake key that is used for this one message only. */
  static byte[] sealProof(byte[] pseudorandomKey, String label, byte[] header, byte[] proof) {
    return new Aead(Hkdf.expand(pseudorandomKey, label, Aead.KEY_LENGTH))
        .seal(ZERO_NONCE, header, proof);
  }

  static byte[] openProof(byte[] pseudorandomKey, String label, byte[] message, int headerLength)
      throws HandshakeException {
    try {
      return new Aead(Hkdf.expand(pseudorandomKey, label, Aead.KEY_LENGTH))
          .open(ZERO_NONCE, message, headerLength);
    } catch (MessageRejectedException e) {
      throw new HandshakeException("the secure handshake failed (message altered in transit)", e);
    }
  }

  static byte[] identityProof(IdentityKeyPair identity, String label, byte[] transcriptHash) {
    byte[] proof = new byte[IDENTITY_PROOF_LENGTH];
    byte[] key = identity.publicIdentity().toBytes();
    byte[] signature = identity.sign(Transcript.labelled(label, transcriptHash));
    System.arraycopy(key, 0, proof, 0, key.length);
    System.arraycopy(signature, 0, proof, key.length, signature.length);
    return proof;
  }

  /** Checks a decrypted identity proof against the transcript and returns who signed it. */
  static PublicIdentity verifyProof(byte[] proof, String label, byte[] transcriptHash)
      throws HandshakeException {
    if (proof.length != IDENTITY_PROOF_LENGTH) {
      throw new HandshakeException("the other side sent a malformed identity proof");
    }
    try {
      PublicIdentity identity =
          PublicIdentity.fromBytes(Arrays.copyOfRange(proof, 0, KeyCodec.RAW_KEY_LENGTH));
      byte[] signature = Arrays.copyOfRange(proof, KeyCodec.RAW_KEY_LENGTH, proof.length);
      if (!identity.verifies(Transcript.labelled(label, transcriptHash), signature)) {
        throw new HandshakeException("the other side failed to prove its identity");
      }
      return identity;
    } catch (HandshakeException e) {
      throw e;
    } catch (CryptoException e) {
      throw new HandshakeException("the other side sent an invalid identity key", e);
    }
  }

  static SecureSession session(
      byte[] sharedSecret,
      byte[] finalTranscript,
      PublicIdentity local,
      PublicIdentity peer,
      Role role) {
    byte[] pseudorandomKey = Hkdf.extract(finalTranscript, sharedSecret);
    DirectionKeys controlToServer = DirectionKeys.derive(pseudorandomKey, "control c2s");
    DirectionKeys controlToClient = DirectionKeys.derive(pseudorandomKey, "control s2c");
    DirectionKeys datagramToServer = DirectionKeys.derive(pseudorandomKey, "datagram c2s");
    DirectionKeys datagramToClient = DirectionKeys.derive(pseudorandomKey, "datagram s2c");
    byte[] binding = Hkdf.expand(pseudorandomKey, "channel binding", 32);
    SecureChannel control =
        role == Role.CLIENT
            ? new SecureChannel(SecureChannel.KIND_ORDERED, controlToServer, controlToClient)
            : new SecureChannel(SecureChannel.KIND_ORDERED, controlToClient, controlToServer);
    SecureChannel datagrams =
        role == Role.CLIENT
            ? new SecureChannel(SecureChannel.KIND_DATAGRAM, datagramToServer, datagramToClient)
            : new SecureChannel(SecureChannel.KIND_DATAGRAM, datagramToClient, datagramToServer);
    return new SecureSession(control, datagrams, local, peer, binding);
  }
}
