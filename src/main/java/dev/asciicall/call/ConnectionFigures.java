package dev.asciicall.call;

import dev.asciicall.net.ClockEstimate;

/**
 * How a connection is doing, from once-a-second ping/pong.
 *
 * @param roundTripMillis the latest round trip; -1 before the first answer
 * @param lossPercent pings recently left unanswered (within 3 s), 0 to 100
 */
public record ConnectionFigures(double roundTripMillis, double lossPercent) {

  public static final ConnectionFigures NOT_MEASURED = new ConnectionFigures(-1, 0);

  /** The figures of a measured connection; {@link #NOT_MEASURED} for null or before an answer. */
  static ConnectionFigures of(ClockEstimate estimate) {
    if (estimate == null || estimate.roundTripMicros() < 0) {
      return NOT_MEASURED;
    }
    return new ConnectionFigures(estimate.roundTripMicros() / 1000.0, estimate.lossPercent());
  }
}
