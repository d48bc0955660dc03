package dev.asciicall.crypto;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * Slows down passphrase guessing: after the n-th consecutive wrong passphrase from one address,
 * that address must wait {@code base × 2^(n-1)} (1 s, 2 s, 4 s, … up to 5 minutes by default)
 * before its next attempt is even checked. A right passphrase clears the record.
 *
 * <p>Memory is bounded: at most {@code maxAddresses} records, the least recently failed dropped
 * first, and records an hour past their wait are forgotten. The clock is injected so tests can move
 * time. Thread safe.
 */
public final class FailureBackoff {

  private static final Duration FORGET_AFTER = Duration.ofHours(1);

  private final Clock clock;
  private final Duration base;
  private final Duration maximum;
  private final int maxAddresses;
  private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true);

  /** One second doubling to five minutes, for at most 4096 addresses. */
  public FailureBackoff(Clock clock) {
    this(clock, Duration.ofSeconds(1), Duration.ofMinutes(5), 4096);
  }

  public FailureBackoff(Clock clock, Duration base, Duration maximum, int maxAddresses) {
    this.clock = clock;
    this.base = base;
    this.maximum = maximum;
    this.maxAddresses = maxAddresses;
  }

  /** How long {@code address} must still wait; zero if it may try now. */
  public synchronized Duration remainingDelay(String address) {
    Failures record = failures.get(address);
    if (record == null) {
      return Duration.ZERO;
    }
    Duration remaining = Duration.between(clock.instant(), record.allowedFrom);
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  public synchronized void recordFailure(String address) {
    Instant now = clock.instant();
    forgetExpired(now);
    Failures previous = failures.get(address);
    int count = previous == null ? 1 : previous.count + 1;
    Duration delay = base.multipliedBy(1L << Math.min(count - 1, 30));
    if (delay.compareTo(maximum) > 0) {
      delay = maximum;
    }
    failures.put(address, new Failures(count, now.plus(delay)));
    while (failures.size() > maxAddresses) {
      Iterator<String> eldest = failures.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  public synchronized void recordSuccess(String address) {
    failures.remove(address);
  }

  /** How many addresses are currently remembered (for tests of the memory bound). */
  synchronized int trackedAddresses() {
    return failures.size();
  }

  private void forgetExpired(Instant now) {
    Instant cutoff = now.minus(FORGET_AFTER);
    failures.entrySet().removeIf(entry -> entry.getValue().allowedFrom.isBefore(cutoff));
  }

  private record Failures(int count, Instant allowedFrom) {}
}
