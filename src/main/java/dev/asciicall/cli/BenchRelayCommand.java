package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.audio.OpusFrameEncoder;
import dev.asciicall.call.GridMapping;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.FrameDecoder;
import dev.asciicall.codec.FrameEncoder;
import dev.asciicall.net.NetException;
import dev.asciicall.net.SyntheticCall;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench relay}: the relay's own cost. Runs the real host in a process of its own
 * ({@code bench relay-host}) and light synthetic participants in this one ({@link SyntheticCall}:
 * real encoded frames of the demo scene and real Opus voice, sealed end to end and for the link,
 * every frame acknowledged, one stream decoded as a sample), so the relay's CPU is not mixed with
 * the participants'. For each call size it prints the relay's CPU per forwarded frame, the share of
 * a core it used, the allocation per forwarded frame, the frames delivered, and the one-way latency
 * through the relay as the participants measured it; and, from the cost per frame, the call size at
 * which the relay would need a whole core. With {@code --compare-classpath} every round runs a
 * second build's relay right after this one's, for before/after figures in one run.
 */
@Command(
    name = "relay",
    mixinStandardHelpOptions = true,
    description = "Measure the relay alone: CPU and latency per call size, as JSON.")
public final class BenchRelayCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--participants",
      split = ",",
      description = "Call sizes to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes = List.of(8, 16, 32, 64);

  @Option(
      names = "--fps",
      description = "Frames per second each sends (default: ${DEFAULT-VALUE}).")
  double framesPerSecond = 30;

  @Option(
      names = "--seconds",
      description = "Measured seconds per run (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(names = "--warmup", description = "Seconds before measuring (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 5;

  @Option(
      names = "--speakers",
      description =
          "Participants that also send voice, 50 packets a second (default: ${DEFAULT-VALUE}).")
  int speakers = 4;

  @Option(names = "--columns", description = "ASCII columns sent (default: ${DEFAULT-VALUE}).")
  int columns = 80;

  @Option(names = "--rounds", description = "Runs of each size (default: ${DEFAULT-VALUE}).")
  int rounds = 1;

  @Option(
      names = "--host-java-options",
      description = "JVM options of the relay process (default: '${DEFAULT-VALUE}').")
  String hostJavaOptions = DEFAULT_HOST_JAVA_OPTIONS;

  @Option(
      names = "--compare-classpath",
      paramLabel = "CLASSPATH",
      description =
          "Another build's class path: its relay runs right after this one's in every round.")
  String compareClasspath;

  /** The relay process runs as the installed launcher runs a headless host. */
  static final String DEFAULT_HOST_JAVA_OPTIONS =
      "-XX:+UseSerialGC -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
          + " -XX:ReservedCodeCacheSize=64m";

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @Override
  public Integer call() throws Exception {
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 2 || n > 127)) {
      throw UserFacingException.badInput("--participants must be call sizes of 2..127");
    }
    if (!(framesPerSecond > 0 && framesPerSecond <= 120)) {
      throw UserFacingException.badInput("--fps must be in (0, 120]");
    }
    if (!(seconds > 0) || !(warmupSeconds >= 0)) {
      throw UserFacingException.badInput("--seconds must be positive, --warmup not negative");
    }
    if (speakers < 0 || rounds < 1 || rounds > 20) {
      throw UserFacingException.badInput("--speakers must not be negative, --rounds 1..20");
    }
    double loadAverage = OS.getSystemLoadAverage();
    List<byte[]> frames = frames(columns, framesPerSecond);
    List<byte[]> voice = voice();
    List<String> runs = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (int size : sizes) {
        runs.add(run("this", System.getProperty("java.class.path"), size, frames, voice));
        if (compareClasspath != null) {
          runs.add(run("compared", compareClasspath, size, frames, voice));
        }
      }
    }
    int[] sortedSizes = frames.stream().mapToInt(frame -> frame.length).sorted().toArray();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        String.format(
            Locale.ROOT,
            "{\"benchmark\":\"relay\",\"fps\":%.1f,\"seconds\":%.1f,\"warmup\":%.1f,"
                + "\"speakers\":%d,\"columns\":%d,\"frame_bytes_median\":%d,"
                + "\"load_average_start\":%.2f,\"load_average_end\":%.2f,"
                + "\"host_java_options\":\"%s\",\"runs\":[%s]}",
            framesPerSecond,
            seconds,
            warmupSeconds,
            speakers,
            columns,
            sortedSizes[sortedSizes.length / 2],
            loadAverage,
            OS.getSystemLoadAverage(),
            hostJavaOptions,
            String.join(",", runs)));
    out.flush();
    return 0;
  }

  /** One call of {@code size} participants through a relay started from {@code classpath}. */
  private String run(
      String build, String classpath, int size, List<byte[]> frames, List<byte[]> voice)
      throws Exception {
    int tcpPort = freeTcpPort();
    int udpPort = freeUdpPort();
    Process relay = startRelay(classpath, tcpPort, udpPort, size + 1);
    try (BufferedReader fromRelay =
            new BufferedReader(
                new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter toRelay =
            new PrintWriter(relay.getOutputStream(), true, StandardCharsets.UTF_8)) {
      // JVM options may make the JVM print first (a flight recording, say).
      String ready = fromRelay.readLine();
      for (int skipped = 0; ready != null && !ready.equals("ready") && skipped < 20; skipped++) {
        ready = fromRelay.readLine();
      }
      if (!"ready".equals(ready)) {
        throw UserFacingException.failure("the relay process did not start: " + ready, null);
      }
      SampleStream sample = new SampleStream();
      SyntheticCall.Load load =
          new SyntheticCall.Load(size, Math.min(speakers, size), framesPerSecond, frames, voice);
      try (SyntheticCall call = SyntheticCall.join("127.0.0.1", tcpPort, udpPort, load, sample)) {
        Thread.sleep((long) (warmupSeconds * 1000));
        call.startMeasuring();
        String before = ask(toRelay, fromRelay);
        Thread.sleep((long) (seconds * 1000));
        String after = ask(toRelay, fromRelay);
        SyntheticCall.Window window = call.stopMeasuring();
        return json(build, size, before, after, window, call.connected());
      } catch (NetException e) {
        throw UserFacingException.failure("cannot join the relay: " + e.getMessage(), e);
      } finally {
        toRelay.println("stop");
      }
    } finally {
      if (!relay.waitFor(10, TimeUnit.SECONDS)) {
        relay.destroyForcibly();
      }
    }
  }

  private String json(
      String build,
      int size,
      String before,
      String after,
      SyntheticCall.Window window,
      int connected) {
    double cpuSeconds = (number(after, "cpu_ns") - number(before, "cpu_ns")) / 1e9;
    double allocated = number(after, "allocated_bytes") - number(before, "allocated_bytes");
    double framesIn = number(after, "frames_in") - number(before, "frames_in");
    double framesOut = number(after, "frames_out") - number(before, "frames_out");
    double voiceOut = number(after, "voice_out") - number(before, "voice_out");
    double cpuPerFrameOut = framesOut > 0 ? cpuSeconds / framesOut : 0;
    long streams = (long) size * (size - 1);
    // The call size whose frames alone would fill a core at this cost per forwarded frame.
    double atOneCore =
        cpuPerFrameOut > 0
            ? (1 + Math.sqrt(1 + 4 / (cpuPerFrameOut * framesPerSecond))) / 2
            : Double.NaN;
    return String.format(
        Locale.ROOT,
        "{\"build\":\"%s\",\"participants\":%d,\"connected\":%d,"
            + "\"relay_cpu_cores\":%.3f,\"relay_cpu_us_per_frame_out\":%.2f,"
            + "\"relay_cpu_us_per_frame_in\":%.1f,\"relay_allocated_bytes_per_frame_out\":%.0f,"
            + "\"relay_gc_count\":%.0f,\"relay_rss_mb\":%.1f,"
            + "\"frames_in_per_s\":%.0f,\"frames_out_per_s\":%.0f,\"streams_out_per_frame_time\":%.0f,"
            + "\"delivered_fps_per_stream\":%.2f,\"frames_held_back\":%d,"
            + "\"voice_out_per_s\":%.0f,\"voice_received_over_udp\":%d,\"voice_received\":%d,"
            + "\"latency_ms_p50\":%.2f,\"latency_ms_p95\":%.2f,\"latency_ms_p99\":%.2f,"
            + "\"sample_decoded\":%d,\"sample_failed\":%d,\"participants_at_one_core\":%.1f}",
        build,
        size,
        connected,
        cpuSeconds / window.seconds(),
        cpuPerFrameOut * 1e6,
        framesIn > 0 ? cpuSeconds / framesIn * 1e6 : 0,
        framesOut > 0 ? allocated / framesOut : 0,
        number(after, "gc_count") - number(before, "gc_count"),
        number(after, "rss_bytes") / 1e6,
        framesIn / window.seconds(),
        framesOut / window.seconds(),
        framesIn > 0 ? framesOut / framesIn * size : 0,
        window.framesReceived() / (double) streams / window.seconds(),
        window.framesHeldBack(),
        voiceOut / window.seconds(),
        window.voiceReceivedOverUdp(),
        window.voiceReceived(),
        window.percentile(0.50) / 1000.0,
        window.percentile(0.95) / 1000.0,
        window.percentile(0.99) / 1000.0,
        window.sampleDecoded(),
        window.sampleFailed(),
        atOneCore);
  }

  private Process startRelay(String classpath, int tcpPort, int udpPort, int limit)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    if (!hostJavaOptions.isBlank()) {
      command.addAll(Arrays.asList(hostJavaOptions.strip().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-cp",
            classpath,
            "dev.asciicall.app.Launcher",
            "bench",
            "relay-host",
            "--port",
            Integer.toString(tcpPort),
            "--udp-port",
            Integer.toString(udpPort),
            "--max-participants",
            Integer.toString(limit)));
    return new ProcessBuilder(command)
        .redirectError(
            ProcessBuilder.Redirect.appendTo(
                new File(System.getProperty("java.io.tmpdir"), "asciicall-bench-relay.log")))
        .start();
  }

  private static String ask(PrintWriter toRelay, BufferedReader fromRelay) throws IOException {
    toRelay.println("sample");
    String line = fromRelay.readLine();
    if (line == null) {
      throw UserFacingException.failure("the relay process ended during the run", null);
    }
    return line;
  }

  private static double number(String json, String key) {
    Matcher matcher = Pattern.compile("\"" + key + "\":(-?[0-9.]+)").matcher(json);
    if (!matcher.find()) {
      throw UserFacingException.failure("the relay process did not report " + key, null);
    }
    return Double.parseDouble(matcher.group(1));
  }

  /** Two seconds of the demo scene, converted and encoded once (a keyframe, then deltas). */
  static List<byte[]> frames(int columns, double framesPerSecond) {
    AsciiConverter converter = new AsciiConverter();
    ConversionSettings settings = ConversionSettings.defaults().withColumns(columns);
    List<byte[]> encoded = new ArrayList<>();
    try (FrameEncoder encoder = new FrameEncoder()) {
      for (VideoFrame picture : ReplayedScene.draw(320, 240, framesPerSecond, 60)) {
        var frame =
            converter.convert(
                PixelImage.rgb(picture.width(), picture.height(), picture.rgb()), settings);
        encoded.add(encoder.encode(GridMapping.toGrid(frame)));
      }
    }
    return encoded;
  }

  /** One second of a 220 Hz tone, as 20 ms Opus packets. */
  static List<byte[]> voice() {
    OpusFrameEncoder encoder = new OpusFrameEncoder();
    List<byte[]> packets = new ArrayList<>();
    for (int frame = 0; frame < 50; frame++) {
      short[] samples = new short[960];
      for (int i = 0; i < samples.length; i++) {
        double t = (frame * samples.length + i) / 48_000.0;
        samples[i] = (short) (0.3 * Short.MAX_VALUE * Math.sin(2 * Math.PI * 220 * t));
      }
      packets.add(encoder.encode(samples));
    }
    return packets;
  }

  /**
   * The sampled stream's decoder: real decoding. After a gap (the sender was out of credits and
   * skipped frames, as a real sender's credit window does) it waits for the next keyframe, which
   * comes round with the loop of frames.
   */
  private static final class SampleStream implements SyntheticCall.SampleDecoder {
    private final FrameDecoder decoder = new FrameDecoder();
    private long expected = -1;

    @Override
    public synchronized boolean decode(long sequence, byte[] payload) {
      if (sequence != expected) {
        decoder.reset();
      }
      expected = sequence + 1;
      try {
        return decoder.decode(payload).columns() > 0;
      } catch (dev.asciicall.codec.MissingKeyframeException e) {
        return true; // waiting for the keyframe after a gap: nothing wrong with the stream
      } catch (CodecException e) {
        return false;
      }
    }
  }

  private static int freeTcpPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int freeUdpPort() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
