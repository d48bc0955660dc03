package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Threads;
import dev.asciicall.testing.UnitTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@UnitTest
class RefreshLoopTest {

  private final DelayRecordingExecutor executor = new DelayRecordingExecutor();

  @AfterEach
  void stopExecutor() {
    Threads.shutdown(executor, 1000);
  }

  @Test
  void aSlowTerminalDropsFramesInsteadOfQueueingThem() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          AtomicInteger latest = new AtomicInteger();
          List<Integer> drawn = new CopyOnWriteArrayList<>();
          CountDownLatch writing = new CountDownLatch(1);
          CountDownLatch terminalCatchesUp = new CountDownLatch(1);
          RefreshLoop loop =
              new RefreshLoop(
                  executor,
                  () -> {
                    drawn.add(latest.get());
                    writing.countDown();
                    await(terminalCatchesUp); // the first write blocks, as on a slow SSH link
                  },
                  Duration.ZERO,
                  System::nanoTime,
                  e -> {});

          loop.request();
          writing.await();
          for (int frame = 1; frame <= 1000; frame++) {
            latest.set(frame);
            loop.request();
          }
          terminalCatchesUp.countDown();
          // Anything still due was scheduled before this marker, with no delay.
          executor.submit(() -> {}).get();
          executor.submit(() -> {}).get();

          assertThat(drawn).containsExactly(0, 1000);
        });
  }

  @Test
  void refreshesAreSpacedByTheMinimumInterval() throws Exception {
    AtomicLong clock = new AtomicLong(1_000_000_000L);
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(2);
    RefreshLoop loop =
        new RefreshLoop(
            executor,
            () -> {
              first.countDown();
              second.countDown();
            },
            Duration.ofMillis(16),
            clock::get,
            e -> {});

    loop.request();
    first.await();
    clock.addAndGet(Duration.ofMillis(5).toNanos());
    loop.request();
    second.await();

    // The first at once; the second waits out what is left of the 16 ms since the first began.
    assertThat(executor.delaysNanos).containsExactly(0L, Duration.ofMillis(11).toNanos());
  }

  @Test
  void aFailingRefreshIsReportedAndStopsTheLoop() throws Exception {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicInteger refreshes = new AtomicInteger();
    RefreshLoop loop =
        new RefreshLoop(
            executor,
            () -> {
              refreshes.incrementAndGet();
              throw new IllegalStateException("broken pipe");
            },
            Duration.ZERO,
            System::nanoTime,
            failure::set);

    loop.request();
    executor.submit(() -> {}).get();
    loop.request();
    executor.submit(() -> {}).get();

    assertThat(failure.get()).hasMessage("broken pipe");
    assertThat(refreshes.get()).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A one-thread scheduler that writes down the delay of each scheduled refresh. */
  private static final class DelayRecordingExecutor extends ScheduledThreadPoolExecutor {
    final List<Long> delaysNanos = new CopyOnWriteArrayList<>();

    DelayRecordingExecutor() {
      super(1, Threads.named("test-render"));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      delaysNanos.add(unit.toNanos(delay));
      return super.schedule(command, delay, unit);
    }

    /** Markers a test waits for go straight to the queue, unrecorded. */
    @Override
    public java.util.concurrent.Future<?> submit(Runnable task) {
      return super.schedule(task, 0, TimeUnit.NANOSECONDS);
    }
  }
}
