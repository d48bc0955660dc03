package dev.asciicall.net;

import dev.asciicall.crypto.CryptoException;
import dev.asciicall.crypto.GroupKeyring;
import dev.asciicall.crypto.GroupMember;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.KnownPeers;
import dev.asciicall.crypto.MessageRejectedException;
import dev.asciicall.crypto.PeerStatus;
import dev.asciicall.crypto.PublicIdentity;
import dev.asciicall.net.wire.EndToEndMedia;
import dev.asciicall.net.wire.WireMessage;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One participant's end-to-end keys in a call, on the wire: announces itself, admits the others'
 * announcements, hands its sender key to each over their pairwise secret, seals its own media and
 * opens theirs, and renews its key when someone leaves. Used by {@code PeerClient} and by a host
 * that takes part ({@link LocalParticipant}); a headless relay has none.
 *
 * <p>Threads: key messages arrive on the endpoint's event thread ({@code net-client-N}, or the host
 * thread); {@link #seal} and {@link #open} may run on media threads ({@link GroupKeyring} is thread
 * safe).
 */
final class EndToEndKeys implements MediaKeys {

  private static final Logger LOG = LoggerFactory.getLogger(EndToEndKeys.class);

  private final int selfId;
  private final GroupKeyring keyring;
  private final Consumer<WireMessage> outgoing;
  private final IntConsumer keyArrived;
  private final KnownPeers knownPeers;
  private final AtomicLong rejected = new AtomicLong();

  /**
   * @param outgoing sends a key message towards the host (a participant) or routes it (the host);
   *     called on the thread that handed us the message that caused it
   * @param keyArrived told the sender id whenever a sender's key is installed, so the caller can
   *     ask that sender for a keyframe it can now decrypt
   * @param knownPeers remembers names and keys; null to remember nothing
   */
  EndToEndKeys(
      int selfId,
      IdentityKeyPair identity,
      String name,
      byte[] callId,
      Consumer<WireMessage> outgoing,
      IntConsumer keyArrived,
      KnownPeers knownPeers) {
    this.selfId = selfId;
    this.keyring = new GroupKeyring(identity, announcedName(name), callId, new SecureRandom());
    this.outgoing = outgoing;
    this.keyArrived = keyArrived;
    this.knownPeers = knownPeers;
  }

  /** Sends this participant's announcement, for everyone else. */
  @Override
  public void announce() {
    outgoing.accept(new WireMessage.MemberKey(selfId, keyring.announcement()));
  }

  /** Admits someone's announcement and sends them our sender key. Event thread. */
  @Override
  public GroupMember admit(WireMessage.MemberKey message) {
    if (message.participantId() == selfId) {
      return null;
    }
    GroupMember member;
    try {
      member = keyring.admit(key(message.participantId()), message.announcement());
    } catch (CryptoException e) {
      LOG.warn("Ignoring participant {}'s key: {}", message.participantId(), e.getMessage());
      return null;
    }
    outgoing.accept(
        new WireMessage.SenderKey(
            selfId, message.participantId(), keyring.senderKeyFor(key(message.participantId()))));
    return member;
  }

  @Override
  public PeerVerification verification(int participantId, GroupMember member) {
    return new PeerVerification(
        participantId,
        member.name(),
        member.safetyCode().toString(),
        keyChanged(member.name(), member.identity()));
  }

  /** Installs a sender key meant for us. Event thread. */
  @Override
  public void accept(WireMessage.SenderKey message) {
    if (message.toId() != selfId) {
      return;
    }
    try {
      keyring.acceptSenderKey(key(message.fromId()), message.sealedKey());
      keyArrived.accept(message.fromId());
    } catch (MessageRejectedException e) {
      rejected.incrementAndGet();
      LOG.info("Dropped a sender key from {}: {}", message.fromId(), e.getMessage());
    }
  }

  /** Someone left: forget them and send everyone else a new key they never see. Event thread. */
  @Override
  public void remove(int participantId) {
    Map<String, byte[]> renewed = keyring.remove(key(participantId));
    renewed.forEach(
        (id, sealedKey) ->
            outgoing.accept(new WireMessage.SenderKey(selfId, Integer.parseInt(id), sealedKey)));
  }

  /** Our own media, sealed with our sender key. Any thread. */
  @Override
  public WireMessage seal(EndToEndMedia media) {
    return media.withPayload(keyring.seal(media.mediaKind(), media.payload()));
  }

  /**
   * Someone's media opened with their sender key, or null (counted) if we cannot: no key yet,
   * tampered, replayed, or sealed with a key we were not given. Any thread.
   */
  @Override
  public WireMessage open(EndToEndMedia media) {
    try {
      byte[] plaintext = keyring.open(key(media.senderId()), media.mediaKind(), media.payload());
      return media.withPayload(plaintext);
    } catch (MessageRejectedException e) {
      rejected.incrementAndGet();
      LOG.debug("Dropped media from {}: {}", media.senderId(), e.getMessage());
      return null;
    } catch (IllegalArgumentException e) {
      rejected.incrementAndGet();
      return null; // opened to an empty payload the message type does not allow
    }
  }

  /** Media and key messages that could not be opened. */
  @Override
  public long rejectedCount() {
    return rejected.get();
  }

  private boolean keyChanged(String name, PublicIdentity identity) {
    return keyChangedIn(knownPeers, name, identity);
  }

  /**
   * Whether {@code name} was seen before with another key; remembers it if new. A file that cannot
   * be read or written is logged, not fatal: the call goes on without the check.
   */
  static boolean keyChangedIn(KnownPeers knownPeers, String name, PublicIdentity identity) {
    if (knownPeers == null) {
      return false;
    }
    try {
      return knownPeers.check(name, identity) == PeerStatus.KEY_CHANGED;
    } catch (CryptoException e) {
      LOG.warn("Cannot check known peers: {}", e.getMessage());
      return false;
    }
  }

  /** The keyring itself, for tests that check what a participant can and cannot open. */
  GroupKeyring keyring() {
    return keyring;
  }

  private static String key(int participantId) {
    return Integer.toString(participantId);
  }

  /** Announcements carry at most 64 UTF-8 bytes of name; longer names are cut on a character. */
  private static String announcedName(String name) {
    String cut = name;
    while (cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut;
  }
}
