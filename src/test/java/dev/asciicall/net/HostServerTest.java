package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@NetworkTest
class HostServerTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  private HostedCall call;

  @BeforeEach
  void startHost() throws NetException {
    call = new HostedCall("Standup");
  }

  @AfterEach
  void stopAll() {
    call.close();
  }

  private PeerClient join(String name, RecordingEvents events) throws NetException {
    return call.join(name, events);
  }

  private static byte[] payload(int sender, long sequence) {
    return ("frame " + sender + "/" + sequence).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theHostMeasuresTheRoundTripToEachParticipant() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          PeerClient ann = join("Ann", new RecordingEvents());
          PeerClient bob = join("Bob", new RecordingEvents());
          for (PeerClient peer : List.of(ann, bob)) {
            Await.until(
                () ->
                    call.host.connectionTo(peer.participantId()) != null
                        && call.host.connectionTo(peer.participantId()).roundTripMicros() >= 0);
            assertThat(call.host.connectionTo(peer.participantId()).lossPercent()).isZero();
          }
          assertThat(call.host.connectionTo(HostServer.HOST_ID)).as("not its own").isNull();

          bob.close();
          call.forget(bob);
          Await.until(() -> call.host.connectionTo(bob.participantId()) == null);
        });
  }

  @Test
  void everyPeerReceivesExactlyWhatEachOtherPeerSent() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          List<RecordingEvents> events =
              List.of(new RecordingEvents(), new RecordingEvents(), new RecordingEvents());
          List<PeerClient> three = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            three.add(join("Peer" + i, events.get(i)));
          }
          Await.until(() -> events.get(0).present.size() == 3); // host + 2 others
          // Frames sealed before a receiver holds the sender's key are dropped for it, so the
          // last frame must leave after every key has arrived; then they may go back to back.
          Await.until("every media key everywhere", () -> everyoneHoldsEveryKey(three));
          for (int sequence = 0; sequence < 20; sequence++) {
            for (PeerClient peer : three) {
              peer.sendVideo(
                  sequence, CallClock.nowMicros(), payload(peer.participantId(), sequence));
            }
            call.host.sendVideo(sequence, CallClock.nowMicros(), payload(0, sequence));
          }
          for (int i = 0; i < 3; i++) {
            RecordingEvents mine = events.get(i);
            int myId = three.get(i).participantId();
            List<Integer> senders = new ArrayList<>(List.of(0));
            three.stream()
                .map(PeerClient::participantId)
                .filter(id -> id != myId)
                .forEach(senders::add);
            Await.until(
                () ->
                    senders.stream()
                        .allMatch(
                            s ->
                                mine.framesFrom(s) > 0
                                    && mine.videoBySender
                                            .get(s)
                                            .get(mine.framesFrom(s) - 1)
                                            .sequence()
                                        == 19));
            for (int sender : senders) {
              for (VideoPacket video : mine.videoBySender.get(sender)) {
                assertThat(video.payload()).isEqualTo(payload(sender, video.sequence()));
              }
            }
            assertThat(mine.videoBySender).doesNotContainKey(myId);
          }
          // The host takes part itself and sees everyone's frames too.
          for (PeerClient peer : three) {
            Await.until(() -> call.hostEvents.framesFrom(peer.participantId()) > 0);
          }
        });
  }

  @Test
  void sixteenParticipantsAndTheHostAllSeeEachOther() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () -> {
          int count = 16;
          List<RecordingEvents> events = new ArrayList<>();
          List<PeerClient> everyone = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            events.add(new RecordingEvents());
            everyone.add(join("Peer" + i, events.get(i)));
          }
          // Everyone learns of everyone: the host and the fifteen others.
          for (RecordingEvents mine : events) {
            Await.until(() -> mine.present.size() == count);
          }
          // Media keys reach each receiver shortly after a join, and frames sealed before a
          // receiver holds the key are dropped for it: once all hold all, one frame each is enough.
          Await.until(
              "every media key everywhere",
              Duration.ofSeconds(60),
              () -> everyoneHoldsEveryKey(everyone));
          for (PeerClient peer : everyone) {
            peer.sendVideo(0, CallClock.nowMicros(), payload(peer.participantId(), 0));
          }
          Await.until("everyone sees everyone", () -> allSeeAll(everyone, events));
          for (RecordingEvents mine : events) {
            mine.videoBySender.forEach(
                (sender, frames) ->
                    frames.forEach(
                        video ->
                            assertThat(video.payload())
                                .isEqualTo(payload(sender, video.sequence()))));
          }
          assertThat(call.host.participantCount()).isEqualTo(count + 1);
        });
  }

  /** Whether every peer can open every other's frames and the host's, and the host theirs. */
  private boolean everyoneHoldsEveryKey(List<PeerClient> peers) {
    for (PeerClient receiver : peers) {
      if (!SecureCallTest.holdsKey(receiver, HostServer.HOST_ID)
          || !call.host.mediaKeys().keyring().canOpen(Integer.toString(receiver.participantId()))) {
        return false;
      }
      for (PeerClient sender : peers) {
        if (sender != receiver && !SecureCallTest.holdsKey(receiver, sender.participantId())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allSeeAll(List<PeerClient> peers, List<RecordingEvents> events) {
    for (int i = 0; i < peers.size(); i++) {
      for (PeerClient sender : peers) {
        if (sender != peers.get(i) && events.get(i).framesFrom(sender.participantId()) == 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void joinsLeavesAndRejoinsAreAnnouncedToEveryone() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents ann = new RecordingEvents();
          join("Ann", ann);
          Await.until(() -> ann.present.containsValue("Hal"));
          PeerClient bob = join("Bob", new RecordingEvents());
          Await.until(
              () ->
                  ann.present.containsValue("Bob") && call.hostEvents.present.containsValue("Bob"));
          call.forget(bob);
          bob.close();
          Await.until(() -> !ann.present.containsValue("Bob"));
          assertThat(ann.log).contains("left Bob: left the call");
          PeerClient again = join("Bob", new RecordingEvents());
          Await.until(() -> ann.present.containsValue("Bob"));
          assertThat(again.participantId()).isNotEqualTo(bob.participantId());
          // A second "Ann" is told her name was taken and numbered.
          PeerClient ann2 = join("Ann", new RecordingEvents());
          assertThat(ann2.welcome().name()).isEqualTo("Ann (2)");
        });
  }

  @Test
  void chatReachesEveryoneWithSenderAndTime() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents ann = new RecordingEvents();
          RecordingEvents bob = new RecordingEvents();
          PeerClient annPeer = join("Ann", ann);
          join("Bob", bob);
          annPeer.sendChat("hello all");
          Await.until(() -> bob.chats.size() == 1 && call.hostEvents.chats.size() == 1);
          ChatMessage line = bob.chats.get(0);
          assertThat(line.senderId()).isEqualTo(annPeer.participantId());
          assertThat(line.text()).isEqualTo("hello all");
          assertThat(line.sentAtMillis()).isPositive();
          call.host.sendChat("welcome");
          Await.until(
              () ->
                  ann.chats.size() == 2
                      && bob.chats.size() == 2
                      && call.hostEvents.chats.size() == 2);
          // Everyone, the sender included, sees the same lines in the same order.
          assertThat(ann.chats)
              .extracting(ChatMessage::text)
              .containsExactly("hello all", "welcome");
          assertThat(ann.chats.get(1).senderId()).isZero();
        });
  }

  @Test
  void endingTheCallTellsEveryoneWhy() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents ann = new RecordingEvents();
          join("Ann", ann);
          call.host.stop("the host ended the call");
          Await.until(() -> !ann.ended.isEmpty());
          assertThat(ann.ended).containsExactly("the host ended the call");
        });
  }

  @Test
  void aStalledReceiverDoesNotSlowTheOthers() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingEvents stalled = new RecordingEvents();
          stalled.stallVideo = new CountDownLatch(1);
          RecordingEvents healthy = new RecordingEvents();
          join("Stuck", stalled);
          PeerClient fine = join("Fine", healthy);
          Await.until(() -> healthy.present.size() == 2);
          // Back to back once the healthy one can open the host's frames: the relay's credits,
          // not the sender's pace, decide what each receiver gets.
          Await.until(() -> SecureCallTest.holdsKey(fine, HostServer.HOST_ID));
          for (int sequence = 0; sequence < 300; sequence++) {
            call.host.sendVideo(sequence, CallClock.nowMicros(), new byte[30_000]);
          }
          Await.until(
              () ->
                  healthy.framesFrom(0) > 0
                      && healthy.videoBySender.get(0).get(healthy.framesFrom(0) - 1).sequence()
                          == 299);
          // The stuck receiver holds one frame in its handler; the host kept no backlog for it.
          assertThat(stalled.framesFrom(0)).isLessThanOrEqualTo(Relay.WINDOW);
          assertThat(call.host.counters().framesReplaced()).isGreaterThan(250);
          stalled.stallVideo.countDown();
        });
  }

  @Test
  void connectionFailuresHaveClearReasons() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          int closedPort = FreePorts.tcp();
          assertThatThrownBy(
                  () ->
                      PeerClient.connect(
                          "127.0.0.1", closedPort, call.udpPort, "X", new RecordingEvents(), 2_000))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> assertThat(e.failure()).isEqualTo(NetFailure.NOTHING_LISTENING));
          assertThatThrownBy(
                  () ->
                      PeerClient.connect(
                          "no-such-call.host.invalid",
                          closedPort,
                          call.udpPort,
                          "X",
                          new RecordingEvents(),
                          2_000))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> assertThat(e.failure()).isEqualTo(NetFailure.UNKNOWN_HOST));
          assertThatThrownBy(
                  () ->
                      HostServer.start(
                          call.tcpPort, FreePorts.udp(), "Again", null, new RecordingEvents()))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> assertThat(e.failure()).isEqualTo(NetFailure.PORT_IN_USE));
        });
  }
}
