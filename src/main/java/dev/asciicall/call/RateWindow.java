package dev.asciicall.call;

import java.util.ArrayDeque;

/**
 * Frames and bytes per second over the last two seconds, for the status bar. Written on the media
 * thread that sends or receives, read about once a second by the window (synchronized: at 30 fps a
 * lock per frame costs nothing).
 */
final class RateWindow {

  static final long WINDOW_NANOS = 2_000_000_000L;

  private record Sample(long nanos, int bytes) {}

  private final ArrayDeque<Sample> samples = new ArrayDeque<>();
  private long bytesInWindow;

  synchronized void record(int bytes, long nowNanos) {
    samples.addLast(new Sample(nowNanos, bytes));
    bytesInWindow += bytes;
    prune(nowNanos);
  }

  /** Frames per second and kilobits per second over the window ending at {@code nowNanos}. */
  synchronized Rate rate(long nowNanos) {
    prune(nowNanos);
    double seconds = WINDOW_NANOS / 1e9;
    return new Rate(samples.size() / seconds, bytesInWindow * 8 / 1000.0 / seconds);
  }

  private void prune(long nowNanos) {
    while (!samples.isEmpty() && nowNanos - samples.peekFirst().nanos() > WINDOW_NANOS) {
      bytesInWindow -= samples.removeFirst().bytes();
    }
  }

  /** A measured rate. */
  record Rate(double framesPerSecond, double kilobitsPerSecond) {}
}
