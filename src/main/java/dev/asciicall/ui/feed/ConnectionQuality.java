package dev.asciicall.ui.feed;

/**
 * How good a participant's connection looks, shown as bars on their tile. Decided from the round
 * trip time and the share of frames lost; {@link #UNKNOWN} until the first measurement.
 */
public enum ConnectionQuality {
  GOOD(3),
  FAIR(2),
  POOR(1),
  UNKNOWN(0);

  /** Round trips up to this are good for a conversation. */
  static final double GOOD_ROUND_TRIP_MILLIS = 150;

  /** Beyond this the delay is noticeable in conversation. */
  static final double FAIR_ROUND_TRIP_MILLIS = 400;

  private final int bars;

  ConnectionQuality(int bars) {
    this.bars = bars;
  }

  /** How many of the three bars are lit. */
  public int bars() {
    return bars;
  }

  /**
   * The quality for a measured round trip and loss.
   *
   * @param roundTripMillis median ping round trip; negative or NaN when not measured yet
   * @param lossPercent frames or packets lost, 0 to 100
   */
  public static ConnectionQuality of(double roundTripMillis, double lossPercent) {
    if (!(roundTripMillis >= 0)) {
      return UNKNOWN;
    }
    if (roundTripMillis <= GOOD_ROUND_TRIP_MILLIS && lossPercent < 1) {
      return GOOD;
    }
    if (roundTripMillis <= FAIR_ROUND_TRIP_MILLIS && lossPercent < 5) {
      return FAIR;
    }
    return POOR;
  }
}
