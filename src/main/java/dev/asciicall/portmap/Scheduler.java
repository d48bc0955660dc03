package dev.asciicall.portmap;

import dev.asciicall.common.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * When to renew a lease: a clock and a timer. Passed in so tests move time by hand instead of
 * waiting half an hour for a renewal.
 */
public interface Scheduler {

  Instant now();

  /** Runs {@code task} once after {@code delay}; closing the subscription cancels it. */
  Subscription schedule(Runnable task, Duration delay);

  /** Real time on {@code timer} (its thread only starts tasks; keep them short). */
  static Scheduler of(ScheduledExecutorService timer, Clock clock) {
    return new Scheduler() {
      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public Subscription schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
      }
    };
  }
}
