package dev.asciicall.crypto;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opens one remote sender's media packets. Holds that sender's current key and the one before it,
 * so packets already in flight when the sender rekeys still play; older keys are forgotten. Each
 * key and stream has its own replay window. Thread safe.
 */
final class MediaOpener {

  private static final int KEPT_GENERATIONS = 2;

  private final TreeMap<Integer, Receiver> receivers = new TreeMap<>();

  /**
   * Installs a sender key received from that sender. Repeating the current key is harmless; an
   * older generation is refused so a replayed key message cannot rewind the sender's key.
   */
  synchronized void install(SenderKey key) throws MessageRejectedException {
    Map.Entry<Integer, Receiver> newest = receivers.lastEntry();
    if (newest != null && key.generation() <= newest.getKey()) {
      Receiver same = receivers.get(key.generation());
      if (same != null && Arrays.equals(same.key, key.key())) {
        return;
      }
      throw new MessageRejectedException(
          MessageRejectedException.Reason.REPLAYED,
          "sender key generation " + key.generation() + " is older than the current one");
    }
    receivers.put(key.generation(), new Receiver(key.key()));
    while (receivers.size() > KEPT_GENERATIONS) {
      receivers.pollFirstEntry();
    }
  }

  synchronized boolean hasKey() {
    return !receivers.isEmpty();
  }

  /** Opens a packet that should belong to the stream {@code expected}. */
  synchronized byte[] open(byte[] packet, MediaKind expected) throws MessageRejectedException {
    ByteReader reader = new ByteReader(packet, "media packet");
    reader.expectHeader(Formats.VERSION, Formats.MEDIA);
    MediaKind kind = MediaKind.fromCode(reader.readUnsignedByte());
    if (kind != expected) {
      throw ByteReader.malformed(
          "media packet", "a " + kind + " packet where " + expected + " was due");
    }
    int generation = reader.readInt();
    long sequence = reader.readLong();
    Receiver receiver = receivers.get(generation);
    if (receiver == null) {
      throw new MessageRejectedException(
          MessageRejectedException.Reason.UNKNOWN_KEY,
          "media sealed with a key this participant does not hold");
    }
    ReplayGuard guard = receiver.guards[kind.ordinal()];
    guard.check(sequence);
    byte[] plaintext =
        receiver.cipher.open(MediaSealer.nonce(kind, sequence), packet, MediaSealer.HEADER_LENGTH);
    guard.accept(sequence);
    return plaintext;
  }

  private static final class Receiver {
    final byte[] key;
    final Aead cipher;
    final ReplayGuard[] guards = new ReplayGuard[MediaKind.values().length];

    Receiver(byte[] key) {
      this.key = key.clone();
      this.cipher = new Aead(key);
      for (int i = 0; i < guards.length; i++) {
        guards[i] = ReplayGuard.slidingWindow();
      }
    }
  }
}
