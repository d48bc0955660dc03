package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How many discovery answers one address, and everyone together, get; on a moved clock. */
@Tag("unit")
@UnitTest
class DiscoveryLimiterTest {

  private final AtomicLong nanos = new AtomicLong();
  private final DiscoveryLimiter limiter = new DiscoveryLimiter(nanos::get);

  @Test
  void oneAddressGetsABurstThenAFewASecond() throws Exception {
    InetAddress asker = InetAddress.getByName("192.0.2.7");
    assertThat(answered(asker, 100)).isEqualTo(DiscoveryLimiter.PER_ADDRESS_BURST);

    nanos.addAndGet(1_000_000_000L);
    assertThat(answered(asker, 100)).isEqualTo(DiscoveryLimiter.PER_ADDRESS_PER_SECOND);
  }

  @Test
  void everyoneTogetherIsCappedToo() throws Exception {
    int answered = 0;
    for (int i = 0; i < 1000; i++) {
      // Spoofed sources never run out: only the total cap holds them back.
      answered += answered(InetAddress.getByName("198.51.100." + (i % 250)), 1);
    }
    assertThat(answered).isEqualTo(DiscoveryLimiter.TOTAL_PER_SECOND);
  }

  private int answered(InetAddress asker, int requests) {
    int answered = 0;
    for (int i = 0; i < requests; i++) {
      if (limiter.allow(asker)) {
        answered++;
      }
    }
    return answered;
  }
}
