package dev.asciicall.net.wire;

import dev.asciicall.crypto.MediaKind;

/**
 * A message whose payload is sealed end to end by its sender with the sender's media key: the relay
 * forwards it without being able to read it. {@code PeerClient} seals every outgoing one and opens
 * every incoming one, so a new media message type (audio, say) only has to implement this to be
 * covered; the layers above see plaintext.
 */
public interface EndToEndMedia {

  /** The participant whose key seals the payload. */
  int senderId();

  byte[] payload();

  /** Which of the sender's streams it belongs to (each has its own sequence numbers). */
  MediaKind mediaKind();

  /** The same message carrying {@code replacement} (sealed or opened) as its payload. */
  WireMessage withPayload(byte[] replacement);
}
