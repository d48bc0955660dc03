package dev.asciicall.portmap;

import dev.asciicall.common.Subscription;
import dev.asciicall.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A scheduler on a hand-moved clock: tasks run on the test's thread when the test moves time. */
final class ManualScheduler implements Scheduler {

  private final MovableClock clock = new MovableClock();
  private final List<Task> tasks = new ArrayList<>();

  private record Task(Instant due, Runnable runnable) {}

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public synchronized Subscription schedule(Runnable task, Duration delay) {
    Task scheduled = new Task(clock.instant().plus(delay), task);
    tasks.add(scheduled);
    return () -> {
      synchronized (this) {
        tasks.remove(scheduled);
      }
    };
  }

  /** Moves the clock and runs every task that has come due, in order. */
  void advance(Duration duration) {
    clock.advance(duration);
    while (true) {
      Task next;
      synchronized (this) {
        next =
            tasks.stream()
                .filter(task -> !task.due().isAfter(clock.instant()))
                .min((a, b) -> a.due().compareTo(b.due()))
                .orElse(null);
        if (next == null) {
          return;
        }
        tasks.remove(next);
      }
      next.runnable().run();
    }
  }

  /** How long until the next task is due, if any. */
  synchronized Duration untilNext() {
    return tasks.stream()
        .map(task -> Duration.between(clock.instant(), task.due()))
        .min(Duration::compareTo)
        .orElseThrow(() -> new AssertionError("nothing is scheduled"));
  }

  synchronized int pending() {
    return tasks.size();
  }
}
