package dev.asciicall.net;

/**
 * Round-trip time and clock offset to the host from ping/pong. The sample with the shortest round
 * trip among recent ones is kept, since its midpoint assumption is the most accurate. Written on
 * the network thread, read from any.
 */
public final class ClockEstimate {

  private static final int WINDOW = 8;

  private final long[] roundTrips = new long[WINDOW];
  private final long[] offsets = new long[WINDOW];
  private int count;
  private volatile long bestOffsetMicros;
  private volatile long lastRoundTripMicros = -1;

  synchronized void sample(long sentMicros, long hostMicros, long receivedMicros) {
    long roundTrip = receivedMicros - sentMicros;
    if (roundTrip < 0) {
      return;
    }
    int slot = count++ % WINDOW;
    roundTrips[slot] = roundTrip;
    offsets[slot] = hostMicros - (sentMicros + receivedMicros) / 2;
    int best = 0;
    for (int i = 1; i < Math.min(count, WINDOW); i++) {
      if (roundTrips[i] < roundTrips[best]) {
        best = i;
      }
    }
    bestOffsetMicros = offsets[best];
    lastRoundTripMicros = roundTrip;
  }

  /** Host clock minus our clock, in microseconds (0 until the first pong). */
  public long offsetMicros() {
    return bestOffsetMicros;
  }

  /** The latest round trip in microseconds, or -1 before the first pong. */
  public long roundTripMicros() {
    return lastRoundTripMicros;
  }
}
