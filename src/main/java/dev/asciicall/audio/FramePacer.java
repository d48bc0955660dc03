package dev.asciicall.audio;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Keeps a loop at one iteration per 20 ms for sources and sinks that have no device clock of their
 * own (tone, file, no speakers). Deadlines are absolute, so sleep overshoot does not accumulate;
 * after a stall of more than 100 ms the schedule restarts from now instead of bursting to catch up.
 * Used by one thread only.
 */
final class FramePacer {

  private static final long RESYNC_AFTER_NANOS = 5 * AudioFormats.FRAME_NANOS;

  private final LongSupplier clock;
  private long deadline = Long.MIN_VALUE;

  FramePacer(LongSupplier clock) {
    this.clock = clock;
  }

  /** Sleeps until the next frame is due. Returns early, with the interrupt flag set, if asked. */
  void awaitNextFrame() {
    long now = clock.getAsLong();
    if (deadline == Long.MIN_VALUE || now - deadline > RESYNC_AFTER_NANOS) {
      deadline = now;
    }
    deadline += AudioFormats.FRAME_NANOS;
    long remaining;
    while ((remaining = deadline - clock.getAsLong()) > 0
        && !Thread.currentThread().isInterrupted()) {
      LockSupport.parkNanos(remaining);
    }
  }

  /** Forgets the schedule, e.g. after a device-clocked sink went away. */
  void reset() {
    deadline = Long.MIN_VALUE;
  }
}
