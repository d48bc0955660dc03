package dev.asciicall.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The secret one participant shares with one other, derived from the two X25519 member keys both
 * signed in their {@link MemberAnnouncement}s. It carries sender keys from one to the other through
 * the relay, which sees only ciphertext. Each direction has its own key, and both fingerprints are
 * part of it, so a key message cannot be reflected back or passed to someone else.
 *
 * <p>Sender key message: {@code version(1) kind(1) generation(4) nonce(12) sealed(key 32) tag(16)}.
 */
final class PairwiseKeys {

  private static final int HEADER_LENGTH = 18;
  static final int MESSAGE_LENGTH = HEADER_LENGTH + Aead.KEY_LENGTH + Aead.TAG_LENGTH;

  private final Aead toPeer;
  private final Aead fromPeer;
  private final SecureRandom random;

  /** One end of the pair: its identity and the member key it announced for this call. */
  record End(PublicIdentity identity, byte[] memberKey) {
    String label() {
      return identity.fingerprint() + "/" + java.util.HexFormat.of().formatHex(memberKey);
    }
  }

  PairwiseKeys(byte[] sharedSecret, byte[] callId, End self, End peer, SecureRandom random) {
    byte[] pseudorandomKey =
        Hkdf.extract(Transcript.labelled("asciicall pairwise v1 ", callId), sharedSecret);
    this.toPeer = new Aead(directionKey(pseudorandomKey, self, peer));
    this.fromPeer = new Aead(directionKey(pseudorandomKey, peer, self));
    this.random = random;
  }

  /**
   * Each direction has its own key, named by both ends' identity and member key, so a key message
   * cannot be reflected back, even between two instances of one installation.
   */
  private static byte[] directionKey(byte[] pseudorandomKey, End from, End to) {
    return Hkdf.expand(pseudorandomKey, "sender key " + from.label() + " to " + to.label(), 32);
  }

  /**
   * Called under the owning keyring's lock, so the shared {@link Aead} is not used concurrently.
   */
  byte[] sealSenderKey(SenderKey key) {
    byte[] nonce = new byte[Aead.NONCE_LENGTH];
    random.nextBytes(nonce);
    byte[] header =
        new ByteWriter(HEADER_LENGTH)
            .header(Formats.VERSION, Formats.SENDER_KEY_ENVELOPE)
            .writeInt(key.generation())
            .writeBytes(nonce)
            .toByteArray();
    return toPeer.seal(nonce, header, key.key());
  }

  SenderKey openSenderKey(byte[] message) throws MessageRejectedException {
    ByteReader reader = new ByteReader(message, "sender key message");
    reader.expectHeader(Formats.VERSION, Formats.SENDER_KEY_ENVELOPE);
    int generation = reader.readInt();
    byte[] nonce = reader.readBytes(Aead.NONCE_LENGTH);
    if (message.length != MESSAGE_LENGTH || generation < 1) {
      throw ByteReader.malformed("sender key message", "wrong length or generation");
    }
    byte[] key = fromPeer.open(nonce, message, HEADER_LENGTH);
    SenderKey senderKey = new SenderKey(generation, key);
    Arrays.fill(nonce, (byte) 0);
    return senderKey;
  }
}
