package dev.asciicall.crypto;

/** What {@link KnownPeers} knows about a participant's name and key. */
public enum PeerStatus {
  /** The name was never seen before; it is now remembered with this key. */
  NEW,
  /** The name was seen before with the same key. */
  KNOWN,
  /** The name was seen before with a different key: an impostor, or a reinstall. Flag it. */
  KEY_CHANGED
}
