package dev.asciicall.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Someone's long-term Ed25519 public key: who they are across calls. Two identities are equal when
 * their keys are.
 */
public final class PublicIdentity implements Comparable<PublicIdentity> {

  private final byte[] key;

  private PublicIdentity(byte[] key) {
    this.key = key;
  }

  /** Parses a raw 32-byte Ed25519 public key, refusing anything that is not one. */
  public static PublicIdentity fromBytes(byte[] raw) throws CryptoException {
    KeyCodec.ed25519(raw);
    return new PublicIdentity(raw.clone());
  }

  /** The raw 32-byte key. */
  public byte[] toBytes() {
    return key.clone();
  }

  /** A stable hex fingerprint (SHA-256 of the key, first 16 bytes) for files and logs. */
  public String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether {@code signature} is this identity's Ed25519 signature over {@code message}. */
  public boolean verifies(byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(KeyCodec.ed25519(key));
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | CryptoException e) {
      return false;
    }
  }

  @Override
  public int compareTo(PublicIdentity other) {
    return Arrays.compareUnsigned(key, other.key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublicIdentity that && Arrays.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "PublicIdentity[" + fingerprint() + "]";
  }
}
