package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@UnitTest
class SecureChannelTest {

  private SecureChannel sender;
  private SecureChannel receiver;
  private SecureChannel datagramSender;
  private SecureChannel datagramReceiver;

  @BeforeEach
  void connect() throws Exception {
    SecureSession[] sessions = Peers.connect(Peers.identity(), Peers.identity());
    sender = sessions[0].control();
    receiver = sessions[1].control();
    datagramSender = sessions[0].datagrams();
    datagramReceiver = sessions[1].datagrams();
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void envelopeRevealsNothingOfTheMessageButItsSize() {
    byte[] chat = text("meet me at the old mill at nine");
    byte[] envelope = sender.seal(chat);

    assertThat(new String(envelope, StandardCharsets.ISO_8859_1)).doesNotContain("mill");
    assertThat(envelope).hasSize(chat.length + SecureChannel.OVERHEAD);
  }

  @Test
  void flippedBitIsRejectedAndTheChannelCarriesOn() throws Exception {
    byte[] tampered = sender.seal(text("first"));
    tampered[tampered.length - 20] ^= 0x01;

    assertThatThrownBy(() -> receiver.open(tampered))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.TAMPERED));
    assertThat(receiver.open(sender.seal(text("second")))).isEqualTo(text("second"));
  }

  @Test
  void flippedSequenceNumberIsRejected() throws Exception {
    byte[] envelope = sender.seal(text("first"));
    envelope[9] ^= 0x04;

    assertThatThrownBy(() -> receiver.open(envelope)).isInstanceOf(MessageRejectedException.class);
    assertThat(receiver.open(sender.seal(text("next")))).isEqualTo(text("next"));
  }

  @Test
  void replayedMessageIsRejectedAndTheChannelCarriesOn() throws Exception {
    byte[] envelope = sender.seal(text("transfer"));
    receiver.open(envelope);

    assertThatThrownBy(() -> receiver.open(envelope))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.REPLAYED));
    assertThat(receiver.open(sender.seal(text("after")))).isEqualTo(text("after"));
  }

  @Test
  void reorderedControlMessageIsRejectedAndTheChannelCarriesOn() throws Exception {
    byte[] first = sender.seal(text("mute"));
    byte[] second = sender.seal(text("unmute"));

    assertThat(receiver.open(second)).isEqualTo(text("unmute"));
    assertThatThrownBy(() -> receiver.open(first))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.OUT_OF_ORDER));
    assertThat(receiver.open(sender.seal(text("third")))).isEqualTo(text("third"));
  }

  @Test
  void malformedEnvelopesAreRejected() {
    assertThatThrownBy(() -> receiver.open(new byte[0]))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.MALFORMED));
    assertThatThrownBy(() -> receiver.open(new byte[12]))
        .isInstanceOf(MessageRejectedException.class);
    assertThatThrownBy(() -> receiver.open(null)).isInstanceOf(MessageRejectedException.class);
  }

  @Test
  void controlEnvelopeCannotBePassedOffAsADatagram() {
    byte[] control = sender.seal(text("kick bob"));

    assertThatThrownBy(() -> datagramReceiver.open(control))
        .isInstanceOf(MessageRejectedException.class);
  }

  @Test
  void datagramsMayArriveOutOfOrderButNotTwice() throws Exception {
    byte[] first = datagramSender.seal(text("a"));
    byte[] second = datagramSender.seal(text("b"));

    assertThat(datagramReceiver.open(second)).isEqualTo(text("b"));
    assertThat(datagramReceiver.open(first)).isEqualTo(text("a"));
    assertThatThrownBy(() -> datagramReceiver.open(first))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.REPLAYED));
  }

  @Test
  void datagramsOlderThanTheWindowAreRejected() throws Exception {
    byte[] old = datagramSender.seal(text("old"));
    for (int i = 0; i < 70; i++) {
      datagramReceiver.open(datagramSender.seal(text("packet " + i)));
    }

    assertThatThrownBy(() -> datagramReceiver.open(old))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(MessageRejectedException.Reason.OUT_OF_ORDER));
  }
}
