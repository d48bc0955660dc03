package dev.asciicall.capture;

/** Counts frames over the last second; written by the capture thread, read from any thread. */
final class FrameRateMeter {

  private static final long WINDOW_NANOS = 1_000_000_000L;
  private final long[] times = new long[512];
  private int next;
  private int count;

  synchronized void record(long nanos) {
    times[next] = nanos;
    next = (next + 1) % times.length;
    count = Math.min(count + 1, times.length);
  }

  synchronized double framesPerSecond(long nowNanos) {
    int inWindow = 0;
    for (int i = 1; i <= count; i++) {
      long time = times[(next - i + times.length) % times.length];
      if (nowNanos - time > WINDOW_NANOS) {
        break;
      }
      inWindow++;
    }
    return inWindow;
  }

  synchronized void reset() {
    count = 0;
  }
}
