package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;

/**
 * Passes end-to-end key messages between participants: each key announcement is stamped with its
 * sender's id, kept for later joiners and exchanged with everyone who announced before; each sender
 * key goes to its one receiver. The host reads announcements but cannot forge one, and cannot open
 * a sender key. Host thread only.
 */
final class KeyRouting {

  private final Roster roster;

  KeyRouting(Roster roster) {
    this.roster = roster;
  }

  /** {@code from} announced its keys: everyone else gets them, and it gets everyone's. */
  void announced(Seat from, WireMessage.MemberKey memberKey) {
    if (from.announcement != null) {
      from.closeForProtocolError("announced its keys twice");
      return;
    }
    WireMessage.MemberKey stamped = new WireMessage.MemberKey(from.id, memberKey.announcement());
    from.announcement = stamped;
    for (Seat other : roster.participants()) {
      if (other != from && other.announcement != null) {
        from.send(other.announcement);
        other.send(stamped);
      }
    }
  }

  /** A sender key from {@code from}, delivered to its one receiver. */
  void senderKey(Seat from, WireMessage.SenderKey senderKey) {
    if (senderKey.fromId() != from.id) {
      from.closeForProtocolError("sent a key as participant " + senderKey.fromId());
      return;
    }
    Seat receiver = roster.participant(senderKey.toId());
    if (receiver != null) {
      receiver.send(senderKey);
    }
  }
}
