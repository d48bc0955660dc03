package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call of three participants through a headless relay. The relay here is what a real one can do:
 * it sees every byte passing between participants (recorded in {@link #relayed}), and has an
 * identity and handshakes of its own, but no keyring of the call.
 */
@UnitTest
class GroupKeyringTest {

  private final byte[] callId = "call-42".getBytes(StandardCharsets.UTF_8);
  private final List<byte[]> relayed = new ArrayList<>();
  private GroupKeyring alice;
  private GroupKeyring bob;
  private GroupKeyring carol;

  @BeforeEach
  void joinEveryone() throws Exception {
    alice = new GroupKeyring(Peers.identity(), "Alice", callId, Peers.RANDOM);
    bob = new GroupKeyring(Peers.identity(), "Bob", callId, Peers.RANDOM);
    carol = new GroupKeyring(Peers.identity(), "Carol", callId, Peers.RANDOM);
    Map<String, GroupKeyring> everyone = Map.of("alice", alice, "bob", bob, "carol", carol);
    everyone.forEach(
        (id, member) ->
            everyone.forEach(
                (otherId, other) -> {
                  if (!id.equals(otherId)) {
                    admit(other, id, relay(member.announcement()));
                  }
                }));
    everyone.forEach(
        (id, member) ->
            everyone.forEach(
                (otherId, other) -> {
                  if (!id.equals(otherId)) {
                    accept(other, id, relay(member.senderKeyFor(otherId)));
                  }
                }));
  }

  private byte[] relay(byte[] bytes) {
    relayed.add(bytes.clone());
    return bytes;
  }

  private static void admit(GroupKeyring keyring, String from, byte[] announcement) {
    try {
      keyring.admit(from, announcement);
    } catch (CryptoException e) {
      throw new AssertionError(e);
    }
  }

  private static void accept(GroupKeyring keyring, String from, byte[] message) {
    try {
      keyring.acceptSenderKey(from, message);
    } catch (CryptoException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] frame(String art) {
    return art.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyParticipantOpensEveryOthersMedia() throws Exception {
    byte[] packet = relay(alice.seal(MediaKind.FRAME, frame("  .:-=+*#%@  ")));

    assertThat(bob.open("alice", MediaKind.FRAME, packet)).isEqualTo(frame("  .:-=+*#%@  "));
    assertThat(carol.open("alice", MediaKind.FRAME, packet)).isEqualTo(frame("  .:-=+*#%@  "));
  }

  @Test
  void relayCannotDecryptMediaItForwards() throws Exception {
    byte[] secretArt = frame("@@@@ SECRET-FACE @@@@");
    byte[] chat = frame("the door code is 4711");
    byte[] framePacket = relay(alice.seal(MediaKind.FRAME, secretArt));
    byte[] chatPacket = relay(bob.seal(MediaKind.CHAT, chat));

    for (byte[] bytes : relayed) {
      String seen = new String(bytes, StandardCharsets.ISO_8859_1);
      assertThat(seen).doesNotContain("SECRET-FACE").doesNotContain("4711");
    }
    // The relay's own keyring (as if it tried to be a participant) holds no sender key.
    GroupKeyring relayKeyring = new GroupKeyring(Peers.identity(), "relay", callId, Peers.RANDOM);
    relayKeyring.admit("alice", alice.announcement());
    assertThatThrownBy(() -> relayKeyring.open("alice", MediaKind.FRAME, framePacket))
        .isInstanceOf(MessageRejectedException.class);
    assertThat(carol.open("bob", MediaKind.CHAT, chatPacket)).isEqualTo(chat);
  }

  @Test
  void senderKeyMessageForOneParticipantIsUselessToAnother() throws Exception {
    byte[] forBob = alice.senderKeyFor("bob");

    assertThatThrownBy(() -> carol.acceptSenderKey("alice", forBob))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.TAMPERED));
  }

  @Test
  void removedParticipantCannotDecryptMediaSentAfterTheRekey() throws Exception {
    byte[] before = alice.seal(MediaKind.FRAME, frame("before"));
    assertThat(carol.open("alice", MediaKind.FRAME, before)).isEqualTo(frame("before"));

    // Carol is removed: Alice and Bob each forget her and hand a new key to the rest.
    Map<String, byte[]> aliceRekey = alice.remove("carol");
    Map<String, byte[]> bobRekey = bob.remove("carol");
    assertThat(aliceRekey).containsOnlyKeys("bob");
    bob.acceptSenderKey("alice", aliceRekey.get("bob"));
    alice.acceptSenderKey("bob", bobRekey.get("alice"));
    // Carol still receives whatever the relay sends her, including the rekey messages.
    assertThatThrownBy(() -> carol.acceptSenderKey("alice", aliceRekey.get("bob")))
        .isInstanceOf(MessageRejectedException.class);

    byte[] after = alice.seal(MediaKind.FRAME, frame("after"));
    byte[] audioAfter = bob.seal(MediaKind.AUDIO, frame("opus"));

    assertThat(bob.open("alice", MediaKind.FRAME, after)).isEqualTo(frame("after"));
    assertThat(alice.open("bob", MediaKind.AUDIO, audioAfter)).isEqualTo(frame("opus"));
    assertThatThrownBy(() -> carol.open("alice", MediaKind.FRAME, after))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.UNKNOWN_KEY));
    assertThatThrownBy(() -> carol.open("bob", MediaKind.AUDIO, audioAfter))
        .isInstanceOf(MessageRejectedException.class);
  }

  @Test
  void replayedOldSenderKeyCannotRewindTheKey() throws Exception {
    byte[] oldKey = alice.senderKeyFor("bob");
    bob.acceptSenderKey("alice", alice.remove("carol").get("bob"));
    bob.acceptSenderKey("alice", alice.remove("dave").get("bob"));
    // The first key has been forgotten; replaying its message must not bring it back.

    assertThatThrownBy(() -> bob.acceptSenderKey("alice", oldKey))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.REPLAYED));
  }

  @Test
  void mediaPacketsAreProtectedAgainstTamperingAndReplay() throws Exception {
    byte[] packet = alice.seal(MediaKind.AUDIO, frame("opus-packet"));
    byte[] tampered = packet.clone();
    tampered[20] ^= 1;

    assertThatThrownBy(() -> bob.open("alice", MediaKind.AUDIO, tampered))
        .isInstanceOf(MessageRejectedException.class);
    assertThat(bob.open("alice", MediaKind.AUDIO, packet)).isEqualTo(frame("opus-packet"));
    assertThatThrownBy(() -> bob.open("alice", MediaKind.AUDIO, packet))
        .isInstanceOf(MessageRejectedException.class);
    assertThatThrownBy(() -> bob.open("carol", MediaKind.AUDIO, packet))
        .isInstanceOf(MessageRejectedException.class);
  }

  @Test
  void forgedOrForeignAnnouncementsAreRefused() {
    GroupKeyring mallory = new GroupKeyring(Peers.identity(), "Alice", callId, Peers.RANDOM);
    byte[] forged = mallory.announcement();
    // Claim Alice's member key under Mallory's signature.
    System.arraycopy(alice.announcement(), 34, forged, 34, 32);
    GroupKeyring otherCall =
        new GroupKeyring(Peers.identity(), "Dave", new byte[] {9}, Peers.RANDOM);

    assertThatThrownBy(() -> bob.admit("mallory", forged)).isInstanceOf(CryptoException.class);
    assertThatThrownBy(() -> bob.admit("dave", otherCall.announcement()))
        .isInstanceOf(CryptoException.class);
    assertThatThrownBy(() -> bob.admit("x", new byte[] {1, 0x30, 5}))
        .isInstanceOf(CryptoException.class);
  }

  @Test
  void membersCarryTheirNameIdentityAndSafetyCode() throws Exception {
    GroupMember aliceAsSeenByBob =
        bob.members().stream().filter(m -> m.participantId().equals("alice")).findFirst().get();
    GroupMember bobAsSeenByAlice =
        alice.members().stream().filter(m -> m.participantId().equals("bob")).findFirst().get();

    assertThat(aliceAsSeenByBob.name()).isEqualTo("Alice");
    assertThat(aliceAsSeenByBob.safetyCode()).isEqualTo(bobAsSeenByAlice.safetyCode());
  }
}
