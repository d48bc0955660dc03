package dev.asciicall.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * A running SHA-256 over every handshake message in order. Keys and signatures are bound to it, so
 * changing, dropping or splicing any message makes the two sides disagree.
 */
final class Transcript {

  private byte[] hash;

  Transcript(String protocolLabel) {
    hash = digest(new byte[0], protocolLabel.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends a message and returns the new hash. */
  byte[] mix(byte[] message) {
    hash = digest(hash, message);
    return hash.clone();
  }

  byte[] current() {
    return hash.clone();
  }

  static byte[] digest(byte[] first, byte[] second) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(first);
      sha256.update(second);
      return sha256.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** {@code label || data}, the message a handshake signature covers. */
  static byte[] labelled(String label, byte[] data) {
    byte[] prefix = label.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[prefix.length + data.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(data, 0, out, prefix.length, data.length);
    return out;
  }
}
