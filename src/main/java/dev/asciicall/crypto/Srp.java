package dev.asciicall.crypto;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.agreement.srp.SRP6StandardGroups;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.SRP6GroupParameters;

/**
 * The SRP-6a parameters and the proof messages shared by both ends. Bouncy Castle does the group
 * arithmetic; the evidence messages are HMACs over the SRP secret that also cover the connection's
 * channel binding, so a man in the middle cannot relay a proof from one connection to another.
 */
final class Srp {

  static final SRP6GroupParameters GROUP = SRP6StandardGroups.rfc5054_2048;
  static final int NUMBER_LENGTH = 256;
  static final int SALT_LENGTH = 32;
  static final int EVIDENCE_LENGTH = 32;

  /** SRP's user name; every joiner uses the same one, the passphrase is per call. */
  static final byte[] IDENTITY = "asciicall".getBytes(StandardCharsets.UTF_8);

  private Srp() {}

  static Digest digest() {
    return new SHA256Digest();
  }

  /** The passphrase as UTF-8 after Unicode normalisation, so "é" typed two ways still matches. */
  static byte[] passphraseBytes(char[] passphrase) {
    String normalised = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalised);
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }

  static byte[] fixedLength(BigInteger number) {
    byte[] magnitude = number.toByteArray();
    int start = magnitude.length > NUMBER_LENGTH ? magnitude.length - NUMBER_LENGTH : 0;
    byte[] out = new byte[NUMBER_LENGTH];
    int length = magnitude.length - start;
    System.arraycopy(magnitude, start, out, NUMBER_LENGTH - length, length);
    return out;
  }

  static BigInteger number(byte[] fixedLength) {
    return new BigInteger(1, fixedLength);
  }

  /** A key for the evidence HMACs, from the SRP shared secret S. */
  static byte[] evidenceKey(BigInteger secret, byte[] channelBinding) {
    return Hkdf.extract(channelBinding, fixedLength(secret));
  }

  static byte[] clientEvidence(byte[] key, byte[] clientPublic, byte[] serverPublic, byte[] salt) {
    return Hkdf.hmac(key, concat("client", clientPublic, serverPublic, salt));
  }

  static byte[] serverEvidence(byte[] key, byte[] clientPublic, byte[] clientEvidence) {
    return Hkdf.hmac(key, concat("server", clientPublic, clientEvidence));
  }

  private static byte[] concat(String label, byte[]... parts) {
    ByteWriter writer = new ByteWriter(600).writeShortString(label);
    for (byte[] part : parts) {
      writer.writeBytes(part);
    }
    return writer.toByteArray();
  }

  static boolean constantTimeEquals(byte[] a, byte[] b) {
    return java.security.MessageDigest.isEqual(a, b);
  }

  static void wipe(byte[] bytes) {
    Arrays.fill(bytes, (byte) 0);
  }
}
