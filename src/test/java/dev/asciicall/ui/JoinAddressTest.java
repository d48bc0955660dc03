package dev.asciicall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoinAddressTest {

  @Test
  void acceptsHostWithPortAndDefaultsThePort() {
    assertThat(JoinAddress.parse("localhost:54555"))
        .isEqualTo(new JoinAddress.Valid(new JoinAddress("localhost", 54555)));
    assertThat(JoinAddress.parse(" 192.168.1.20 "))
        .isEqualTo(
            new JoinAddress.Valid(new JoinAddress("192.168.1.20", JoinAddress.DEFAULT_PORT)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "999.1.1.1:99999", "999.1.1.1", "1.2.3", "host:0", "host:abc", "bad host"})
  void refusesWhatCannotBeJoined(String text) {
    assertThat(JoinAddress.parse(text)).isInstanceOf(JoinAddress.Invalid.class);
  }

  @Test
  void explainsAnOutOfRangePort() {
    assertThat(((JoinAddress.Invalid) JoinAddress.parse("10.0.0.1:99999")).message())
        .contains("1 to 65535");
  }
}
