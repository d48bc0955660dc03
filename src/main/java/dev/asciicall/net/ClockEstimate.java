package dev.asciicall.net;

/**
 * Round-trip time, clock offset and unanswered pings on one connection, from ping/pong: a joiner
 * measures its connection to the host, the host each participant's connection to it. The sample
 * with the shortest round trip among recent ones is kept for the offset, since its midpoint
 * assumption is the most accurate. Written on the network thread, read from any.
 */
public final class ClockEstimate {

  private static final int WINDOW = 8;

  /** Loss is counted over this many recent pings (one a second: the last ten seconds or so). */
  private static final int PINGS = 10;

  /** A ping not answered within this long counts as lost. */
  static final long ANSWER_WITHIN_MICROS = 3_000_000;

  private final long[] roundTrips = new long[WINDOW];
  private final long[] offsets = new long[WINDOW];
  private int count;
  private volatile long bestOffsetMicros;
  private volatile long lastRoundTripMicros = -1;
  // Guarded by this: when each recent ping went out, and whether its pong came back.
  private final long[] pingsSent = new long[PINGS];
  private final boolean[] pingsAnswered = new boolean[PINGS];
  private int pings;

  /** A ping stamped {@code sentMicros} ({@link CallClock}) went out; its pong is expected. */
  synchronized void sent(long sentMicros) {
    int slot = pings++ % PINGS;
    pingsSent[slot] = sentMicros;
    pingsAnswered[slot] = false;
  }

  synchronized void sample(long sentMicros, long hostMicros, long receivedMicros) {
    long roundTrip = receivedMicros - sentMicros;
    if (roundTrip < 0) {
      return;
    }
    for (int i = 0; i < Math.min(pings, PINGS); i++) {
      if (pingsSent[i] == sentMicros) {
        pingsAnswered[i] = true;
      }
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

  /**
   * The share of recent pings that got no pong within {@value #ANSWER_WITHIN_MICROS} µs, 0 to 100;
   * 0 before any ping was decided either way.
   */
  public double lossPercent() {
    return lossPercent(CallClock.nowMicros());
  }

  synchronized double lossPercent(long nowMicros) {
    int decided = 0;
    int lost = 0;
    for (int i = 0; i < Math.min(pings, PINGS); i++) {
      if (pingsAnswered[i]) {
        decided++;
      } else if (nowMicros - pingsSent[i] >= ANSWER_WITHIN_MICROS) {
        decided++;
        lost++;
      }
    }
    return decided == 0 ? 0 : 100.0 * lost / decided;
  }
}
