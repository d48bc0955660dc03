package dev.asciicall.ui.common;

import dev.asciicall.common.LatestSlot;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the window's adapters reach the FX thread (Bisq 2's {@code UIThread}): services run
 * on their own threads and tell listeners there; every adapter hops through here before it touches
 * a view model or a node. Rare events (a join, a status change) hop once each with {@link
 * #runLater}; values that come often (levels, frames) go through a {@link #latest} slot, so the FX
 * queue never fills with stale ones.
 */
public final class UiThread {

  // Timers for the window (once-a-second figures, notices going away). Not a Timeline: a running
  // JavaFX animation asks for a pulse every 1/60 s for as long as it runs, so an indefinite one
  // keeps an idle window busy redoing CSS and layout for nothing.
  private static final ScheduledExecutorService TIMER = Threads.scheduled("ui-timer");

  private UiThread() {}

  /**
   * Runs {@code task} on the FX thread after {@code delay}, unless the returned subscription is
   * closed first. Any thread.
   */
  public static Subscription after(Duration delay, Runnable task) {
    ScheduledFuture<?> timer =
        TIMER.schedule(() -> runLater(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    return () -> timer.cancel(false);
  }

  /**
   * Runs {@code task} on the FX thread every {@code period} (the first time after one period) until
   * the returned subscription is closed. A busy FX thread gets no backlog: a run is skipped while
   * the previous one still waits its turn. Any thread.
   */
  public static Subscription every(Duration period, Runnable task) {
    long millis = period.toMillis();
    AtomicBoolean waiting = new AtomicBoolean();
    ScheduledFuture<?> timer =
        TIMER.scheduleWithFixedDelay(
            () -> {
              if (waiting.compareAndSet(false, true)) {
                runLater(
                    () -> {
                      waiting.set(false);
                      task.run();
                    });
              }
            },
            millis,
            millis,
            TimeUnit.MILLISECONDS);
    return () -> timer.cancel(false);
  }

  /** Runs {@code task} on the FX thread after the events already queued. Any thread. */
  public static void runLater(Runnable task) {
    Platform.runLater(task);
  }

  /** Runs {@code task} on the FX thread: at once when called there, otherwise later. */
  public static void run(Runnable task) {
    if (Platform.isFxApplicationThread()) {
      task.run();
    } else {
      Platform.runLater(task);
    }
  }

  /** The same outcome as {@code future}, completed on the FX thread. */
  public static <T> CompletableFuture<T> onFx(CompletableFuture<T> future) {
    return future.whenCompleteAsync((result, failure) -> {}, UiThread::runLater);
  }

  /**
   * A slot whose newest value {@code show} gets on the FX thread; however fast values are offered
   * (from any thread), at most one hand-off is pending.
   */
  public static <T> LatestSlot<T> latest(Consumer<? super T> show) {
    return LatestSlot.deliveringTo(show, UiThread::runLater);
  }
}
