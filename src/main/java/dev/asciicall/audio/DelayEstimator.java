package dev.asciicall.audio;

/**
 * Measures how much one sender's packets jitter on the way here and turns it into a jitter buffer
 * target between 40 and 120 ms.
 *
 * <p>Each arrival gives a relative delay: arrival time minus the time the sequence number says the
 * frame was made. Clock offsets between the machines cancel out; what remains is the spread between
 * the fastest and the slowest packet over the last five seconds. The target covers that spread plus
 * one frame. Slow clock drift moves all delays alike and barely changes the spread. Not
 * thread-safe: guarded by the owning {@link JitterBuffer}.
 */
final class DelayEstimator {

  private static final int WINDOW = 250;

  private final long minimumNanos;
  private final long maximumNanos;
  private final long[] delays = new long[WINDOW];
  private int count;
  private int next;

  DelayEstimator(int minimumMillis, int maximumMillis) {
    this.minimumNanos = minimumMillis * 1_000_000L;
    this.maximumNanos = maximumMillis * 1_000_000L;
  }

  void record(int sequence, long arrivalNanos) {
    delays[next] = arrivalNanos - sequence * AudioFormats.FRAME_NANOS;
    next = (next + 1) % WINDOW;
    count = Math.min(count + 1, WINDOW);
  }

  void reset() {
    count = 0;
    next = 0;
  }

  /** The delay the buffer should hold, a whole number of frames. */
  int targetFrames() {
    long spread = 0;
    if (count > 1) {
      long lowest = Long.MAX_VALUE;
      long highest = Long.MIN_VALUE;
      for (int i = 0; i < count; i++) {
        lowest = Math.min(lowest, delays[i]);
        highest = Math.max(highest, delays[i]);
      }
      spread = highest - lowest;
    }
    long wanted = Math.max(minimumNanos, Math.min(maximumNanos, spread + AudioFormats.FRAME_NANOS));
    return (int) ((wanted + AudioFormats.FRAME_NANOS - 1) / AudioFormats.FRAME_NANOS);
  }
}
