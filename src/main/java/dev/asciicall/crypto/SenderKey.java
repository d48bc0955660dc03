package dev.asciicall.crypto;

import java.security.SecureRandom;

/**
 * One sender's media key for one period of a call. A new generation (a fresh random key) replaces
 * it whenever someone leaves, so people who left cannot read what is sent afterwards.
 *
 * @param generation counts up from 1 per sender; receivers refuse to go back to an older one
 * @param key the 32-byte AES-256-GCM key
 */
record SenderKey(int generation, byte[] key) {

  static SenderKey random(int generation, SecureRandom random) {
    byte[] key = new byte[Aead.KEY_LENGTH];
    random.nextBytes(key);
    return new SenderKey(generation, key);
  }

  SenderKey next(SecureRandom random) {
    return random(generation + 1, random);
  }
}
