package dev.asciicall.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK, keeping one {@link Cipher} per key so the hot path does not look up
 * providers per message. Not thread-safe: each owner serialises its calls.
 *
 * <p>An envelope is {@code header || ciphertext || 16-byte tag}; the header is authenticated as
 * associated data, so a changed sequence number or key id fails the tag check.
 */
final class Aead {

  static final int KEY_LENGTH = 32;
  static final int NONCE_LENGTH = 12;
  static final int TAG_LENGTH = 16;

  private final SecretKeySpec key;
  private final Cipher cipher;

  Aead(byte[] keyBytes) {
    if (keyBytes.length != KEY_LENGTH) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key");
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
    try {
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /** Returns {@code header || seal(plaintext)}, authenticating the header. */
  byte[] seal(byte[] nonce, byte[] header, byte[] plaintext) {
    byte[] envelope = new byte[header.length + plaintext.length + TAG_LENGTH];
    System.arraycopy(header, 0, envelope, 0, header.length);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
      cipher.updateAAD(header);
      cipher.doFinal(plaintext, 0, plaintext.length, envelope, header.length);
      return envelope;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM sealing failed with a valid key", e);
    }
  }

  /**
   * Seals {@code plaintext} straight into {@code out}, after a header already written there at
   * {@code offset}: {@code out} then holds {@code header || ciphertext || tag}. For callers that
   * write envelopes into a buffer of their own and would otherwise copy each one.
   *
   * @return the envelope's length, header included
   */
  int sealAfterHeader(byte[] nonce, byte[] out, int offset, int headerLength, byte[] plaintext) {
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
      cipher.updateAAD(out, offset, headerLength);
      return headerLength
          + cipher.doFinal(plaintext, 0, plaintext.length, out, offset + headerLength);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM sealing failed with a valid key", e);
    }
  }

  /**
   * Opens an envelope whose first {@code headerLength} bytes are the authenticated header.
   *
   * @throws MessageRejectedException with {@code TAMPERED} if the tag does not verify
   */
  byte[] open(byte[] nonce, byte[] envelope, int headerLength) throws MessageRejectedException {
    if (envelope.length < headerLength + TAG_LENGTH) {
      throw ByteReader.malformed("envelope", "shorter than its tag");
    }
    try {
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
      cipher.updateAAD(envelope, 0, headerLength);
      return cipher.doFinal(envelope, headerLength, envelope.length - headerLength);
    } catch (AEADBadTagException e) {
      throw new MessageRejectedException(
          MessageRejectedException.Reason.TAMPERED, "message failed authentication");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM opening failed unexpectedly", e);
    }
  }

  /**
   * The nonce for a sequence number: the per-key IV with the number XORed into its last 8 bytes.
   */
  static byte[] nonce(byte[] iv, long sequence) {
    byte[] nonce = iv.clone();
    for (int i = 0; i < 8; i++) {
      nonce[NONCE_LENGTH - 1 - i] ^= (byte) (sequence >>> (8 * i));
    }
    return nonce;
  }
}
