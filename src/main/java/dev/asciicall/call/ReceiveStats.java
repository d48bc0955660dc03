package dev.asciicall.call;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one participant received from one sender while both were in the call: frames, sizes, one-way
 * latency samples, and the longest time without a frame. Frame rate counts over that whole time,
 * from when the sender was first seen in the call (or we joined) to when it left (or now), so a
 * stream that stalls shows it, at the start and the end too. Written on the network thread, read
 * when the call ends (synchronized; cheap at 30 fps). Times in microseconds on one clock.
 */
public final class ReceiveStats {

  private static final int MAX_SAMPLES = 200_000;

  private final String peer;
  private final long sinceMicros;
  private final List<Integer> sizes = new ArrayList<>();
  private final List<Long> latenciesMicros = new ArrayList<>();
  private long frames;
  private long lastMicros;
  private long longestGapMicros;
  private long untilMicros = -1;
  private long decodeErrors;

  /**
   * @param sinceMicros when the sender was first seen in the call (or we joined, if later)
   */
  public ReceiveStats(String peer, long sinceMicros) {
    this.peer = peer;
    this.sinceMicros = sinceMicros;
    this.lastMicros = sinceMicros;
  }

  public synchronized void frame(int bytes, long latencyMicros, long nowMicros) {
    frames++;
    longestGapMicros = Math.max(longestGapMicros, nowMicros - lastMicros);
    lastMicros = nowMicros;
    if (sizes.size() < MAX_SAMPLES) {
      sizes.add(bytes);
      latenciesMicros.add(latencyMicros);
    }
  }

  public synchronized void decodeError() {
    decodeErrors++;
  }

  /** The sender left the call at {@code nowMicros}: its time ends there. */
  public synchronized void left(long nowMicros) {
    if (untilMicros < 0) {
      untilMicros = nowMicros;
    }
  }

  /** Frames per second over the whole time both were in the call, up to {@code nowMicros}. */
  public synchronized double framesPerSecond(long nowMicros) {
    long span = end(nowMicros) - sinceMicros;
    return span > 0 ? frames / (span / 1e6) : 0;
  }

  /** The longest time without a frame, the start and the end of the time together included. */
  public synchronized long longestGapMicros(long nowMicros) {
    return Math.max(longestGapMicros, end(nowMicros) - lastMicros);
  }

  /** One JSON object in the shape {@code join --stats-json} documents, as of {@code nowMicros}. */
  public synchronized String toJson(long nowMicros) {
    List<Integer> sortedSizes = new ArrayList<>(sizes);
    Collections.sort(sortedSizes);
    List<Long> sortedLatency = new ArrayList<>(latenciesMicros);
    Collections.sort(sortedLatency);
    return String.format(
        java.util.Locale.ROOT,
        "{\"peer\":%s,\"frames\":%d,\"fps\":%.2f,\"longest_gap_ms\":%.1f,"
            + "\"frame_bytes_median\":%d,\"latency_ms_p50\":%.3f,\"latency_ms_p95\":%.3f,"
            + "\"decode_errors\":%d}",
        Json.quote(peer),
        frames,
        framesPerSecond(nowMicros),
        longestGapMicros(nowMicros) / 1000.0,
        sortedSizes.isEmpty() ? 0 : sortedSizes.get(sortedSizes.size() / 2),
        percentile(sortedLatency, 0.50) / 1000.0,
        percentile(sortedLatency, 0.95) / 1000.0,
        decodeErrors);
  }

  private long end(long nowMicros) {
    return untilMicros >= 0 ? untilMicros : Math.max(nowMicros, lastMicros);
  }

  private static double percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
  }
}
