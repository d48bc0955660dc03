package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@UnitTest
class HandshakeTest {

  private final IdentityKeyPair alice = Peers.identity();
  private final IdentityKeyPair host = Peers.identity();

  @Test
  void bothSidesLearnEachOthersIdentityAndSeeTheSameSafetyCode() throws Exception {
    SecureSession[] sessions = Peers.connect(alice, host);

    assertThat(sessions[0].peer()).isEqualTo(host.publicIdentity());
    assertThat(sessions[1].peer()).isEqualTo(alice.publicIdentity());
    assertThat(sessions[0].safetyCode()).isEqualTo(sessions[1].safetyCode());
    assertThat(sessions[0].safetyCode().toString()).matches("\\d{4}( \\d{4}){4}");
    assertThat(sessions[0].channelBinding()).isEqualTo(sessions[1].channelBinding());
  }

  @Test
  void messagesSealedOnOneSideOpenOnTheOther() throws Exception {
    SecureSession[] sessions = Peers.connect(alice, host);
    byte[] hello = "hello host".getBytes(StandardCharsets.UTF_8);
    byte[] welcome = "welcome".getBytes(StandardCharsets.UTF_8);

    assertThat(sessions[1].control().open(sessions[0].control().seal(hello))).isEqualTo(hello);
    assertThat(sessions[0].control().open(sessions[1].control().seal(welcome))).isEqualTo(welcome);
    assertThat(sessions[1].datagrams().open(sessions[0].datagrams().seal(hello))).isEqualTo(hello);
  }

  @Test
  void everyConnectionGetsFreshKeys() throws Exception {
    SecureSession[] first = Peers.connect(alice, host);
    SecureSession[] second = Peers.connect(alice, host);
    byte[] envelope = first[0].control().seal(new byte[] {1, 2, 3});

    assertThat(first[0].channelBinding()).isNotEqualTo(second[0].channelBinding());
    assertThatThrownBy(() -> second[1].control().open(envelope))
        .isInstanceOf(MessageRejectedException.class);
  }

  @Test
  void manInTheMiddleRunningItsOwnKeyAgreementMakesTheSafetyCodesDiffer() throws Exception {
    IdentityKeyPair mallory = Peers.identity();
    // Mallory terminates Alice's handshake as a fake host and opens her own to the real host.
    SecureSession[] aliceToMallory = Peers.connect(alice, mallory);
    SecureSession[] malloryToHost = Peers.connect(mallory, host);

    SafetyCode seenByAlice = aliceToMallory[0].safetyCode();
    SafetyCode seenByHost = malloryToHost[1].safetyCode();

    assertThat(seenByAlice).isNotEqualTo(seenByHost);
    assertThat(aliceToMallory[0].peer()).isNotEqualTo(host.publicIdentity());
  }

  @Test
  void manInTheMiddleSwappingOnlyTheEphemeralKeyIsCaught() throws Exception {
    HandshakeInitiator initiator = new HandshakeInitiator(alice, Peers.RANDOM);
    HandshakeResponder responder = new HandshakeResponder(host, Peers.RANDOM);
    byte[] serverHello = responder.respond(initiator.hello());
    // Replace the host's ephemeral key with Mallory's while forwarding the host's signed proof.
    HandshakeResponder mallory = new HandshakeResponder(Peers.identity(), Peers.RANDOM);
    byte[] malloryHello = mallory.respond(new HandshakeInitiator(alice, Peers.RANDOM).hello());
    System.arraycopy(malloryHello, 6, serverHello, 6, 32);

    assertThatThrownBy(() -> initiator.finish(serverHello)).isInstanceOf(HandshakeException.class);
  }

  @Test
  void alteredClientFinishIsRefused() throws Exception {
    HandshakeInitiator initiator = new HandshakeInitiator(alice, Peers.RANDOM);
    HandshakeResponder responder = new HandshakeResponder(host, Peers.RANDOM);
    byte[] finish = initiator.finish(responder.respond(initiator.hello()));
    finish[finish.length - 1] ^= 1;

    assertThatThrownBy(() -> responder.complete(finish))
        .isInstanceOf(HandshakeException.class)
        .hasMessageContaining("altered");
  }

  @Test
  void incompatibleProtocolVersionGetsAClearMessage() {
    HandshakeInitiator initiator = new HandshakeInitiator(alice, Peers.RANDOM);
    byte[] hello = initiator.hello();
    hello[5] = 99; // protocol number, last byte

    assertThatThrownBy(() -> new HandshakeResponder(host, Peers.RANDOM).respond(hello))
        .isInstanceOf(HandshakeException.class)
        .hasMessageContaining("incompatible version");
  }

  @Test
  void garbageInsteadOfAHelloIsRefusedWithoutACrash() {
    HandshakeResponder responder = new HandshakeResponder(host, Peers.RANDOM);

    assertThatThrownBy(() -> responder.respond(new byte[] {1}))
        .isInstanceOf(HandshakeException.class)
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> responder.respond(new byte[3000]))
        .isInstanceOf(HandshakeException.class);
  }
}
