package dev.asciicall.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Converts the JDK's X25519 and Ed25519 public keys to and from their raw 32-byte form (RFC 7748,
 * RFC 8032). The JDK encodes them as X.509 SubjectPublicKeyInfo, which for these curves is a fixed
 * 12-byte prefix followed by the raw key, so the wire formats carry only the 32 bytes.
 */
final class KeyCodec {

  static final int RAW_KEY_LENGTH = 32;

  private static final byte[] X25519_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00
  };
  private static final byte[] ED25519_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private KeyCodec() {}

  static byte[] rawX25519(PublicKey key) {
    return raw(key, X25519_PREFIX);
  }

  static byte[] rawEd25519(PublicKey key) {
    return raw(key, ED25519_PREFIX);
  }

  static PublicKey x25519(byte[] raw) throws CryptoException {
    return decode(raw, X25519_PREFIX, "X25519");
  }

  static PublicKey ed25519(byte[] raw) throws CryptoException {
    return decode(raw, ED25519_PREFIX, "Ed25519");
  }

  private static byte[] raw(PublicKey key, byte[] prefix) {
    byte[] encoded = key.getEncoded();
    if (encoded.length != prefix.length + RAW_KEY_LENGTH
        || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
      throw new IllegalArgumentException("not a " + key.getAlgorithm() + " key of curve 25519");
    }
    return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
  }

  private static PublicKey decode(byte[] raw, byte[] prefix, String algorithm)
      throws CryptoException {
    if (raw == null || raw.length != RAW_KEY_LENGTH) {
      throw new CryptoException("invalid " + algorithm + " public key length");
    }
    byte[] encoded = Arrays.copyOf(prefix, prefix.length + RAW_KEY_LENGTH);
    System.arraycopy(raw, 0, encoded, prefix.length, RAW_KEY_LENGTH);
    try {
      return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("invalid " + algorithm + " public key", e);
    }
  }
}
