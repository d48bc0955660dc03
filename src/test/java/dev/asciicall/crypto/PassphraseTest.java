package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.MovableClock;
import dev.asciicall.testing.UnitTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@UnitTest
class PassphraseTest {

  private final MovableClock clock = new MovableClock();
  private final FailureBackoff backoff = new FailureBackoff(clock);
  private final PassphraseGate gate =
      new PassphraseGate("correct horse".toCharArray(), backoff, Peers.RANDOM);
  private final byte[] binding = new byte[32];

  private AdmissionResult attempt(String passphrase, String address) throws CryptoException {
    PassphraseServer server = gate.begin(address, binding);
    PassphraseClient client = new PassphraseClient(passphrase.toCharArray(), binding, Peers.RANDOM);
    PassphraseServer.Verdict verdict = server.verify(client.answer(server.challenge()));
    AdmissionResult seenByJoiner = client.result(verdict.reply());
    assertThat(seenByJoiner).isEqualTo(verdict.result());
    return seenByJoiner;
  }

  @Test
  void rightPassphraseIsAdmitted() throws Exception {
    assertThat(attempt("correct horse", "10.0.0.2")).isEqualTo(AdmissionResult.ADMITTED);
  }

  @Test
  void wrongPassphraseIsRefusedWithAClearMessage() throws Exception {
    AdmissionResult result = attempt("correct hose", "10.0.0.2");

    assertThat(result).isEqualTo(AdmissionResult.WRONG_PASSPHRASE);
    assertThat(result.userMessage()).isEqualTo("wrong passphrase");
  }

  @Test
  void proofTravelsWithoutThePassphrase() throws Exception {
    PassphraseServer server = gate.begin("10.0.0.2", binding);
    PassphraseClient client =
        new PassphraseClient("correct horse".toCharArray(), binding, Peers.RANDOM);
    byte[] proof = client.answer(server.challenge());

    assertThat(new String(proof, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("horse");
  }

  @Test
  void repeatedFailuresFromOneAddressAreSlowedDown() throws Exception {
    attempt("guess 1", "10.0.0.66");

    // Within the back-off even the right passphrase is not checked.
    assertThat(attempt("correct horse", "10.0.0.66")).isEqualTo(AdmissionResult.TRY_LATER);
    // Other addresses are not affected.
    assertThat(attempt("correct horse", "10.0.0.2")).isEqualTo(AdmissionResult.ADMITTED);

    clock.advance(Duration.ofSeconds(1));
    assertThat(attempt("guess 2", "10.0.0.66")).isEqualTo(AdmissionResult.WRONG_PASSPHRASE);
    clock.advance(Duration.ofSeconds(1));
    assertThat(attempt("guess 3", "10.0.0.66")).isEqualTo(AdmissionResult.TRY_LATER);
    clock.advance(Duration.ofSeconds(1));
    assertThat(attempt("guess 3", "10.0.0.66")).isEqualTo(AdmissionResult.WRONG_PASSPHRASE);
    assertThat(backoff.remainingDelay("10.0.0.66")).isEqualTo(Duration.ofSeconds(4));

    clock.advance(Duration.ofSeconds(4));
    assertThat(attempt("correct horse", "10.0.0.66")).isEqualTo(AdmissionResult.ADMITTED);
    assertThat(backoff.remainingDelay("10.0.0.66")).isZero();
  }

  @Test
  void joinerIsToldHowLongToWait() throws Exception {
    attempt("nope", "10.0.0.66");
    PassphraseServer server = gate.begin("10.0.0.66", binding);
    PassphraseClient client = new PassphraseClient("x".toCharArray(), binding, Peers.RANDOM);

    assertThat(client.result(server.verify(client.answer(server.challenge())).reply()))
        .isEqualTo(AdmissionResult.TRY_LATER);
    assertThat(client.retryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void backOffIsCappedAndRemembersBoundedlyManyAddresses() {
    FailureBackoff small =
        new FailureBackoff(clock, Duration.ofSeconds(1), Duration.ofSeconds(60), 3);
    for (int i = 0; i < 20; i++) {
      small.recordFailure("10.0.0.1");
    }
    assertThat(small.remainingDelay("10.0.0.1")).isEqualTo(Duration.ofSeconds(60));

    for (int i = 2; i < 10; i++) {
      small.recordFailure("10.0.0." + i);
    }
    assertThat(small.trackedAddresses()).isEqualTo(3);
  }

  @Test
  void proofFromAnotherConnectionIsRefused() throws Exception {
    // A man in the middle relays the host's challenge and the joiner's proof between two
    // connections; their channel bindings differ.
    PassphraseServer server = gate.begin("10.0.0.2", new byte[32]);
    byte[] otherBinding = new byte[32];
    otherBinding[0] = 1;
    PassphraseClient client =
        new PassphraseClient("correct horse".toCharArray(), otherBinding, Peers.RANDOM);

    assertThat(server.verify(client.answer(server.challenge())).result())
        .isEqualTo(AdmissionResult.WRONG_PASSPHRASE);
  }

  @Test
  void fakeHostCannotClaimToAdmitWithoutKnowingThePassphrase() throws Exception {
    PassphraseGate fake = new PassphraseGate("something else".toCharArray(), backoff, Peers.RANDOM);
    PassphraseServer fakeServer = fake.begin("10.0.0.2", binding);
    PassphraseClient client =
        new PassphraseClient("correct horse".toCharArray(), binding, Peers.RANDOM);
    client.answer(fakeServer.challenge());
    byte[] forgedAdmission = new byte[3 + 32];
    forgedAdmission[0] = 1;
    forgedAdmission[1] = 0x42;

    assertThatThrownBy(() -> client.result(forgedAdmission))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("could not prove");
  }

  @Test
  void malformedProofCountsAsAWrongPassphrase() {
    PassphraseServer server = gate.begin("10.0.0.9", binding);
    server.challenge();

    assertThat(server.verify(new byte[] {1, 0x41, 0}).result())
        .isEqualTo(AdmissionResult.WRONG_PASSPHRASE);
    assertThat(backoff.remainingDelay("10.0.0.9")).isPositive();
  }
}
