package dev.asciicall.call;

import dev.asciicall.net.CallClock;

/** Conversions between {@link CallClock} microseconds and {@link System#nanoTime()}. */
final class CallTime {

  private static final long NANO_TIME_ZERO_MICROS = CallClock.fromNanoTime(0);

  private CallTime() {}

  /** The {@link System#nanoTime()} reading at {@code callClockMicros} (to the microsecond). */
  static long toNanoTime(long callClockMicros) {
    return (callClockMicros - NANO_TIME_ZERO_MICROS) * 1000;
  }
}
