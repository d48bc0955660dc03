package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.app.Launcher;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.ChatMessage;
import dev.asciicall.net.PeerClient;
import dev.asciicall.net.VideoPacket;
import dev.asciicall.testing.ChildJvm;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl+C (SIGINT) or a service manager's SIGTERM on {@code host --headless}: the call ends for
 * everyone with a reason, and the process exits 0 without a trace. It used to print "unexpected
 * error: java.lang.IllegalStateException: Shutdown in progress" every time.
 */
@Tag("network")
@NetworkTest
class HostSignalTest {

  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void aSignalEndsTheCallForEveryoneAndExitsZero(String signal) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () -> {
          int port = FreePorts.tcp();
          int udpPort = FreePorts.udp();
          try (ChildJvm host =
              ChildJvm.start(
                  List.of(),
                  Launcher.class.getName(),
                  "host",
                  "--headless",
                  "--port",
                  Integer.toString(port),
                  "--udp-port",
                  Integer.toString(udpPort))) {
            host.awaitLine(line -> line.startsWith("hosting"), Duration.ofSeconds(30));
            Assumptions.assumeFalse(
                signal.equals("INT") && ignoresInterrupt(host.pid()),
                "started with SIGINT ignored (a background job): the JVM keeps it ignored");
            CompletableFuture<String> ended = new CompletableFuture<>();
            try (PeerClient ann =
                PeerClient.connect("127.0.0.1", port, udpPort, "Ann", endsWith(ended), 10_000)) {
              host.signal(signal);

              assertThat(host.awaitExit(Duration.ofSeconds(30))).isZero();
              assertThat(ended.get(10, TimeUnit.SECONDS)).isEqualTo("the host ended the call");
            }
            assertThat(host.out()).contains("call ended: the host ended the call");
            assertThat(host.err())
                .noneMatch(line -> line.contains("Exception") || line.contains("Shutdown"));
          }
        });
  }

  /** Whether SIGINT is ignored in {@code pid} (bit 2 of SigIgn in /proc/PID/status). */
  private static boolean ignoresInterrupt(long pid) throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  private static CallEvents endsWith(CompletableFuture<String> ended) {
    return new CallEvents() {
      @Override
      public void participantJoined(int id, String name) {}

      @Override
      public void participantLeft(int id, String reason) {}

      @Override
      public void video(VideoPacket video) {}

      @Override
      public void chat(ChatMessage chat) {}

      @Override
      public void keyframeRequested() {}

      @Override
      public void callEnded(String reason) {
        ended.complete(reason);
      }
    };
  }
}
