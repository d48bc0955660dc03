package dev.asciicall.crypto;

/**
 * Seals this participant's own frames, audio and chat with its current {@link SenderKey}, so the
 * relay forwards packets it cannot read.
 *
 * <p>Packet: {@code version(1) kind(1) stream(1) generation(4) sequence(8) ciphertext tag(16)}. The
 * nonce is {@code stream || 0 0 0 || sequence}; every generation has a fresh random key, so no
 * nonce repeats under one key. Thread safe: capture, audio and chat threads may seal concurrently.
 */
final class MediaSealer {

  static final int HEADER_LENGTH = 15;

  private SenderKey senderKey;
  private Aead cipher;
  private final long[] nextSequence = new long[MediaKind.values().length];

  MediaSealer(SenderKey senderKey) {
    install(senderKey);
  }

  synchronized SenderKey senderKey() {
    return senderKey;
  }

  /** Switches to a new key; packets sealed from now on need it to be opened. */
  synchronized void install(SenderKey next) {
    senderKey = next;
    cipher = new Aead(next.key());
    java.util.Arrays.fill(nextSequence, 0);
  }

  synchronized byte[] seal(MediaKind kind, byte[] plaintext) {
    long sequence = nextSequence[kind.ordinal()]++;
    byte[] header = new byte[HEADER_LENGTH];
    header[0] = (byte) Formats.VERSION;
    header[1] = (byte) Formats.MEDIA;
    header[2] = (byte) kind.ordinal();
    int generation = senderKey.generation();
    header[3] = (byte) (generation >>> 24);
    header[4] = (byte) (generation >>> 16);
    header[5] = (byte) (generation >>> 8);
    header[6] = (byte) generation;
    ByteWriter.putLong(header, 7, sequence);
    return cipher.seal(nonce(kind, sequence), header, plaintext);
  }

  static byte[] nonce(MediaKind kind, long sequence) {
    byte[] nonce = new byte[Aead.NONCE_LENGTH];
    nonce[0] = (byte) kind.ordinal();
    ByteWriter.putLong(nonce, 4, sequence);
    return nonce;
  }
}
