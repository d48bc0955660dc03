package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two window-less call services on 127.0.0.1: hosting, joining, frames, chat, leaving, errors. */
@NetworkTest
class CallServiceTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  private final CallService host = new CallService();
  private final CallService guest = new CallService();
  private final Recorder atHost = new Recorder();
  private final Recorder atGuest = new Recorder();
  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();

  @AfterEach
  void closeBoth() {
    guest.close();
    host.close();
  }

  /** What a listener heard, on whichever thread told it. */
  private static final class Recorder implements CallListener {
    final List<CallStatus> statuses = new CopyOnWriteArrayList<>();
    final List<Participant> joined = new CopyOnWriteArrayList<>();
    final List<String> left = new CopyOnWriteArrayList<>();
    final Map<Integer, AsciiFrame> frames = new ConcurrentHashMap<>();
    final List<ChatLine> chat = new CopyOnWriteArrayList<>();
    final List<ParticipantMedia> media = new CopyOnWriteArrayList<>();
    final List<AudioStatus> audio = new CopyOnWriteArrayList<>();
    final List<SafetyCheck> checks = new CopyOnWriteArrayList<>();

    @Override
    public void participantVerified(SafetyCheck check) {
      checks.add(check);
    }

    @Override
    public void mediaChanged(ParticipantMedia changed) {
      media.add(changed);
    }

    @Override
    public void statusChanged(AudioStatus status) {
      audio.add(status);
    }

    @Override
    public void callStatusChanged(CallStatus status) {
      statuses.add(status);
    }

    @Override
    public void participantJoined(Participant participant) {
      joined.add(participant);
    }

    @Override
    public void participantLeft(Participant participant, String reason) {
      left.add(participant.name() + ": " + reason);
    }

    @Override
    public void frameReceived(int participantId, AsciiFrame frame) {
      frames.put(participantId, frame);
    }

    @Override
    public void chatReceived(ChatLine line) {
      chat.add(line);
    }
  }

  private void hostAndJoin() throws Exception {
    host.addListener(atHost);
    guest.addListener(atGuest);
    CallStatus hosting =
        host.host(new HostRequest(tcpPort, udpPort, "Standup", "Hana")).get(10, TimeUnit.SECONDS);
    assertThat(hosting.state()).isEqualTo(CallState.HOSTING);
    CallStatus joined =
        guest
            .join(new JoinRequest(new HostAddress("127.0.0.1", tcpPort), udpPort, "Gus"))
            .get(10, TimeUnit.SECONDS);
    assertThat(joined.state()).isEqualTo(CallState.JOINED);
    assertThat(joined.callName()).isEqualTo("Standup");
  }

  @Test
  void framesOfferedOnOneSideArriveDecodedOnTheOther() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          hostAndJoin();
          Await.until(() -> !atHost.joined.isEmpty() && !atGuest.joined.isEmpty());
          assertThat(atHost.joined).containsExactly(new Participant(1, "Gus"));
          assertThat(atGuest.joined).containsExactly(new Participant(0, "Hana"));

          AsciiConverter converter = new AsciiConverter();
          DemoSource scene = new DemoSource(160, 120, 30);
          ConversionSettings hostLook = ConversionSettings.defaults().withColumns(40);
          ConversionSettings guestLook = ConversionSettings.defaults().withColumns(24);
          // Frames sealed before the other side holds the key are dropped: both keep offering
          // a new frame at every look until each has seen the other.
          AtomicInteger frame = new AtomicInteger();
          Await.until(
              "each side sees the other's picture",
              () -> {
                int i = frame.getAndIncrement();
                VideoFrame picture = scene.render(i / 30.0, i, System.nanoTime());
                PixelImage image = PixelImage.rgb(picture.width(), picture.height(), picture.rgb());
                host.offer(converter.convert(image, hostLook), i, picture.timestampNanos());
                guest.offer(converter.convert(image, guestLook), i, picture.timestampNanos());
                return !atHost.frames.isEmpty() && !atGuest.frames.isEmpty();
              });
          assertThat(atGuest.frames.get(0).columns()).isEqualTo(40);
          assertThat(atHost.frames.get(1).columns()).isEqualTo(24);

          // The send thread counts a frame after handing it to the network, so the host may hold
          // it before the guest's figures do: look until they show it.
          Await.untilAsserted(
              () -> {
                CallStats guestStats = guest.stats();
                assertThat(guestStats.sentFramesPerSecond()).isPositive();
                assertThat(guestStats.peers())
                    .extracting(CallStats.PeerStats::name)
                    .contains("Hana");
              });
          Await.until(() -> guest.stats().roundTripMillis() >= 0);
          assertThat(guest.participants()).containsExactly(new Participant(0, "Hana"));
        });
  }

  @Test
  void whileHostingEveryAddressHasAnInviteNamingThisHostsKey() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          assertThat(host.invites()).isEmpty();
          hostAndJoin();

          List<Invite> invites = host.invites();
          Invite local =
              invites.stream()
                  .filter(invite -> invite.address().host().equals("127.0.0.1"))
                  .findFirst()
                  .orElseThrow();
          assertThat(invites).last().isEqualTo(local);
          assertThat(local.address().port()).isEqualTo(tcpPort);
          assertThat(local.callName()).contains("Standup");
          assertThat(Invite.parse(local.link())).isEqualTo(new Invite.Valid(local));
          assertThat(
                  local.isFrom(
                      dev.asciicall.crypto.IdentityStore.inSettingsDirectory()
                          .loadOrCreate(new java.security.SecureRandom())
                          .publicIdentity()))
              .as("the invite names this installation's key")
              .isTrue();
          assertThat(guest.invites()).as("only the host hands out invites").isEmpty();

          host.leave().get(10, TimeUnit.SECONDS);
          assertThat(host.invites()).isEmpty();
        });
  }

  @Test
  void theHostMeasuresEachParticipantsConnectionAsTheJoinerMeasuresItsOwn() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          hostAndJoin();
          Await.until(() -> !atHost.joined.isEmpty() && !atGuest.joined.isEmpty());

          Await.until(
              () ->
                  host.stats().peers().stream()
                      .anyMatch(peer -> peer.id() == 1 && peer.roundTripMillis() >= 0));
          CallStats.PeerStats gus = host.stats().peers().get(0);
          assertThat(gus.name()).isEqualTo("Gus");
          assertThat(gus.lossPercent()).isZero();
          Await.until(
              () ->
                  guest.stats().peers().stream()
                      .anyMatch(peer -> peer.id() == 0 && peer.roundTripMillis() >= 0));
        });
  }

  @Test
  void chatReachesEveryoneInTheSameWords() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          hostAndJoin();
          guest.sendChat("hello from Gus");
          Await.until(() -> !atHost.chat.isEmpty() && !atGuest.chat.isEmpty());
          assertThat(atHost.chat.get(0).senderName()).isEqualTo("Gus");
          assertThat(atHost.chat.get(0).fromMe()).isFalse();
          assertThat(atGuest.chat.get(0).text()).isEqualTo("hello from Gus");
          assertThat(atGuest.chat.get(0).fromMe()).isTrue();
        });
  }

  @Test
  void withoutDevicesTheCallIsVideoOnlyAndMutingIsShownToTheOthers() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          hostAndJoin();
          Await.until(() -> !atGuest.audio.isEmpty());
          assertThat(atGuest.audio.get(atGuest.audio.size() - 1).availability())
              .isEqualTo(AudioAvailability.VIDEO_ONLY);
          guest.muteMicrophone();
          Await.until(() -> atHost.media.contains(new ParticipantMedia(1, true, false)));
          guest.showCameraOff();
          Await.until(() -> atHost.media.contains(new ParticipantMedia(1, true, true)));
        });
  }

  @Test
  void leavingIsSeenByTheHostAndTheHostEndingIsSeenByTheGuest() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          hostAndJoin();
          Await.until(() -> !atHost.joined.isEmpty());
          assertThat(guest.leave().get(5, TimeUnit.SECONDS).state()).isEqualTo(CallState.IDLE);
          Await.until(() -> !atHost.left.isEmpty());
          assertThat(atHost.left).containsExactly("Gus: left the call");

          // Join again, then the host ends the call.
          atGuest.statuses.clear();
          guest
              .join(new JoinRequest(new HostAddress("127.0.0.1", tcpPort), udpPort, "Gus"))
              .get(10, TimeUnit.SECONDS);
          host.leave().get(5, TimeUnit.SECONDS);
          Await.until(() -> guest.status().state() == CallState.ENDED);
          assertThat(guest.status().message()).isEqualTo("The host ended the call.");
          assertThat(guest.participants()).isEmpty();
        });
  }

  @Test
  void joiningWhereNothingListensSaysSoAndTheNextJoinWorks() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          CallStatus failed =
              guest
                  .join(new JoinRequest(new HostAddress("127.0.0.1", tcpPort), udpPort, "Gus"))
                  .get(10, TimeUnit.SECONDS);
          assertThat(failed.state()).isEqualTo(CallState.ENDED);
          assertThat(failed.message())
              .isEqualTo(
                  "Nothing is listening at 127.0.0.1:"
                      + tcpPort
                      + ". Check the address and that the host has started the call.");
          hostAndJoin();
        });
  }

  @Test
  void aPassphraseKeepsOutWhoeverGetsItWrongAndBothSidesSeeTheSameSafetyCode() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          host.addListener(atHost);
          guest.addListener(atGuest);
          host.host(
                  new HostRequest(tcpPort, udpPort, "Standup", "Hana", "open sesame".toCharArray()))
              .get(10, TimeUnit.SECONDS);
          HostAddress address = new HostAddress("127.0.0.1", tcpPort);
          CallStatus none =
              guest.join(new JoinRequest(address, udpPort, "Gus")).get(10, TimeUnit.SECONDS);
          assertThat(none.message())
              .isEqualTo(
                  "The call at "
                      + address
                      + " needs a passphrase. Ask the host for it and join again.");
          CallStatus wrong =
              guest
                  .join(new JoinRequest(address, udpPort, "Gus", "open says me".toCharArray()))
                  .get(10, TimeUnit.SECONDS);
          assertThat(wrong.state()).isEqualTo(CallState.ENDED);
          assertThat(wrong.message())
              .isEqualTo(
                  "Wrong passphrase for the call at "
                      + address
                      + ". Ask the host for the passphrase and join again.");
          // One wrong guess makes this address wait a second before it is heard again: until
          // then Gus is told to try later (his passphrase unchecked), then he gets in.
          List<CallStatus> tooEarly = new CopyOnWriteArrayList<>();
          CallStatus right =
              Await.untilPresent(
                  "the host hears Gus again",
                  () -> {
                    CallStatus answer =
                        guest
                            .join(
                                new JoinRequest(
                                    address, udpPort, "Gus", "open sesame".toCharArray()))
                            .orTimeout(10, TimeUnit.SECONDS)
                            .join();
                    if (answer.state() == CallState.JOINED) {
                      return Optional.of(answer);
                    }
                    tooEarly.add(answer);
                    return Optional.empty();
                  });
          assertThat(right.state()).isEqualTo(CallState.JOINED);
          assertThat(tooEarly)
              .allSatisfy(early -> assertThat(early.message()).endsWith("try again later."));
          Await.until(
              () ->
                  atGuest.checks.stream().anyMatch(c -> c.participantId() == 0)
                      && atHost.checks.stream().anyMatch(c -> c.participantId() == 1));
          String codeAtGuest =
              atGuest.checks.stream()
                  .filter(c -> c.participantId() == 0)
                  .findFirst()
                  .orElseThrow()
                  .safetyCode();
          String codeAtHost =
              atHost.checks.stream()
                  .filter(c -> c.participantId() == 1)
                  .findFirst()
                  .orElseThrow()
                  .safetyCode();
          assertThat(codeAtGuest).isNotBlank().isEqualTo(codeAtHost);
        });
  }

  @Test
  void theHostRemovesSomeoneAndALockedCallKeepsNewcomersOut() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          hostAndJoin();
          Await.until(() -> !atHost.joined.isEmpty());
          host.remove(1);
          Await.until(() -> guest.status().state() == CallState.ENDED);
          assertThat(guest.status().message()).startsWith("The host removed you from the call.");

          host.lock();
          CallStatus locked =
              guest
                  .join(new JoinRequest(new HostAddress("127.0.0.1", tcpPort), udpPort, "Gus"))
                  .get(10, TimeUnit.SECONDS);
          assertThat(locked.message()).startsWith("The host has locked this call.");
          host.unlock();
          CallStatus again =
              guest
                  .join(new JoinRequest(new HostAddress("127.0.0.1", tcpPort), udpPort, "Gus"))
                  .get(10, TimeUnit.SECONDS);
          assertThat(again.state()).isEqualTo(CallState.JOINED);
        });
  }

  @Test
  void hostingOnAPortInUseSaysWhatToDo() throws Exception {
    try (ServerSocket taken = new ServerSocket(tcpPort)) {
      CallStatus failed =
          host.host(new HostRequest(tcpPort, udpPort, "Standup", "Hana")).get(10, TimeUnit.SECONDS);
      assertThat(failed.state()).isEqualTo(CallState.ENDED);
      assertThat(failed.message()).contains("already in use", "Pick other ports");
    }
  }
}
