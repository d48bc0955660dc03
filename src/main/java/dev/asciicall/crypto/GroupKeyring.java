package dev.asciicall.crypto;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * End-to-end keys of one participant in one call. Every participant (the host too, when it takes
 * part) has one; a headless relay has none and only forwards what these produce.
 *
 * <p>How the call layer drives it:
 *
 * <ol>
 *   <li>Send {@link #announcement()} to everyone (through the relay).
 *   <li>For each announcement received: {@link #admit}, then send {@link #senderKeyFor} to that
 *       participant only.
 *   <li>For each sender key message received: {@link #acceptSenderKey}.
 *   <li>Seal own frames, audio and chat with {@link #seal}; open others' with {@link #open}.
 *   <li>When someone leaves or is removed: {@link #remove}, then send each returned message to its
 *       participant. Everyone else in the call does the same for their own key.
 * </ol>
 *
 * <p>Thread safe: media threads may seal and open while the control thread admits and removes.
 */
public final class GroupKeyring {

  private final IdentityKeyPair identity;
  private final byte[] callId;
  private final SecureRandom random;
  private final EphemeralKeyPair memberKey;
  private final byte[] announcement;
  private final MediaSealer sealer;
  private final Map<String, Peer> peers = new LinkedHashMap<>();

  /**
   * @param callId bytes every participant of the call shares (e.g. random bytes chosen by the
   *     host); announcements made for another call are refused
   * @param displayName this participant's name, at most 64 UTF-8 bytes
   */
  public GroupKeyring(
      IdentityKeyPair identity, String displayName, byte[] callId, SecureRandom random) {
    this.identity = identity;
    this.callId = callId.clone();
    this.random = random;
    this.memberKey = EphemeralKeyPair.generate(random);
    this.announcement =
        MemberAnnouncement.create(identity, memberKey.publicKey(), displayName, this.callId);
    this.sealer = new MediaSealer(SenderKey.random(1, random));
  }

  /** This participant's signed announcement, for every other participant. */
  public byte[] announcement() {
    return announcement.clone();
  }

  /**
   * Verifies another participant's announcement and derives the pairwise secret with them.
   *
   * @throws CryptoException if the announcement is malformed, for another call, or forged
   */
  public synchronized GroupMember admit(String participantId, byte[] peerAnnouncement)
      throws CryptoException {
    MemberAnnouncement verified = MemberAnnouncement.verify(peerAnnouncement, callId);
    // Two instances of one installation (same identity, e.g. two windows on one machine) may be
    // in one call; only our own announcement echoed back is refused. Member keys are fresh per
    // instance, so they tell the instances apart.
    if (java.util.Arrays.equals(verified.memberKey(), memberKey.publicKey())) {
      throw new CryptoException("a participant announced this participant's own key");
    }
    byte[] shared = memberKey.agree(verified.memberKey());
    PairwiseKeys pairwise =
        new PairwiseKeys(
            shared,
            callId,
            new PairwiseKeys.End(identity.publicIdentity(), memberKey.publicKey()),
            new PairwiseKeys.End(verified.identity(), verified.memberKey()),
            random);
    GroupMember member =
        new GroupMember(
            participantId,
            verified.name(),
            verified.identity(),
            SafetyCode.between(identity.publicIdentity(), verified.identity()));
    peers.put(participantId, new Peer(member, pairwise, new MediaOpener()));
    return member;
  }

  /** This participant's current sender key, sealed so only {@code participantId} can read it. */
  public synchronized byte[] senderKeyFor(String participantId) {
    return peer(participantId).pairwise.sealSenderKey(sealer.senderKey());
  }

  /**
   * Installs the sender key {@code participantId} sent; their media can be opened from now on.
   *
   * @throws MessageRejectedException if it was not sealed by them for us, or is an old key
   */
  public synchronized void acceptSenderKey(String participantId, byte[] message)
      throws MessageRejectedException {
    Peer peer = peers.get(participantId);
    if (peer == null) {
      throw new MessageRejectedException(
          MessageRejectedException.Reason.UNKNOWN_KEY, "sender key from an unknown participant");
    }
    peer.opener.install(peer.pairwise.openSenderKey(message));
  }

  /** Seals one of this participant's own frames, audio packets or chat messages. */
  public byte[] seal(MediaKind kind, byte[] plaintext) {
    return sealer.seal(kind, plaintext);
  }

  /**
   * Opens a packet {@code participantId} sealed.
   *
   * @throws MessageRejectedException if it is malformed, tampered with, replayed, of another kind,
   *     or sealed with a key we were not given; drop the packet and carry on
   */
  public byte[] open(String participantId, MediaKind kind, byte[] packet)
      throws MessageRejectedException {
    MediaOpener opener;
    synchronized (this) {
      Peer peer = peers.get(participantId);
      if (peer == null) {
        throw new MessageRejectedException(
            MessageRejectedException.Reason.UNKNOWN_KEY, "media from an unknown participant");
      }
      opener = peer.opener;
    }
    return opener.open(packet, kind);
  }

  /**
   * Forgets {@code participantId} and replaces this participant's sender key, so what is sent from
   * now on is unreadable to them. Returns the new key sealed for each remaining participant.
   */
  public synchronized Map<String, byte[]> remove(String participantId) {
    peers.remove(participantId);
    sealer.install(sealer.senderKey().next(random));
    Map<String, byte[]> messages = new HashMap<>();
    peers.forEach((id, peer) -> messages.put(id, peer.pairwise.sealSenderKey(sealer.senderKey())));
    return messages;
  }

  /** Whether a sender key from {@code participantId} is installed, so their media can be opened. */
  public boolean canOpen(String participantId) {
    MediaOpener opener;
    synchronized (this) {
      Peer peer = peers.get(participantId);
      if (peer == null) {
        return false;
      }
      opener = peer.opener;
    }
    return opener.hasKey();
  }

  /** The verified participants, in the order they were admitted. */
  public synchronized java.util.List<GroupMember> members() {
    return peers.values().stream().map(peer -> peer.member).toList();
  }

  private Peer peer(String participantId) {
    Peer peer = peers.get(participantId);
    if (peer == null) {
      throw new IllegalArgumentException("not admitted: " + participantId);
    }
    return peer;
  }

  private record Peer(GroupMember member, PairwiseKeys pairwise, MediaOpener opener) {}
}
