package dev.asciicall.capture;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-off to one sink: a single slot where the newest frame replaces an untaken one (counted
 * as dropped), and at most one pending delivery task on the sink's executor. The capture thread
 * calls {@link #offer} and never waits for the sink.
 */
final class LatestFrameSlot {

  private static final Logger LOG = LoggerFactory.getLogger(LatestFrameSlot.class);

  private final FrameSink sink;
  private final Executor executor;
  private final AtomicReference<VideoFrame> slot = new AtomicReference<>();
  private final AtomicBoolean deliveryPending = new AtomicBoolean();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private volatile boolean closed;

  LatestFrameSlot(FrameSink sink, Executor executor) {
    this.sink = sink;
    this.executor = executor;
  }

  /** Called on the capture thread. */
  void offer(VideoFrame frame) {
    if (closed) {
      return;
    }
    if (slot.getAndSet(frame) != null) {
      dropped.incrementAndGet();
    }
    scheduleDelivery();
  }

  private void scheduleDelivery() {
    if (!deliveryPending.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::deliver);
    } catch (RejectedExecutionException e) {
      deliveryPending.set(false);
      LOG.debug("Sink executor refused a frame; it is shutting down", e);
    }
  }

  /** Runs on the sink's executor: one frame per task, so a shared executor is never hogged. */
  private void deliver() {
    VideoFrame frame = slot.getAndSet(null);
    try {
      if (frame != null && !closed) {
        sink.accept(frame);
        delivered.incrementAndGet();
      }
    } catch (RuntimeException e) {
      LOG.warn("A frame sink failed; capture goes on", e);
    } finally {
      deliveryPending.set(false);
    }
    if (slot.get() != null && !closed) {
      scheduleDelivery();
    }
  }

  void close() {
    closed = true;
    slot.set(null);
  }

  long dropped() {
    return dropped.get();
  }

  long delivered() {
    return delivered.get();
  }
}
