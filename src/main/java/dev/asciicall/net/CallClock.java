package dev.asciicall.net;

/**
 * Microseconds on a monotonic clock aligned to wall time once at start-up, so timestamps from
 * different machines are comparable after the ping/pong offset is applied and never jump.
 */
public final class CallClock {

  private static final long START_NANOS = System.nanoTime();
  private static final long START_EPOCH_MICROS = System.currentTimeMillis() * 1000;

  private CallClock() {}

  /** Now, in microseconds since the epoch (monotonic within this process). */
  public static long nowMicros() {
    return START_EPOCH_MICROS + (System.nanoTime() - START_NANOS) / 1000;
  }

  /** Converts a {@link System#nanoTime()} reading into this clock. */
  public static long fromNanoTime(long nanoTime) {
    return START_EPOCH_MICROS + (nanoTime - START_NANOS) / 1000;
  }
}
