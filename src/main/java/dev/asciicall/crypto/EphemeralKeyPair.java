package dev.asciicall.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import javax.crypto.KeyAgreement;

/**
 * A fresh X25519 key pair used for one key agreement (one connection, or one member's keys in one
 * call) and then forgotten, so recorded traffic stays unreadable even if an identity key leaks
 * later.
 */
final class EphemeralKeyPair {

  private final KeyPair keyPair;
  private final byte[] publicKey;

  private EphemeralKeyPair(KeyPair keyPair) {
    this.keyPair = keyPair;
    this.publicKey = KeyCodec.rawX25519(keyPair.getPublic());
  }

  static EphemeralKeyPair generate(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("X25519");
      generator.initialize(255, random);
      return new EphemeralKeyPair(generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("X25519 is part of every JDK since 11", e);
    }
  }

  /** The raw 32-byte public key to send to the peer. */
  byte[] publicKey() {
    return publicKey.clone();
  }

  /**
   * The X25519 shared secret with the peer's raw public key. Refuses low-order peer keys, whose
   * shared secret would be all zeros and known to an attacker.
   */
  byte[] agree(byte[] peerPublicKey) throws CryptoException {
    try {
      KeyAgreement agreement = KeyAgreement.getInstance("XDH");
      agreement.init(keyPair.getPrivate());
      agreement.doPhase(KeyCodec.x25519(peerPublicKey), true);
      byte[] secret = agreement.generateSecret();
      int accumulated = 0;
      for (byte b : secret) {
        accumulated |= b;
      }
      if (accumulated == 0) {
        throw new CryptoException("peer sent a weak key");
      }
      return secret;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("peer sent an unusable key", e);
    }
  }
}
