package dev.asciicall.testing;

import dev.asciicall.common.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A single-thread scheduler whose clock the test moves ({@link #advance}): tasks handed to {@link
 * #execute} run at once, in order, on one real thread, as on the scheduler it stands in for; timers
 * (a 5 s deadline, a once-a-second flush) fire on that thread only when the test moves the clock
 * past them, never after real waiting.
 */
public final class ManualScheduler extends AbstractExecutorService
    implements ScheduledExecutorService {

  private final ExecutorService thread;
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  // Guarded by timers.
  private long nowNanos;
  private long made;

  /** Runs on a thread named {@code stage-1}. */
  public ManualScheduler(String stage) {
    thread = Threads.single(stage);
  }

  /**
   * Moves the clock by {@code step}: every timer due by then runs, in time order, and this returns
   * once they all have.
   */
  public void advance(Duration step) throws InterruptedException, ExecutionException {
    long target;
    synchronized (timers) {
      target = nowNanos + step.toNanos();
    }
    while (true) {
      Timer due;
      synchronized (timers) {
        due = timers.peek();
        if (due == null || due.atNanos > target) {
          nowNanos = target;
          return;
        }
        timers.poll();
        nowNanos = due.atNanos;
      }
      thread.submit(due::fire).get();
    }
  }

  /**
   * Waits until at least {@code count} timers are set (e.g. a deadline the code under test set).
   */
  public void awaitTimers(int count, Duration limit) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (timers) {
      while (timers.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException(timers.size() + " timers set, waited for " + count);
        }
        TimeUnit.NANOSECONDS.timedWait(timers, left);
      }
    }
  }

  @Override
  public void execute(Runnable command) {
    thread.execute(command);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return add(new Timer(Executors.callable(command), unit.toNanos(delay), 0));
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return add(new Timer(callable, unit.toNanos(delay), 0));
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    return scheduleWithFixedDelay(command, initialDelay, period, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable command, long initialDelay, long delay, TimeUnit unit) {
    return add(
        new Timer(Executors.callable(command), unit.toNanos(initialDelay), unit.toNanos(delay)));
  }

  @Override
  public void shutdown() {
    clearTimers();
    thread.shutdown();
  }

  @Override
  public List<Runnable> shutdownNow() {
    List<Runnable> left = new ArrayList<>(clearTimers());
    left.addAll(thread.shutdownNow());
    return left;
  }

  @Override
  public boolean isShutdown() {
    return thread.isShutdown();
  }

  @Override
  public boolean isTerminated() {
    return thread.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return thread.awaitTermination(timeout, unit);
  }

  @SuppressWarnings("unchecked")
  private <V> ScheduledFuture<V> add(Timer timer) {
    if (thread.isShutdown()) {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    }
    synchronized (timers) {
      timers.add(timer);
      timers.notifyAll();
    }
    return (ScheduledFuture<V>) timer;
  }

  private List<Timer> clearTimers() {
    synchronized (timers) {
      List<Timer> left = new ArrayList<>(timers);
      timers.clear();
      return left;
    }
  }

  /** A task due at a time on our clock; periodic ones are set again after each run. */
  private final class Timer extends FutureTask<Object> implements ScheduledFuture<Object> {
    private final long periodNanos;
    private final long order;
    private long atNanos;

    @SuppressWarnings("unchecked")
    Timer(Callable<?> task, long delayNanos, long periodNanos) {
      super((Callable<Object>) task);
      this.periodNanos = periodNanos;
      synchronized (timers) {
        this.atNanos = nowNanos + delayNanos;
        this.order = made++;
      }
    }

    /** On the scheduler's thread. */
    void fire() {
      if (periodNanos == 0) {
        run();
      } else if (runAndReset()) {
        synchronized (timers) {
          atNanos = nowNanos + periodNanos;
          timers.add(this);
        }
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      synchronized (timers) {
        return unit.convert(atNanos - nowNanos, TimeUnit.NANOSECONDS);
      }
    }

    @Override
    public int compareTo(Delayed other) {
      Timer that = (Timer) other;
      int byTime = Long.compare(atNanos, that.atNanos);
      return byTime != 0 ? byTime : Long.compare(order, that.order);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      synchronized (timers) {
        timers.remove(this);
      }
      return super.cancel(mayInterruptIfRunning);
    }
  }
}
