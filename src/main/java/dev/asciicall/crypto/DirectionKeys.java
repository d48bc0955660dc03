package dev.asciicall.crypto;

/** The AES key and nonce base for one direction of one stream, derived by HKDF. */
record DirectionKeys(byte[] key, byte[] iv) {

  static DirectionKeys derive(byte[] pseudorandomKey, String label) {
    byte[] material = Hkdf.expand(pseudorandomKey, label, Aead.KEY_LENGTH + Aead.NONCE_LENGTH);
    byte[] key = java.util.Arrays.copyOfRange(material, 0, Aead.KEY_LENGTH);
    byte[] iv = java.util.Arrays.copyOfRange(material, Aead.KEY_LENGTH, material.length);
    return new DirectionKeys(key, iv);
  }
}
