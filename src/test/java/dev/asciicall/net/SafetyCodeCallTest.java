package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.KnownPeers;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safety codes over real KryoNet: equal end to end, different through a man in the middle. */
@NetworkTest
class SafetyCodeCallTest {

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final RecordingEvents hostEvents = new RecordingEvents();
  private HostServer host;
  private MitmProxy mitm;
  private PeerClient ann;
  private PeerClient bob;

  @TempDir Path settings;

  @AfterEach
  void stop() {
    for (PeerClient peer : new PeerClient[] {ann, bob}) {
      if (peer != null) {
        peer.close();
      }
    }
    if (mitm != null) {
      mitm.close();
    }
    if (host != null) {
      host.stop("test over");
    }
  }

  @Test
  void aManInTheMiddleRunningItsOwnKeyAgreementMakesTheSafetyCodesDiffer() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Codes", "Hal", hostEvents);
          mitm = new MitmProxy(tcpPort, udpPort);
          RecordingEvents annEvents = new RecordingEvents();
          RecordingEvents bobEvents = new RecordingEvents();
          bob = PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Bob", bobEvents, 5_000);
          ann =
              PeerClient.connect("127.0.0.1", mitm.port(), mitm.udpPort(), "Ann", annEvents, 5_000);
          // The proxy got Ann into the call: nothing failed.
          Await.until(() -> hostEvents.verifications.containsKey(ann.participantId()));
          Await.until(() -> hostEvents.verifications.containsKey(bob.participantId()));

          // Direct: both ends read the same code.
          assertThat(bob.hostVerification().safetyCode())
              .isEqualTo(hostEvents.verifications.get(bob.participantId()).safetyCode());
          // Through the proxy: each end computed its code with the proxy's key.
          assertThat(ann.hostVerification().safetyCode())
              .isNotEqualTo(hostEvents.verifications.get(ann.participantId()).safetyCode());
          // The host's signed media keys name another identity than Ann's connection proved.
          Await.until(() -> annEvents.flagged.contains(HostServer.HOST_ID));
          Await.until(() -> hostEvents.flagged.contains(ann.participantId()));
          assertThat(bobEvents.flagged).isEmpty();
        });
  }

  @Test
  void aNameSeenBeforeWithAnotherKeyIsFlagged() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          KnownPeers hostMemory = new KnownPeers(settings);
          host =
              HostServer.start(
                  tcpPort,
                  udpPort,
                  HostOptions.of("Codes", "Hal")
                      .withIdentity(IdentityKeyPair.generate(new SecureRandom()), hostMemory),
                  hostEvents);
          IdentityKeyPair annIdentity = IdentityKeyPair.generate(new SecureRandom());
          ann = join("Ann", annIdentity);
          Await.until(() -> hostEvents.verifications.containsKey(ann.participantId()));
          assertThat(hostEvents.verifications.get(ann.participantId()).keyChanged()).isFalse();
          ann.close();
          ann = join("Ann", annIdentity);
          Await.until(() -> hostEvents.verifications.containsKey(ann.participantId()));
          assertThat(hostEvents.verifications.get(ann.participantId()).keyChanged()).isFalse();
          // Someone else calling themselves Ann.
          bob = join("ann", IdentityKeyPair.generate(new SecureRandom()));
          Await.until(() -> hostEvents.verifications.containsKey(bob.participantId()));
          assertThat(hostEvents.verifications.get(bob.participantId()).keyChanged()).isTrue();
          assertThat(hostEvents.flagged).contains(bob.participantId());
        });
  }

  private PeerClient join(String name, IdentityKeyPair identity) throws NetException {
    return PeerClient.connect(
        "127.0.0.1",
        tcpPort,
        udpPort,
        JoinOptions.named(name).withIdentity(identity, new KnownPeers(settings.resolve(name))),
        new RecordingEvents(),
        5_000);
  }
}
