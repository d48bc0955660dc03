package dev.asciicall.terminal;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Latest screen wins: any number of {@link #request()}s (a frame arrived, a key, a resize) make one
 * refresh on the render executor, which draws whatever is newest when it runs. While a refresh is
 * writing to a slow terminal (a slow SSH link blocks the write) requests only mark that one more
 * refresh is due, so frames are dropped, never queued: the terminal sets the pace. A minimum
 * interval caps refreshes (60 a second by default) so several tiles changing at once share one.
 *
 * <p>Threads: {@link #request()} from any thread; the refresh runs on the executor, which must run
 * one task at a time ({@code Threads.scheduled("terminal-render")}).
 */
public final class RefreshLoop {

  public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofNanos(1_000_000_000L / 60);

  private final ScheduledExecutorService executor;
  private final Runnable refresh;
  private final Consumer<RuntimeException> failed;
  private final long minIntervalNanos;
  private final LongSupplier nanoClock;
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile long lastStartNanos;
  private volatile boolean stopped;

  /**
   * @param refresh draws and writes one screen
   * @param failed told (on the render thread) when a refresh throws; refreshing stops
   */
  public RefreshLoop(
      ScheduledExecutorService executor,
      Runnable refresh,
      Duration minInterval,
      LongSupplier nanoClock,
      Consumer<RuntimeException> failed) {
    this.executor = executor;
    this.refresh = refresh;
    this.failed = failed;
    this.minIntervalNanos = minInterval.toNanos();
    this.nanoClock = nanoClock;
    this.lastStartNanos = nanoClock.getAsLong() - minIntervalNanos;
  }

  /** Asks for a refresh; returns at once. */
  public void request() {
    if (stopped || !pending.compareAndSet(false, true)) {
      return;
    }
    long wait = lastStartNanos + minIntervalNanos - nanoClock.getAsLong();
    try {
      executor.schedule(this::run, Math.max(0, wait), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shutDown) {
      pending.set(false);
    }
  }

  /** No refresh starts after this; one already running finishes. */
  public void stop() {
    stopped = true;
  }

  private void run() {
    // Cleared before drawing: a request during the write schedules exactly one more refresh.
    pending.set(false);
    if (stopped) {
      return;
    }
    lastStartNanos = nanoClock.getAsLong();
    try {
      refresh.run();
    } catch (RuntimeException e) {
      stopped = true;
      failed.accept(e);
    }
  }
}
