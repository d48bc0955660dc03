package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

/** The credit window a sender and the relay share: two frames in flight, the newest waiting. */
@UnitTest
class CreditWindowTest {

  private final CreditWindow<String> window = new CreditWindow<>();

  @Test
  void twoFramesGoAtOnceAndTheNextWaitsForACredit() {
    window.offer("1");
    assertThat(window.take()).isEqualTo("1");
    window.offer("2");
    assertThat(window.take()).isEqualTo("2");
    window.offer("3");
    assertThat(window.ready()).isNull();
    assertThat(window.take()).isNull();

    window.acknowledged();

    assertThat(window.ready()).isEqualTo("3");
    assertThat(window.take()).isEqualTo("3");
    assertThat(window.take()).isNull();
  }

  @Test
  void aNewerFrameReplacesTheOneWaitingAndSaysSo() {
    window.offer("1");
    window.take();
    window.offer("2");
    window.take();

    assertThat(window.offer("3")).isFalse();
    assertThat(window.offer("4")).isTrue();
    window.acknowledged();

    assertThat(window.take()).isEqualTo("4");
  }

  @Test
  void moreAcknowledgementsThanFramesSentGiveNoExtraCredit() {
    window.acknowledged();
    window.acknowledged();
    window.offer("1");
    window.take();
    window.offer("2");
    window.take();
    window.offer("3");

    assertThat(window.take()).isNull();
  }
}
