package dev.asciicall.crypto;

/**
 * The end-to-end streams a participant sends. Each has its own sequence numbers and replay window,
 * because they travel on different transports (frames and chat over TCP, audio over UDP) and
 * overtake one another.
 */
public enum MediaKind {
  FRAME,
  AUDIO,
  CHAT;

  static MediaKind fromCode(int code) throws MessageRejectedException {
    MediaKind[] kinds = values();
    if (code < 0 || code >= kinds.length) {
      throw ByteReader.malformed("media packet", "unknown stream " + code);
    }
    return kinds[code];
  }
}
