package dev.asciicall.cli;

import dev.asciicall.audio.AudioStats;
import dev.asciicall.audio.ToneSource;
import dev.asciicall.call.CallAudio;
import dev.asciicall.call.HeadlessParticipant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The voice side of {@code bench call --audio}: every participant speaks a tone of its own, with no
 * speakers (the mix is still made on the playback clock, then dropped). Measures the outgoing bit
 * rate per speaker and capture-to-playout latency; sender and receivers share this process's clock,
 * so no offsets are involved. Device buffers are not part of it (there are none).
 */
final class BenchCallVoices {

  private final List<CallAudio> voices = new ArrayList<>();
  private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
  private List<AudioStats> atStart = List.of();
  private volatile boolean measuring;

  /** Main thread, after the participant joined. */
  void start(HeadlessParticipant participant, int index) {
    CallAudio voice = participant.startAudio(new ToneSource(220 + 110 * index, 0.3), null);
    // Called on each listener's playback thread.
    voice.observePlayout(
        (sender, packet, playoutNanos) -> {
          if (measuring) {
            latencies.add(playoutNanos - packet.captureNanos());
          }
        });
    voices.add(voice);
  }

  void startMeasuring() {
    atStart = voices.stream().map(CallAudio::stats).toList();
    measuring = true;
  }

  void stopMeasuring() {
    measuring = false;
  }

  /** The {@code "audio"} member of the benchmark's JSON line, with its leading comma. */
  String json() {
    List<Double> kbps = new ArrayList<>();
    long received = 0;
    long lost = 0;
    long concealed = 0;
    int jitterBuffer = 0;
    for (int i = 0; i < voices.size(); i++) {
      AudioStats now = voices.get(i).stats();
      AudioStats before = atStart.get(i);
      kbps.add(now.kbps());
      received += now.packetsReceived() - before.packetsReceived();
      lost += now.lost() - before.lost();
      concealed += now.concealed() - before.concealed();
      jitterBuffer = Math.max(jitterBuffer, now.jitterBufferMs());
    }
    Collections.sort(kbps);
    List<Long> sorted;
    synchronized (latencies) {
      sorted = new ArrayList<>(latencies);
    }
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        ",\"audio\":{\"kbps_per_speaker_median\":%.1f,\"latency_ms_p50\":%.1f,"
            + "\"latency_ms_p95\":%.1f,\"packets_received\":%d,\"lost\":%d,\"concealed\":%d,"
            + "\"jitter_buffer_ms_max\":%d}",
        kbps.get(kbps.size() / 2),
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.95) / 1e6,
        received,
        lost,
        concealed,
        jitterBuffer);
  }

  private static double percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
  }
}
