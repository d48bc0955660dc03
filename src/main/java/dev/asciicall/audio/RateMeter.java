package dev.asciicall.audio;

import java.util.ArrayDeque;

/**
 * Bit rate over the last 5 seconds. Fed from the capture thread, read from any thread; synchronized
 * because both sides are cheap (at most 250 entries at 50 packets per second).
 */
final class RateMeter {

  private static final long WINDOW_NANOS = 5_000_000_000L;

  private record Entry(long nanos, int bytes) {}

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private long bytesInWindow;
  private long firstNanos = Long.MIN_VALUE;

  synchronized void record(int byteCount, long nowNanos) {
    if (firstNanos == Long.MIN_VALUE) {
      firstNanos = nowNanos;
    }
    entries.addLast(new Entry(nowNanos, byteCount));
    bytesInWindow += byteCount;
    expire(nowNanos);
  }

  /** kbit/s over the window ending at {@code nowNanos}; 0 before anything was sent. */
  synchronized double kilobitsPerSecond(long nowNanos) {
    expire(nowNanos);
    if (entries.isEmpty()) {
      return 0;
    }
    // Each packet stands for one frame of time, so n packets cover n frames, not n - 1 gaps.
    long covered = Math.min(WINDOW_NANOS, nowNanos - firstNanos + AudioFormats.FRAME_NANOS);
    return bytesInWindow * 8 / 1000.0 / (covered / 1e9);
  }

  private void expire(long nowNanos) {
    while (!entries.isEmpty() && nowNanos - entries.peekFirst().nanos() >= WINDOW_NANOS) {
      bytesInWindow -= entries.removeFirst().bytes();
    }
  }
}
