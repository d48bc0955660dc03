package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.call.HeadlessParticipant;
import dev.asciicall.call.LocalVideo;
import dev.asciicall.call.VideoTap;
import dev.asciicall.capture.CaptureException;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.codec.GlyphGrid;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.Encryption;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.JoinOptions;
import dev.asciicall.net.NetException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench call}: a relay and N headless participants in this process on 127.0.0.1,
 * each sending the demo scene through the real engine and codec; prints one JSON line with the
 * one-way latency (capture to decoded) and frame size medians. Samples from the warm-up are not
 * counted.
 */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = "Measure a loopback call: one-way latency and frame sizes as JSON.")
public final class BenchCallCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final int MAX_PEERS = HostOptions.DEFAULT_PARTICIPANTS - 1;

  @Option(
      names = "--peers",
      description =
          "Participants, 2..31; all decode everyone in this process, so past about 8 this measures"
              + " them more than the relay: see bench relay (default: ${DEFAULT-VALUE}).")
  int peers = 3;

  @Option(
      names = "--fps",
      description = "Frames per second each sends (default: ${DEFAULT-VALUE}).")
  double framesPerSecond = 30;

  @Option(names = "--seconds", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(names = "--warmup", description = "Seconds not measured (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 2;

  @Option(names = "--columns", description = "ASCII columns sent (default: ${DEFAULT-VALUE}).")
  int columns = 80;

  @Option(
      names = "--compare-encryption",
      description =
          "After one discarded warm-up call of each kind, run the call plain and encrypted, alternating"
              + " --rounds times each; report process CPU per run and the median CPU per decoded"
              + " frame of both (plain calls exist only inside this benchmark).")
  boolean compareEncryption;

  @Option(
      names = "--rounds",
      description = "With --compare-encryption: runs of each kind (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(
      names = "--live-scene",
      description =
          "Draw the demo scene live for every participant (costs CPU the call then lacks) instead"
              + " of replaying frames drawn in advance.")
  boolean liveScene;

  @Option(
      names = "--audio",
      description =
          "Every participant also speaks (a tone): adds voice bit rate and capture-to-playback"
              + " latency (no device buffers) to the JSON.")
  boolean audio;

  /** Process CPU time; the share of the machine the call costs, whatever the neighbours do. */
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /** Collects samples from every participant; taps run on send and network threads. */
  private static final class Samples implements VideoTap {
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> handOvers = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> decodes = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> networkTimes = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> indexById = new ConcurrentHashMap<>();
    private final Map<Integer, Map<Long, Long>> handOverBySender = new ConcurrentHashMap<>();
    private final AtomicLong decoded = new AtomicLong();
    private final BenchCallVoices voices = new BenchCallVoices();
    private volatile boolean measuring;
    private long cpuNanos;
    private String audioJson = "";

    /** The tap of participant {@code index}: its hand-over times pair with everyone's arrivals. */
    VideoTap of(int index) {
      Map<Long, Long> handedOverAt = new ConcurrentHashMap<>();
      handOverBySender.put(index, handedOverAt);
      return new VideoTap() {
        @Override
        public void sent(long sequence, AsciiFrame frame, int payloadBytes) {
          Samples.this.sent(sequence, frame, payloadBytes);
        }

        @Override
        public void handedOver(long sequence, long captureToNetworkMicros) {
          handedOverAt.put(sequence, captureToNetworkMicros);
          if (measuring) {
            handOvers.add(captureToNetworkMicros);
          }
        }

        @Override
        public void decoded(int senderId, long decodeMicros) {
          if (measuring) {
            decodes.add(decodeMicros);
          }
        }

        @Override
        public void received(int senderId, long sequence, AsciiFrame frame, long latencyMicros) {
          Samples.this.received(senderId, sequence, frame, latencyMicros);
          Integer sender = indexById.get(senderId);
          Long handedOver = sender == null ? null : handOverBySender.get(sender).get(sequence);
          if (measuring && handedOver != null) {
            networkTimes.add(latencyMicros - handedOver);
          }
        }
      };
    }

    @Override
    public void sent(long sequence, AsciiFrame frame, int payloadBytes) {
      if (measuring) {
        sizes.add(payloadBytes);
      }
    }

    @Override
    public void received(int senderId, long sequence, AsciiFrame frame, long latencyMicros) {
      if (measuring) {
        latencies.add(latencyMicros);
        decoded.incrementAndGet();
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    // As many as a default call holds beside the relay, which takes a place of its own.
    if (peers < 2 || peers > MAX_PEERS) {
      throw UserFacingException.badInput(
          "--peers must be 2.."
              + MAX_PEERS
              + " (a call of "
              + (MAX_PEERS + 1)
              + " with the relay)");
    }
    if (!(framesPerSecond > 0 && framesPerSecond <= 120)) {
      throw UserFacingException.badInput("--fps must be in (0, 120]");
    }
    if (!(seconds > 0) || !(warmupSeconds >= 0)) {
      throw UserFacingException.badInput("--seconds must be positive, --warmup not negative");
    }
    if (columns < 8 || columns > GlyphGrid.MAX_COLUMNS) {
      throw UserFacingException.badInput("--columns must be 8.." + GlyphGrid.MAX_COLUMNS);
    }
    if (rounds < 1 || rounds > 10) {
      throw UserFacingException.badInput("--rounds must be 1..10");
    }
    if (!compareEncryption) {
      Samples samples = run(Encryption.END_TO_END);
      print(json(samples));
      return 0;
    }
    // One discarded call of each kind first: the JIT compiles the engine, codec and both network
    // paths in them, which would otherwise be charged to whichever kind ran first.
    run(Encryption.NONE_FOR_BENCHMARK_ONLY);
    run(Encryption.END_TO_END);
    List<Samples> plain = new ArrayList<>();
    List<Samples> encrypted = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      plain.add(run(Encryption.NONE_FOR_BENCHMARK_ONLY));
      encrypted.add(run(Encryption.END_TO_END));
    }
    double plainPerFrame = median(cpuMillisPerFrame(plain));
    double encryptedPerFrame = median(cpuMillisPerFrame(encrypted));
    print(
        String.format(
            Locale.ROOT,
            "{\"benchmark\":\"call-encryption\",\"peers\":%d,\"fps\":%.1f,\"seconds\":%.1f,"
                + "\"columns\":%d,\"rounds\":%d,\"plain_cpu_s\":%s,\"encrypted_cpu_s\":%s,"
                + "\"plain_frames_decoded\":%s,\"encrypted_frames_decoded\":%s,"
                + "\"plain_cpu_ms_per_decoded_frame_median\":%.3f,"
                + "\"encrypted_cpu_ms_per_decoded_frame_median\":%.3f,"
                + "\"cpu_overhead_percent\":%.2f}",
            peers,
            framesPerSecond,
            seconds,
            columns,
            rounds,
            perRun(plain, samples -> String.format(Locale.ROOT, "%.3f", samples.cpuNanos / 1e9)),
            perRun(
                encrypted, samples -> String.format(Locale.ROOT, "%.3f", samples.cpuNanos / 1e9)),
            perRun(plain, samples -> Long.toString(samples.decoded.get())),
            perRun(encrypted, samples -> Long.toString(samples.decoded.get())),
            plainPerFrame,
            encryptedPerFrame,
            (encryptedPerFrame / plainPerFrame - 1) * 100));
    return 0;
  }

  /**
   * Process CPU per frame decoded: the call does the same work per frame either way, so this
   * compares fairly even when the shared machine lets one run deliver fewer frames than another.
   */
  private static double[] cpuMillisPerFrame(List<Samples> runs) {
    return runs.stream()
        .mapToDouble(samples -> samples.cpuNanos / 1e6 / Math.max(1, samples.decoded.get()))
        .toArray();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private void print(String line) {
    spec.commandLine().getOut().println(line);
    spec.commandLine().getOut().flush();
  }

  /** One call: a relay and the peers in this process; CPU is counted while measuring only. */
  private Samples run(Encryption encryption) throws Exception {
    int tcpPort = freePort(true);
    int udpPort = freePort(false);
    Samples samples = new Samples();
    List<AutoCloseable> open = new ArrayList<>();
    HostServer host;
    try {
      host =
          HostServer.start(
              tcpPort,
              udpPort,
              HostOptions.of("bench", null)
                  .withEncryption(encryption)
                  .withMaxParticipants(peers + 1),
              CallEvents.IGNORED);
    } catch (NetException e) {
      throw UserFacingException.failure("cannot host: " + e.getMessage(), e);
    }
    try {
      PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
      // Two seconds of the scene, drawn once and shared (frames are immutable).
      List<VideoFrame> footage =
          liveScene ? List.of() : ReplayedScene.draw(320, 240, framesPerSecond, 60);
      for (int i = 0; i < peers; i++) {
        HeadlessParticipant participant = new HeadlessParticipant("peer" + i, quiet, samples.of(i));
        open.add(participant);
        participant.join(
            "127.0.0.1",
            tcpPort,
            udpPort,
            JoinOptions.named("peer" + i).withEncryption(encryption),
            5_000);
        samples.indexById.put(participant.participantId(), i);
        CaptureService capture =
            new CaptureService(
                (source, warnings) -> {
                  throw new CaptureException("the benchmark uses the demo scene only");
                },
                CaptureSettings.defaults().withFramesPerSecond(framesPerSecond));
        open.add(capture);
        LocalVideo video =
            LocalVideo.withOwnThreads(capture, ConversionSettings.defaults().withColumns(columns));
        open.add(video);
        participant.startSending(video);
        video.start(
            liveScene
                ? new DemoSource(320, 240, framesPerSecond)
                : ReplayedScene.of(footage, framesPerSecond));
        if (audio) {
          samples.voices.start(participant, i);
        }
      }
      Thread.sleep((long) (warmupSeconds * 1000));
      long cpuStart = OS.getProcessCpuTime();
      samples.voices.startMeasuring();
      samples.measuring = true;
      Thread.sleep((long) (seconds * 1000));
      samples.measuring = false;
      samples.voices.stopMeasuring();
      samples.cpuNanos = OS.getProcessCpuTime() - cpuStart;
      samples.audioJson = audio ? samples.voices.json() : "";
    } finally {
      for (int i = open.size() - 1; i >= 0; i--) {
        open.get(i).close();
      }
      host.stop("benchmark over");
    }
    return samples;
  }

  private static String perRun(
      List<Samples> runs, java.util.function.Function<Samples, String> figure) {
    return runs.stream().map(figure).collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  private String json(Samples samples) {
    List<Long> latencies = sorted(samples.latencies);
    List<Integer> sizes = sorted(samples.sizes);
    int streams = peers * (peers - 1);
    return String.format(
        Locale.ROOT,
        "{\"benchmark\":\"call\",\"scene\":\"%s\",\"peers\":%d,\"fps\":%.1f,\"seconds\":%.1f,"
            + "\"columns\":%d,"
            + "\"frames_sent\":%d,\"frames_decoded\":%d,\"decoded_fps_per_stream\":%.2f,"
            + "\"latency_ms_p50\":%.3f,\"latency_ms_p95\":%.3f,\"frame_bytes_median\":%d,"
            + "\"capture_to_network_ms_p50\":%.3f,\"network_and_decode_ms_p50\":%.3f,"
            + "\"network_and_decode_ms_p95\":%.3f,\"decode_ms_p50\":%.3f,"
            + "\"process_cpu_s\":%.3f%s}",
        liveScene ? "live" : "replayed",
        peers,
        framesPerSecond,
        seconds,
        columns,
        sizes.size(),
        samples.decoded.get(),
        samples.decoded.get() / (double) streams / seconds,
        percentile(latencies, 0.50) / 1000.0,
        percentile(latencies, 0.95) / 1000.0,
        sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2),
        percentile(sorted(samples.handOvers), 0.50) / 1000.0,
        percentile(sorted(samples.networkTimes), 0.50) / 1000.0,
        percentile(sorted(samples.networkTimes), 0.95) / 1000.0,
        percentile(sorted(samples.decodes), 0.50) / 1000.0,
        samples.cpuNanos / 1e9,
        samples.audioJson);
  }

  private static <T extends Comparable<T>> List<T> sorted(List<T> samples) {
    List<T> copy;
    synchronized (samples) {
      copy = new ArrayList<>(samples);
    }
    Collections.sort(copy);
    return copy;
  }

  private static double percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(fraction * sorted.size())));
  }

  private static int freePort(boolean tcp) throws IOException {
    if (tcp) {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
    try (DatagramSocket socket = new DatagramSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
