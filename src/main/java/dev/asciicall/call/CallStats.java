package dev.asciicall.call;

import java.util.List;
import java.util.Locale;

/**
 * Live figures of the call for the status bar, measured over the last two seconds.
 *
 * @param roundTripMillis to the host, or -1 when hosting or before the first measurement
 */
public record CallStats(
    double sentFramesPerSecond,
    double sentKilobitsPerSecond,
    double roundTripMillis,
    List<PeerStats> peers) {

  public static final CallStats NONE = new CallStats(0, 0, -1, List.of());

  public CallStats {
    peers = List.copyOf(peers);
  }

  /**
   * What one sender's video looks like from here, and the connection it comes over.
   *
   * @param roundTripMillis of the connection that carries their media to us (see {@link
   *     ConnectionFigures}); -1 when not measured yet
   * @param lossPercent pings recently unanswered on that connection, 0 to 100
   */
  public record PeerStats(
      int id,
      String name,
      double framesPerSecond,
      double kilobitsPerSecond,
      double roundTripMillis,
      double lossPercent) {

    /** Video figures only, the connection not measured. */
    public PeerStats(int id, String name, double framesPerSecond, double kilobitsPerSecond) {
      this(id, name, framesPerSecond, kilobitsPerSecond, -1, 0);
    }
  }

  public double receivedFramesPerSecond() {
    return peers.stream().mapToDouble(PeerStats::framesPerSecond).sum();
  }

  public double receivedKilobitsPerSecond() {
    return peers.stream().mapToDouble(PeerStats::kilobitsPerSecond).sum();
  }

  /** One line for the status bar, e.g. {@code sent 30 fps · 142 kbit/s · received 29 fps ...}. */
  public String summary() {
    String roundTrip =
        roundTripMillis < 0 ? "" : String.format(Locale.ROOT, " · RTT %.0f ms", roundTripMillis);
    return String.format(
            Locale.ROOT,
            "sent %.0f fps %.0f kbit/s · received %.0f fps %.0f kbit/s",
            sentFramesPerSecond,
            sentKilobitsPerSecond,
            receivedFramesPerSecond(),
            receivedKilobitsPerSecond())
        + roundTrip;
  }
}
