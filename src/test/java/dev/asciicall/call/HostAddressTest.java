package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@UnitTest
class HostAddressTest {

  @Test
  void acceptsHostWithPortAndDefaultsThePort() {
    assertThat(HostAddress.parse("localhost:54555"))
        .isEqualTo(new HostAddress.Valid(new HostAddress("localhost", 54555)));
    assertThat(HostAddress.parse(" 192.168.1.20 "))
        .isEqualTo(
            new HostAddress.Valid(new HostAddress("192.168.1.20", HostAddress.DEFAULT_PORT)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "999.1.1.1:99999", "999.1.1.1", "1.2.3", "host:0", "host:abc", "bad host"})
  void refusesWhatCannotBeJoined(String text) {
    assertThat(HostAddress.parse(text)).isInstanceOf(HostAddress.Invalid.class);
  }

  @Test
  void explainsAnOutOfRangePort() {
    assertThat(((HostAddress.Invalid) HostAddress.parse("10.0.0.1:99999")).message())
        .contains("1 to 65535");
  }
}
