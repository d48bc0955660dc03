package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.crypto.FailureBackoff;
import dev.asciicall.crypto.PassphraseGate;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.MovableClock;
import dev.asciicall.testing.NetworkTest;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Passphrase-protected calls over real KryoNet: SRP-6a after the handshake, with back-off. */
@NetworkTest
class PassphraseCallTest {

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final MovableClock clock = new MovableClock();
  private HostServer host;

  @AfterEach
  void stop() {
    if (host != null) {
      host.stop("test over");
    }
  }

  private void startHost(String passphrase) throws NetException {
    PassphraseGate gate =
        new PassphraseGate(passphrase.toCharArray(), new FailureBackoff(clock), new SecureRandom());
    host =
        HostServer.start(
            tcpPort,
            udpPort,
            HostOptions.of("Private", "Hal").withPassphraseGate(gate),
            new RecordingEvents());
  }

  private PeerClient join(String name, String passphrase) throws NetException {
    JoinOptions options = JoinOptions.named(name);
    if (passphrase != null) {
      options = options.withPassphrase(passphrase.toCharArray());
    }
    return PeerClient.connect("127.0.0.1", tcpPort, udpPort, options, new RecordingEvents(), 5_000);
  }

  @Test
  void aWrongPassphraseIsRefusedAndARightOneAdmitted() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          startHost("correct horse battery staple");
          assertThatThrownBy(() -> join("Eve", "correct horse battery stable"))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> {
                    assertThat(e.failure()).isEqualTo(NetFailure.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).isEqualTo("wrong passphrase");
                  });
          assertThatThrownBy(() -> join("Nobody", null))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> assertThat(e.failure()).isEqualTo(NetFailure.PASSPHRASE_REQUIRED));
          clock.advance(Duration.ofMinutes(10));
          try (PeerClient ann = join("Ann", "correct horse battery staple")) {
            assertThat(ann.participantId()).isPositive();
            assertThat(host.participantCount()).isEqualTo(2);
          }
        });
  }

  @Test
  void repeatedFailuresFromOneAddressAreSlowedDown() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          startHost("open sesame");
          assertThatThrownBy(() -> join("Eve", "guess 1")).hasMessage("wrong passphrase");
          // Within the back-off even the right passphrase is not checked.
          assertThatThrownBy(() -> join("Eve", "open sesame"))
              .isInstanceOfSatisfying(
                  NetException.class,
                  e -> {
                    assertThat(e.failure()).isEqualTo(NetFailure.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).contains("try again later");
                  });
          clock.advance(Duration.ofSeconds(2));
          assertThatThrownBy(() -> join("Eve", "guess 2")).hasMessage("wrong passphrase");
          // The second failure doubles the wait: 1 s later is still too early.
          clock.advance(Duration.ofSeconds(1));
          assertThatThrownBy(() -> join("Eve", "open sesame"))
              .hasMessageContaining("try again later");
          clock.advance(Duration.ofSeconds(2));
          try (PeerClient ann = join("Ann", "open sesame")) {
            assertThat(ann.participantId()).isPositive();
          }
        });
  }
}
