package dev.asciicall.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * This installation's long-term Ed25519 key pair. It signs handshakes and call membership so peers
 * can tell a man in the middle apart from the person they meant to call. Safe to share between
 * threads: every signature uses its own {@link Signature} instance.
 */
public final class IdentityKeyPair {

  private final PrivateKey privateKey;
  private final PublicIdentity publicIdentity;

  private IdentityKeyPair(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    try {
      this.publicIdentity = PublicIdentity.fromBytes(KeyCodec.rawEd25519(publicKey));
    } catch (CryptoException e) {
      throw new IllegalStateException("the JDK produced an invalid Ed25519 key", e);
    }
  }

  /** A new random identity. */
  public static IdentityKeyPair generate(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(255, random);
      KeyPair pair = generator.generateKeyPair();
      return new IdentityKeyPair(pair.getPrivate(), pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
    }
  }

  /** Restores an identity from its PKCS#8 private key and raw public key, as stored on disk. */
  static IdentityKeyPair fromEncoded(byte[] pkcs8PrivateKey, byte[] rawPublicKey)
      throws CryptoException {
    try {
      PrivateKey privateKey =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
      IdentityKeyPair restored = new IdentityKeyPair(privateKey, KeyCodec.ed25519(rawPublicKey));
      byte[] probe =
          "asciicall identity self-check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      if (!restored.publicIdentity.verifies(probe, restored.sign(probe))) {
        throw new CryptoException("the stored identity's keys do not belong together");
      }
      return restored;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("the stored identity key is unreadable", e);
    }
  }

  byte[] encodedPrivateKey() {
    return privateKey.getEncoded();
  }

  public PublicIdentity publicIdentity() {
    return publicIdentity;
  }

  /** An Ed25519 signature over {@code message}. */
  public byte[] sign(byte[] message) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(privateKey);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed with a valid key", e);
    }
  }
}
