package dev.asciicall.call;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one participant received from one sender: frames, sizes and one-way latency samples. Written
 * on the network thread, read when the call ends (synchronized; cheap at 30 fps).
 */
public final class ReceiveStats {

  private static final int MAX_SAMPLES = 200_000;

  private final String peer;
  private final List<Integer> sizes = new ArrayList<>();
  private final List<Long> latenciesMicros = new ArrayList<>();
  private long frames;
  private long firstMicros = -1;
  private long lastMicros;
  private long decodeErrors;

  public ReceiveStats(String peer) {
    this.peer = peer;
  }

  public synchronized void frame(int bytes, long latencyMicros, long nowMicros) {
    frames++;
    if (firstMicros < 0) {
      firstMicros = nowMicros;
    }
    lastMicros = nowMicros;
    if (sizes.size() < MAX_SAMPLES) {
      sizes.add(bytes);
      latenciesMicros.add(latencyMicros);
    }
  }

  public synchronized void decodeError() {
    decodeErrors++;
  }

  /** One JSON object in the shape {@code join --stats-json} documents. */
  public synchronized String toJson() {
    double seconds = frames > 1 ? (lastMicros - firstMicros) / 1e6 : 0;
    double fps = seconds > 0 ? (frames - 1) / seconds : 0;
    List<Integer> sortedSizes = new ArrayList<>(sizes);
    Collections.sort(sortedSizes);
    List<Long> sortedLatency = new ArrayList<>(latenciesMicros);
    Collections.sort(sortedLatency);
    return String.format(
        java.util.Locale.ROOT,
        "{\"peer\":%s,\"frames\":%d,\"fps\":%.2f,\"frame_bytes_median\":%d,"
            + "\"latency_ms_p50\":%.3f,\"latency_ms_p95\":%.3f,\"decode_errors\":%d}",
        Json.quote(peer),
        frames,
        fps,
        sortedSizes.isEmpty() ? 0 : sortedSizes.get(sortedSizes.size() / 2),
        percentile(sortedLatency, 0.50) / 1000.0,
        percentile(sortedLatency, 0.95) / 1000.0,
        decodeErrors);
  }

  private static double percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
  }
}
