package dev.asciicall.cli;

import dev.asciicall.audio.AudioFormats;
import dev.asciicall.audio.AudioPacket;
import dev.asciicall.audio.AudioReceiver;
import dev.asciicall.audio.AudioSender;
import dev.asciicall.audio.AudioService;
import dev.asciicall.audio.AudioStats;
import dev.asciicall.audio.OpusFrameDecoder;
import dev.asciicall.audio.OpusFrameEncoder;
import dev.asciicall.audio.ToneSource;
import dev.asciicall.audio.VoiceProcessing;
import dev.asciicall.common.Threads;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench audio}: Opus encode and decode time per 20 ms frame, the bit rate, and the
 * added latency from capture to playback through two real audio services joined by a simulated
 * loopback with jitter. Device buffers are not part of it (there are none). Prints one JSON line.
 */
@Command(
    name = "audio",
    mixinStandardHelpOptions = true,
    description = "Measure Opus speed, bit rate and capture-to-playback latency on a loopback.")
public final class BenchAudioCommand implements Runnable {

  @Option(
      names = "--frames",
      defaultValue = "2000",
      description = "20 ms frames to encode and decode (default: ${DEFAULT-VALUE}).")
  int frames;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Length of the loopback latency run (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--jitter-ms",
      defaultValue = "10",
      description =
          "Random extra network delay on the loopback, 0 to N ms (default: ${DEFAULT-VALUE}).")
  int jitterMillis;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (frames < 10 || seconds < 2 || jitterMillis < 0 || jitterMillis > 1000) {
      throw UserFacingException.badInput(
          "bench audio needs --frames >= 10, --seconds >= 2 (the first second is start-up) and --jitter-ms 0 to 1000");
    }
    Codec codec = measureCodec();
    Latency simulated = simulateLatency(codec.encodeDecodeMillis);
    Latency latency = measureLatency();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        String.format(
            Locale.ROOT,
            "{\"benchmark\":\"audio\",\"frames\":%d,\"encode_ms_median\":%.3f,"
                + "\"decode_ms_median\":%.3f,\"encode_decode_ms_median\":%.3f,"
                + "\"encode_decode_cpu_ms_median\":%.3f,"
                + "\"bytes_per_packet_median\":%d,\"kbps\":%.1f,\"loopback_seconds\":%d,"
                + "\"loopback_jitter_ms\":%d,\"latency_ms_median\":%.1f,\"latency_ms_p95\":%.1f,"
                + "\"jitter_buffer_ms\":%d,\"realtime_latency_ms_median\":%.1f,"
                + "\"realtime_latency_ms_p95\":%.1f,\"realtime_jitter_buffer_ms\":%d,"
                + "\"realtime_lost\":%d,\"realtime_concealed\":%d}",
            frames,
            codec.encodeMillis,
            codec.decodeMillis,
            codec.encodeDecodeMillis,
            codec.encodeDecodeCpuMillis,
            codec.packetBytes,
            codec.kilobitsPerSecond,
            seconds,
            jitterMillis,
            simulated.medianMillis,
            simulated.p95Millis,
            simulated.stats.jitterBufferMs(),
            latency.medianMillis,
            latency.p95Millis,
            latency.stats.jitterBufferMs(),
            latency.stats.lost(),
            latency.stats.concealed()));
    out.flush();
  }

  private record Codec(
      double encodeMillis,
      double decodeMillis,
      double encodeDecodeMillis,
      double encodeDecodeCpuMillis,
      int packetBytes,
      double kilobitsPerSecond) {}

  private Codec measureCodec() {
    OpusFrameEncoder encoder = new OpusFrameEncoder();
    OpusFrameDecoder decoder = new OpusFrameDecoder();
    ToneSource voice = new ToneSource(220, 0.4);
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    short[] decoded = new short[AudioFormats.FRAME_SAMPLES];
    List<Double> encode = new ArrayList<>();
    List<Double> decode = new ArrayList<>();
    List<Double> both = new ArrayList<>();
    List<Double> sizes = new ArrayList<>();
    // CPU time as well as wall time: on a shared machine the wall clock includes waiting for a
    // core.
    List<Double> cpu = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long totalBytes = 0;
    // Concentus is a large body of code: C2 needs a few thousand frames before the figures
    // settle (500 frames of warm-up left encode+decode near 1.2 ms where 3,000 give ~0.6 ms).
    int warmup = 3000;
    for (int i = 0; i < warmup + frames; i++) {
      voice.read(frame);
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      byte[] opus = encoder.encode(frame);
      long encoded = System.nanoTime();
      decoder.decode(opus, decoded);
      long done = System.nanoTime();
      long cpuDone = threads.getCurrentThreadCpuTime();
      if (i >= warmup) {
        cpu.add((cpuDone - cpuStart) / 1e6);
        encode.add((encoded - start) / 1e6);
        decode.add((done - encoded) / 1e6);
        both.add((done - start) / 1e6);
        sizes.add((double) opus.length);
        totalBytes += opus.length;
      }
    }
    double kbps = totalBytes * 8 / 1000.0 / (frames * AudioFormats.FRAME_MILLIS / 1000.0);
    return new Codec(
        median(encode), median(decode), median(both), median(cpu), (int) median(sizes), kbps);
  }

  private record Latency(double medianMillis, double p95Millis, AudioStats stats) {}

  /**
   * Capture to playback on a simulated clock: the speaker's frames leave every 20 ms, the network
   * adds 0 to {@code --jitter-ms} of delay, the listener's playback clock ticks every 20 ms at an
   * unrelated phase. This is the delay the design adds (framing, jitter buffer, clock phase), free
   * of the scheduling noise of a shared machine; the measured codec time is added on top.
   */
  private Latency simulateLatency(double codecMillis) {
    List<Double> latencies = new ArrayList<>();
    AudioSender sender =
        new AudioSender("speaker", new OpusFrameEncoder(), VoiceProcessing.none(), e -> {});
    AudioReceiver receiver = new AudioReceiver("listener", e -> {});
    receiver.observePlayout(
        (id, packet, playoutNanos) ->
            latencies.add((playoutNanos - packet.captureNanos()) / 1e6 + codecMillis));
    ToneSource tone = new ToneSource();
    Random network = new Random(2);
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    short[] played = new short[AudioFormats.FRAME_SAMPLES];
    java.util.PriorityQueue<long[]> wire =
        new java.util.PriorityQueue<>(java.util.Comparator.comparingLong(entry -> entry[0]));
    List<AudioPacket> inFlight = new ArrayList<>();
    long phase = 7_000_000L;
    int ticks = seconds * 1000 / AudioFormats.FRAME_MILLIS;
    for (int tick = 0; tick < ticks; tick++) {
      long captured = tick * AudioFormats.FRAME_NANOS;
      tone.read(frame);
      AudioPacket packet = sender.process(frame, captured);
      long delay = jitterMillis == 0 ? 0 : (long) (network.nextDouble() * jitterMillis * 1e6);
      inFlight.add(packet);
      wire.add(new long[] {captured + delay, inFlight.size() - 1});
      long playout = captured + phase;
      while (!wire.isEmpty() && wire.peek()[0] <= playout) {
        long[] arrival = wire.poll();
        receiver.receive(inFlight.get((int) arrival[1]), arrival[0]);
      }
      receiver.mixNext(played, playout);
    }
    List<Double> settled = latencies.subList(Math.min(latencies.size(), 50), latencies.size());
    return new Latency(
        median(settled),
        percentile(settled, 0.95),
        AudioStats.of(sender, receiver, ticks * AudioFormats.FRAME_NANOS));
  }

  private Latency measureLatency() {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService link = Threads.scheduled("bench-link");
    Random random = new Random(1);
    try (AudioService listener = new AudioService("listener", packet -> {})) {
      listener.observePlayout(
          (sender, packet, playoutNanos) ->
              latencies.add((playoutNanos - packet.captureNanos()) / 1e6));
      try (AudioService speaker =
          new AudioService(
              "speaker",
              packet -> {
                long delayMicros = jitterMillis == 0 ? 0 : random.nextInt(jitterMillis * 1000);
                link.schedule(() -> listener.receive(packet), delayMicros, TimeUnit.MICROSECONDS);
              })) {
        listener.start(null, null);
        speaker.start(new ToneSource(), null);
        Thread.sleep(seconds * 1000L);
      }
      AudioStats stats = listener.stats();
      List<Double> settled = new ArrayList<>(latencies);
      // The first second is start-up (pre-buffering, JIT); measure the steady state.
      settled = settled.subList(Math.min(settled.size(), 50), settled.size());
      if (settled.isEmpty()) {
        throw UserFacingException.failure("no audio arrived on the loopback", null);
      }
      return new Latency(median(settled), percentile(settled, 0.95), stats);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.failure("benchmark interrupted", e);
    } finally {
      Threads.shutdown(link, 1000);
    }
  }

  private static double median(List<Double> values) {
    return percentile(values, 0.5);
  }

  private static double percentile(List<Double> values, double fraction) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
  }
}
