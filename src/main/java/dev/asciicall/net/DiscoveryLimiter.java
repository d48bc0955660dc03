package dev.asciicall.net;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How often the host answers discovery: a few answers a second to each asking address (a finder
 * sends one request per network it broadcasts on, every few seconds), and a ceiling for everyone
 * together, so a flood of spoofed requests gets next to nothing back. Token buckets; the
 * per-address table is bounded and starts afresh when full. Called on the host's UDP thread only.
 */
final class DiscoveryLimiter {

  /** Answers one address may get at once, and per second after that. */
  static final int PER_ADDRESS_BURST = 8;

  static final int PER_ADDRESS_PER_SECOND = 4;

  /** Answers per second to everyone together. */
  static final int TOTAL_PER_SECOND = 200;

  private static final int MAX_ADDRESSES = 4096;
  private static final long SECOND = 1_000_000_000L;

  private final LongSupplier nanos;
  private final Map<InetAddress, Bucket> buckets = new HashMap<>();
  private final Bucket total;

  /**
   * @param nanos the clock ({@code System::nanoTime}; tests move their own)
   */
  DiscoveryLimiter(LongSupplier nanos) {
    this.nanos = nanos;
    this.total = new Bucket(TOTAL_PER_SECOND, nanos.getAsLong());
  }

  /** Whether a request from {@code asker} may be answered now (it then counts). */
  boolean allow(InetAddress asker) {
    long now = nanos.getAsLong();
    if (buckets.size() >= MAX_ADDRESSES && !buckets.containsKey(asker)) {
      buckets.clear();
    }
    Bucket own = buckets.computeIfAbsent(asker, ignored -> new Bucket(PER_ADDRESS_BURST, now));
    if (!own.available(now, PER_ADDRESS_BURST, PER_ADDRESS_PER_SECOND)
        || !total.available(now, TOTAL_PER_SECOND, TOTAL_PER_SECOND)) {
      return false;
    }
    own.take();
    total.take();
    return true;
  }

  /** Tokens that refill at a steady rate up to a ceiling. */
  private static final class Bucket {
    private double tokens;
    private long refilledAt;

    Bucket(int tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }

    boolean available(long now, int ceiling, int perSecond) {
      tokens = Math.min(ceiling, tokens + (now - refilledAt) * (double) perSecond / SECOND);
      refilledAt = now;
      return tokens >= 1;
    }

    void take() {
      tokens -= 1;
    }
  }
}
