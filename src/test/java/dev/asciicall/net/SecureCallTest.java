package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.FrameDecoder;
import dev.asciicall.codec.FrameEncoder;
import dev.asciicall.codec.GlyphGrid;
import dev.asciicall.crypto.MediaKind;
import dev.asciicall.crypto.MessageRejectedException;
import dev.asciicall.net.wire.WireMessage;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Private calls over real KryoNet on 127.0.0.1: what the network and the relay can see. */
@NetworkTest
class SecureCallTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final String CHAT = "the spare key is under the blue flowerpot";
  private static final String VOICE = "OPUS-PACKET-OF-ANN-SAYING-THE-CODE";
  private static final String FRAME = "..::--==++**##%%@@ ASCII-FACE-OF-ANN @@%%##**++==--::..";

  private final List<AutoCloseable> open = new ArrayList<>();
  private final RecordingEvents hostEvents = new RecordingEvents();
  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private HostServer host;

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    if (host != null) {
      host.stop("test over");
    }
  }

  private PeerClient join(int port, String name, RecordingEvents events) throws NetException {
    return join(port, udpPort, name, events);
  }

  private PeerClient join(int port, int udp, String name, RecordingEvents events)
      throws NetException {
    PeerClient peer = PeerClient.connect("127.0.0.1", port, udp, name, events, 5_000);
    open.add(peer);
    return peer;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRecordingProxyFindsNoneOfTheChatTextFrameOrVoiceBytes() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Secret", "Hal", hostEvents);
          RecordingProxy proxy = new RecordingProxy(tcpPort, udpPort);
          open.add(proxy);
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents bob = new RecordingEvents();
          PeerClient annPeer = join(proxy.port(), proxy.udpPort(), "Annabelle", ann);
          PeerClient bobPeer = join(tcpPort, "Bob", bob);
          Await.until(() -> holdsKey(annPeer, 0) && holdsKey(bobPeer, 1));
          annPeer.sendChat(CHAT);
          for (int sequence = 0; sequence < 5; sequence++) {
            annPeer.sendVideo(sequence, CallClock.nowMicros(), bytes(FRAME + sequence));
            host.sendVideo(sequence, CallClock.nowMicros(), bytes(FRAME + "HOST" + sequence));
          }
          // Voice takes UDP (through the proxy too) once the host echoes Ann's probes; a datagram
          // may be lost, so Ann speaks again at every look until Bob has heard her.
          Await.until(annPeer::audioOverUdp);
          AtomicLong voice = new AtomicLong();
          Await.until(
              "Bob hears Ann",
              () -> {
                annPeer.sendAudio(voice.getAndIncrement(), CallClock.nowMicros(), 0, bytes(VOICE));
                return bob.audioFrom(1) > 0;
              });
          assertThat(bob.audio.get(0).payload()).isEqualTo(bytes(VOICE));
          Await.until(
              () -> bob.chats.size() == 1 && bob.framesFrom(1) > 0 && ann.framesFrom(0) > 0);
          Await.until(() -> lastSequence(bob, 1) == 4 && lastSequence(ann, 0) == 4);
          assertThat(bob.chats.get(0).text()).isEqualTo(CHAT);
          assertThat(bob.videoBySender.get(1).get(0).payload()).startsWith(bytes(FRAME));

          byte[] recorded = proxy.recorded();
          assertThat(recorded.length).isGreaterThan(1000);
          assertThat(RecordingProxy.contains(recorded, bytes(CHAT))).isFalse();
          assertThat(RecordingProxy.contains(recorded, bytes(FRAME))).isFalse();
          assertThat(RecordingProxy.contains(recorded, bytes("ASCII-FACE"))).isFalse();
          assertThat(RecordingProxy.contains(recorded, bytes(VOICE))).isFalse();
          // Names travel sealed too.
          assertThat(RecordingProxy.contains(recorded, bytes("Annabelle"))).isFalse();
          assertThat(RecordingProxy.contains(recorded, bytes("Secret"))).isFalse();
        });
  }

  @Test
  void aHeadlessRelayForwardsMediaItCannotDecrypt() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Relay", null, hostEvents);
          List<WireMessage.Video> relayed = new CopyOnWriteArrayList<>();
          host.tapRelayed(relayed::add);
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents bob = new RecordingEvents();
          PeerClient annPeer = join(tcpPort, "Ann", ann);
          PeerClient bobPeer = join(tcpPort, "Bob", bob);
          Await.until(() -> holdsKey(bobPeer, 1));
          List<byte[]> sent = new ArrayList<>();
          try (FrameEncoder encoder = new FrameEncoder()) {
            for (int sequence = 0; sequence < 3; sequence++) {
              byte[] payload = encoder.encode(grid(sequence));
              sent.add(payload);
              annPeer.sendVideo(sequence, CallClock.nowMicros(), payload);
              // One at a time, so no frame replaces another on its way: the relay sees all three.
              long sentSequence = sequence;
              Await.until(() -> lastSequence(bob, 1) == sentSequence);
            }
          }
          Await.until(() -> lastSequence(bob, 1) == 2 && relayed.size() >= 3);
          // Bob decodes exactly what Ann encoded.
          try (FrameDecoder bobDecoder = new FrameDecoder()) {
            for (VideoPacket video : bob.videoBySender.get(1)) {
              assertThat(video.payload()).isEqualTo(sent.get((int) video.sequence()));
              bobDecoder.decode(video.payload());
            }
          }
          // The relay's decoder sees only ciphertext: nothing decodes, no plaintext inside.
          try (FrameDecoder relayDecoder = new FrameDecoder()) {
            for (WireMessage.Video video : relayed) {
              byte[] plain = sent.get((int) video.sequence());
              assertThat(video.payload()).isNotEqualTo(plain);
              assertThat(RecordingProxy.contains(video.payload(), plain)).isFalse();
              Assertions.assertThatThrownBy(() -> relayDecoder.decode(video.payload()))
                  .isInstanceOf(CodecException.class);
            }
          }
          assertThat(hostEvents.videoBySender).isEmpty();
        });
  }

  @Test
  void aFlippedBitAReplayAndAReorderAreEachRejectedWithoutEndingTheCall() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Tamper", "Hal", hostEvents);
          RecordingProxy proxy = new RecordingProxy(tcpPort, udpPort);
          open.add(proxy);
          RecordingEvents ann = new RecordingEvents();
          PeerClient annPeer = join(proxy.port(), "Ann", ann);
          String padding = " ".repeat(300);

          proxy.tamper = RecordingProxy.Tamper.FLIP_BIT;
          annPeer.sendChat("flipped" + padding);
          Await.until(() -> host.rejectedCount() == 1);

          proxy.tamper = RecordingProxy.Tamper.REPLAY;
          annPeer.sendChat("once" + padding);
          Await.until(() -> host.rejectedCount() == 2);

          proxy.tamper = RecordingProxy.Tamper.REORDER;
          annPeer.sendChat("second" + padding);
          annPeer.sendChat("third" + padding);
          Await.until(() -> host.rejectedCount() == 3);

          annPeer.sendChat("still here" + padding);
          Await.until(() -> hostEvents.chats.size() == 3);
          assertThat(hostEvents.chats)
              .extracting(chat -> chat.text().strip())
              .containsExactly("once", "third", "still here");
          // Ann is still in the call and hears her own lines back.
          Await.until(() -> ann.chats.size() == 3);
          assertThat(ann.ended).isEmpty();
          assertThat(hostEvents.present).containsValue("Ann");
        });
  }

  @Test
  void aRemovedParticipantCannotDecryptMediaSentAfterTheRekey() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Rekey", null, hostEvents);
          List<WireMessage.Video> relayed = new CopyOnWriteArrayList<>();
          host.tapRelayed(relayed::add);
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents bob = new RecordingEvents();
          RecordingEvents carol = new RecordingEvents();
          PeerClient annPeer = join(tcpPort, "Ann", ann);
          PeerClient bobPeer = join(tcpPort, "Bob", bob);
          PeerClient carolPeer = join(tcpPort, "Carol", carol);
          Await.until(() -> holdsKey(carolPeer, annPeer.participantId()) && holdsKey(bobPeer, 1));
          int annId = annPeer.participantId();
          annPeer.sendVideo(0, CallClock.nowMicros(), bytes(FRAME + "before"));
          Await.until(() -> carol.framesFrom(annId) == 1 && bob.framesFrom(annId) == 1);

          host.remove(carolPeer.participantId());
          Await.until(() -> !carol.ended.isEmpty());
          assertThat(carol.ended.get(0)).isEqualTo("the host removed you from the call");
          Await.until(
              () ->
                  ann.log.contains("left Carol: removed by the host")
                      && bob.log.contains("left Carol: removed by the host"));

          for (int sequence = 100; sequence < 105; sequence++) {
            annPeer.sendVideo(sequence, CallClock.nowMicros(), bytes(FRAME + sequence));
            long sentSequence = sequence;
            Await.until(() -> lastSequence(bob, annId) == sentSequence);
          }
          Await.until(() -> lastSequence(bob, annId) == 104);
          List<WireMessage.Video> after =
              relayed.stream().filter(video -> video.sequence() >= 100).toList();
          assertThat(after).isNotEmpty();
          var carolKeys = carolPeer.mediaKeys().keyring();
          for (WireMessage.Video video : after) {
            Assertions.assertThatThrownBy(
                    () -> carolKeys.open(Integer.toString(annId), MediaKind.FRAME, video.payload()))
                .isInstanceOfSatisfying(
                    MessageRejectedException.class,
                    e ->
                        assertThat(e.reason())
                            .isEqualTo(MessageRejectedException.Reason.UNKNOWN_KEY));
          }
          // Bob, still in the call, got every one of them.
          assertThat(bob.videoBySender.get(annId))
              .extracting(VideoPacket::sequence)
              .contains(100L, 104L);
        });
  }

  @Test
  void aLockedOrFullCallRefusesWithAClearReason() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          host =
              HostServer.start(
                  tcpPort,
                  udpPort,
                  HostOptions.of("Small", "Hal").withMaxParticipants(2),
                  hostEvents);
          host.lock();
          Assertions.assertThatThrownBy(() -> join(tcpPort, "Ann", new RecordingEvents()))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> {
                    assertThat(e.failure()).isEqualTo(NetFailure.CALL_LOCKED);
                    assertThat(e.getMessage()).isEqualTo("the call is locked");
                  });
          host.unlock();
          join(tcpPort, "Ann", new RecordingEvents());
          Assertions.assertThatThrownBy(() -> join(tcpPort, "Bob", new RecordingEvents()))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> {
                    assertThat(e.failure()).isEqualTo(NetFailure.CALL_FULL);
                    assertThat(e.getMessage()).startsWith("the call is full");
                  });
        });
  }

  @Test
  void mediaSentOverUdpIsSealedAndArrives() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Udp", "Hal", hostEvents);
          RecordingEvents bob = new RecordingEvents();
          PeerClient annPeer = join(tcpPort, "Ann", new RecordingEvents());
          PeerClient bobPeer = join(tcpPort, "Bob", bob);
          Await.until(() -> holdsKey(bobPeer, annPeer.participantId()));
          // A datagram may be lost: Ann sends another at every look until Bob has one.
          AtomicLong sequence = new AtomicLong();
          Await.until(
              "a voice datagram from Ann reaches Bob",
              () -> {
                annPeer.sendMediaDatagram(
                    new WireMessage.Audio(
                        annPeer.participantId(),
                        sequence.getAndIncrement(),
                        CallClock.nowMicros(),
                        0,
                        bytes(VOICE)));
                return bob.audioFrom(annPeer.participantId()) > 0;
              });
          assertThat(bob.audio.get(0).payload()).isEqualTo(bytes(VOICE));
        });
  }

  static boolean holdsKey(PeerClient peer, int senderId) {
    EndToEndKeys keys = peer.mediaKeys();
    return keys != null && keys.keyring().canOpen(Integer.toString(senderId));
  }

  private static long lastSequence(RecordingEvents events, int senderId) {
    List<VideoPacket> frames = events.videoBySender.get(senderId);
    return frames == null || frames.isEmpty() ? -1 : frames.get(frames.size() - 1).sequence();
  }

  private static GlyphGrid grid(int frame) {
    int columns = 40;
    int rows = 12;
    byte[] indices = new byte[columns * rows];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = (byte) ((i + frame) % 10);
    }
    return new GlyphGrid(columns, rows, "test", " .:-=+*#%@", 0, 0, indices, null, null);
  }
}
