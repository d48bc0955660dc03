package dev.asciicall.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A latest-value hand-off between threads: one slot in which a newer value replaces one not yet
 * taken (counted as {@link #replaced()}), so a producer never waits for a slow consumer and nothing
 * queues up. The house's one way to pass video frames and meter levels between stages.
 *
 * <p>Two ways to drain it:
 *
 * <ul>
 *   <li>{@link #LatestSlot() polled}: the consumer calls {@link #take()} at its own pace, e.g. once
 *       per animation pulse or terminal refresh.
 *   <li>{@link #deliveringTo delivering}: each offer makes sure one task is pending on the
 *       consumer's executor, which hands the newest value over; at most one task is ever pending,
 *       and each task delivers one value, so a shared executor is never hogged.
 * </ul>
 *
 * <p>Thread-safe: {@link #offer} and {@link #take} may be called from any thread.
 */
public final class LatestSlot<T> {

  private static final Logger LOG = LoggerFactory.getLogger(LatestSlot.class);

  private final AtomicReference<T> value = new AtomicReference<>();
  private final Consumer<? super T> consumer;
  private final Executor executor;
  private final AtomicBoolean deliveryPending = new AtomicBoolean();
  private final AtomicLong replaced = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private volatile boolean closed;

  /** A slot its consumer drains with {@link #take()}. */
  public LatestSlot() {
    this(null, null);
  }

  private LatestSlot(Consumer<? super T> consumer, Executor executor) {
    this.consumer = consumer;
    this.executor = executor;
  }

  /**
   * A slot that hands each newest value to {@code consumer} on {@code executor}. A consumer that
   * throws is logged and the hand-off goes on; an executor that refuses (it is shutting down) drops
   * the value.
   */
  public static <T> LatestSlot<T> deliveringTo(Consumer<? super T> consumer, Executor executor) {
    return new LatestSlot<>(Objects.requireNonNull(consumer), Objects.requireNonNull(executor));
  }

  /** Puts the newest value in the slot, replacing one not yet taken. Any thread; never blocks. */
  public void offer(T newest) {
    Objects.requireNonNull(newest);
    if (closed) {
      return;
    }
    if (value.getAndSet(newest) != null) {
      replaced.incrementAndGet();
    }
    if (consumer != null) {
      scheduleDelivery();
    }
  }

  /** The newest value not taken yet, now taken; null when none came since the last take. */
  public T take() {
    return value.getAndSet(null);
  }

  /** Values that were replaced before anyone took them (dropped for a slow consumer). */
  public long replaced() {
    return replaced.get();
  }

  /** Values handed to the consumer of a {@linkplain #deliveringTo delivering} slot. */
  public long delivered() {
    return delivered.get();
  }

  /** Drops what is in the slot; later offers are ignored. Any thread. */
  public void close() {
    closed = true;
    value.set(null);
  }

  private void scheduleDelivery() {
    if (!deliveryPending.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::deliver);
    } catch (RejectedExecutionException e) {
      deliveryPending.set(false);
      value.set(null);
      LOG.debug("The consumer's executor refused a hand-off; it is shutting down", e);
    }
  }

  /** On the consumer's executor: one value per task. */
  private void deliver() {
    T newest = value.getAndSet(null);
    try {
      if (newest != null && !closed) {
        consumer.accept(newest);
        delivered.incrementAndGet();
      }
    } catch (RuntimeException e) {
      LOG.warn("A latest-value consumer failed; the hand-off goes on", e);
    } finally {
      deliveryPending.set(false);
    }
    if (value.get() != null && !closed) {
      scheduleDelivery();
    }
  }
}
