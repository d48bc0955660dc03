package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireMessage;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.NetworkTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Voice packets and media states through a real host on loopback, over UDP and over TCP. */
@NetworkTest
class AudioRelayTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final byte[] OPUS = new byte[60];

  private HostedCall call;

  @BeforeEach
  void startHost() throws NetException {
    call = new HostedCall("Voices");
  }

  @AfterEach
  void stopAll() {
    call.close();
  }

  private PeerClient join(String name, RecordingEvents events) throws NetException {
    return call.join(name, events);
  }

  @Test
  void voiceReachesEveryoneElseOverUdpOnceProbesComeBack() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents bob = new RecordingEvents();
          PeerClient annPeer = join("Ann", ann);
          PeerClient bobPeer = join("Bob", bob);
          Await.until(
              () -> ann.present.size() == 2 && annPeer.audioOverUdp() && bobPeer.audioOverUdp());
          // The host trusts UDP towards a peer from the peer's next probe on: Bob speaks until
          // his voice goes on to Ann over UDP (nothing below counts what Bob says).
          AtomicLong bobSpeaks = new AtomicLong();
          Await.until(
              "the host relays voice to Ann over UDP",
              () -> {
                bobPeer.sendAudio(bobSpeaks.getAndIncrement(), CallClock.nowMicros(), 0, OPUS);
                return call.host.audioCounters().packetsOverUdp() > 0;
              });
          long overUdpBefore = call.host.audioCounters().packetsOverUdp();
          for (int sequence = 0; sequence < 50; sequence++) {
            annPeer.sendAudio(sequence, CallClock.nowMicros(), 0, OPUS);
            call.host.sendAudio(sequence, CallClock.nowMicros(), 0, OPUS);
          }
          // UDP may lose a datagram even on loopback; nearly all must arrive.
          Await.until(() -> bob.audioFrom(annPeer.participantId()) >= 45);
          Await.until(() -> bob.audioFrom(HostServer.HOST_ID) >= 45);
          Await.until(() -> call.hostEvents.audioFrom(annPeer.participantId()) >= 45);
          Await.until(() -> ann.audioFrom(HostServer.HOST_ID) >= 45);
          assertThat(ann.audioFrom(annPeer.participantId())).isZero();
          // The host's voice to Ann went over UDP.
          assertThat(call.host.audioCounters().packetsOverUdp()).isGreaterThan(overUdpBefore);
          VoicePacket first = bob.audio.get(0);
          assertThat(first.payload()).hasSize(OPUS.length);
        });
  }

  @Test
  void voiceFallsBackToTcpWhenUdpDoesNotGetThrough() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents bob = new RecordingEvents();
          PeerClient annPeer = join("Ann", ann);
          PeerClient bobPeer = join("Bob", bob);
          bobPeer.blockUdpForTests();
          Await.until(() -> ann.present.size() == 2 && annPeer.audioOverUdp());
          // Voice is sealed end to end: each needs the other's key before it can play a packet.
          Await.until(
              () ->
                  SecureCallTest.holdsKey(bobPeer, annPeer.participantId())
                      && SecureCallTest.holdsKey(annPeer, bobPeer.participantId()));
          for (int sequence = 0; sequence < 50; sequence++) {
            annPeer.sendAudio(sequence, CallClock.nowMicros(), 0, OPUS);
            bobPeer.sendAudio(sequence, CallClock.nowMicros(), 0, OPUS);
          }
          // TCP loses nothing, in either direction.
          Await.until(() -> bob.audioFrom(annPeer.participantId()) == 50);
          Await.until(() -> ann.audioFrom(bobPeer.participantId()) == 50);
          assertThat(bobPeer.audioOverUdp()).isFalse();
          List<Long> order = bob.audio.stream().map(VoicePacket::sequence).distinct().toList();
          assertThat(order).isSorted();
        });
  }

  @Test
  void mediaStateReachesOthersAndLateJoinersLearnIt() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents bob = new RecordingEvents();
          PeerClient annPeer = join("Ann", ann);
          join("Bob", bob);
          Await.until(() -> bob.present.size() == 2);
          int annId = annPeer.participantId();
          annPeer.sendMediaState(new PeerMedia(annId, true, false));
          call.host.sendMediaState(new PeerMedia(HostServer.HOST_ID, false, true));
          Await.until(() -> bob.mediaStates.containsKey(annId));
          Await.until(() -> call.hostEvents.mediaStates.containsKey(annId));
          Await.until(() -> ann.mediaStates.containsKey(HostServer.HOST_ID));
          assertThat(bob.mediaStates.get(annId).microphoneMuted()).isTrue();
          assertThat(ann.mediaStates).doesNotContainKey(annId);

          RecordingEvents carl = new RecordingEvents();
          join("Carl", carl);
          Await.until(() -> carl.mediaStates.size() == 2);
          assertThat(carl.mediaStates.get(annId).microphoneMuted()).isTrue();
          assertThat(carl.mediaStates.get(HostServer.HOST_ID).cameraOff()).isTrue();
        });
  }

  @Test
  void voiceClaimingSomeoneElsesIdClosesOnlyTheImpostor() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents mallory = new RecordingEvents();
          PeerClient annPeer = join("Ann", ann);
          PeerClient malloryPeer = join("Mallory", mallory);
          Await.until(() -> ann.present.size() == 2);
          // The client stamps its own id, so forge the record through the media-state path too.
          assertThatThrownBy(
                  () ->
                      malloryPeer.sendMediaState(
                          new PeerMedia(annPeer.participantId(), true, true)))
              .isInstanceOf(IllegalArgumentException.class);
          // Sealed like any message of Mallory's: the host checks the id inside the envelope.
          malloryPeer.sendSealedForTests(
              new WireMessage.Audio(annPeer.participantId(), 1, 0, 0, OPUS));
          Await.until(() -> !mallory.ended.isEmpty());
          Await.until(() -> ann.log.contains("left Mallory: connection lost"));
          annPeer.sendAudio(2, CallClock.nowMicros(), 0, OPUS);
          Await.until(() -> call.hostEvents.audioFrom(annPeer.participantId()) == 1);
          assertThat(call.hostEvents.audio).noneMatch(packet -> packet.sequence() == 1);
        });
  }

  @Test
  void oversizedVoicePayloadsAreRejected() {
    assertThatThrownBy(
            () ->
                new WireMessage.Audio(
                    1,
                    0,
                    0,
                    0,
                    new byte[Limits.MAX_AUDIO_PAYLOAD + Limits.MEDIA_SEAL_OVERHEAD + 1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new WireMessage.Audio(1, 0, 0, 0, new byte[0]).payload()).isEmpty();
  }
}
