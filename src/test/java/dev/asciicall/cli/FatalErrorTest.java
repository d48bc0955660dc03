package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.testing.ChildJvm;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A headless host whose network thread runs out of memory ends: one line on stderr and exit code 1,
 * at once, so a supervisor restarts it. It used to stay up looking alive (still printing stats,
 * ports held, new joins hanging) with a stack trace in its log.
 */
@Tag("network")
@NetworkTest
class FatalErrorTest {

  @Test
  void outOfMemoryOnTheUpdateThreadEndsTheHostWithOneLineAndExitCodeOne() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          int port = FreePorts.tcp();
          try (ChildJvm host =
              ChildJvm.start(
                  List.of("-Xmx64m"),
                  FailingHostMain.class.getName(),
                  "--headless",
                  "--port",
                  Integer.toString(port),
                  "--udp-port",
                  Integer.toString(FreePorts.udp()),
                  "--stats-interval",
                  "60")) {
            host.awaitLine(line -> line.startsWith("hosting"), Duration.ofSeconds(30));
            host.send("fail");
            host.awaitLine("armed"::equals, Duration.ofSeconds(10));

            // A connection makes the update thread hand work to the host thread.
            try (Socket knock = new Socket(InetAddress.getLoopbackAddress(), port)) {
              assertThat(host.awaitExit(Duration.ofSeconds(20))).isEqualTo(Cli.EXIT_FAILURE);
            }
            assertThat(host.err())
                .containsExactly(
                    "asciicall: out of memory (Java heap space) on thread net-host-update-1;"
                        + " exiting");
          }
        });
  }
}
