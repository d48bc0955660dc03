package dev.asciicall.cli;

import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.HostThreads;
import dev.asciicall.net.NetException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench relay-host}: the relay half of {@code bench relay}, which starts it in a
 * process of its own. A headless host (the same {@link HostServer} as {@code host --headless}) that
 * prints {@code ready} once its ports are bound, and then one JSON line of its own counters each
 * time a line {@code sample} arrives on standard input: process CPU, bytes allocated by all its
 * threads, garbage collections, heap and resident memory, and the relay's counters. A line {@code
 * stop} or the end of input stops it.
 */
@Command(
    name = "relay-host",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "The relay process of 'bench relay' (started by it).")
public final class BenchRelayHostCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", required = true, description = "TCP port.")
  int port;

  @Option(names = "--udp-port", required = true, description = "UDP port.")
  int udpPort;

  @Option(names = "--max-participants", defaultValue = "" + HostOptions.MAX_PARTICIPANTS)
  int maxParticipants;

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Override
  public Integer call() throws IOException {
    if (maxParticipants < 2 || maxParticipants > HostOptions.MAX_PARTICIPANTS) {
      throw UserFacingException.badInput(
          "--max-participants must be 2.." + HostOptions.MAX_PARTICIPANTS);
    }
    HostServer host;
    try {
      host =
          HostServer.start(
              port,
              udpPort,
              HostOptions.of("bench", null).withMaxParticipants(maxParticipants),
              CallEvents.IGNORED,
              HostThreads.named().withFatal(FatalExit::now));
    } catch (NetException e) {
      throw UserFacingException.failure(e.getMessage(), e);
    }
    THREADS.setThreadAllocatedMemoryEnabled(true);
    var out = spec.commandLine().getOut();
    out.println("ready");
    out.flush();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && !line.strip().equals("stop")) {
        if (line.strip().equals("sample")) {
          out.println(sample(host));
          out.flush();
        }
      }
    } finally {
      host.stop("benchmark over");
    }
    return 0;
  }

  private static String sample(HostServer host) {
    long gcCount = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, collector.getCollectionCount());
      gcMillis += Math.max(0, collector.getCollectionTime());
    }
    var relay = host.counters();
    var audio = host.audioCounters();
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "{\"cpu_ns\":%d,\"allocated_bytes\":%d,\"gc_count\":%d,\"gc_ms\":%d,"
            + "\"heap_used_bytes\":%d,\"heap_committed_bytes\":%d,\"rss_bytes\":%d,"
            + "\"participants\":%d,\"frames_in\":%d,\"frames_out\":%d,\"frames_replaced\":%d,"
            + "\"voice_in\":%d,\"voice_out\":%d,\"voice_out_udp\":%d,\"voice_dropped\":%d}",
        OS.getProcessCpuTime(),
        allocatedBytes(),
        gcCount,
        gcMillis,
        runtime.totalMemory() - runtime.freeMemory(),
        runtime.totalMemory(),
        residentBytes(),
        host.participantCount() - 1,
        relay.framesIn(),
        relay.framesOut(),
        relay.framesReplaced(),
        audio.packetsIn(),
        audio.packetsOut(),
        audio.packetsOverUdp(),
        audio.packetsDropped());
  }

  /** Bytes allocated so far by every live thread (the relay's threads live as long as it). */
  static long allocatedBytes() {
    long total = 0;
    for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  /** Resident set size from /proc (Linux); -1 elsewhere. */
  static long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux.
    }
    return -1;
  }
}
