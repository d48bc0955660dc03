package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.crypto.FailureBackoff;
import dev.asciicall.crypto.PassphraseGate;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.HostServer;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.MovableClock;
import dev.asciicall.testing.NetworkTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code join} against a passphrase-protected host: one line for a wrong passphrase, codes. */
@NetworkTest
class SecureCallCommandsTest {

  private final StringWriter err = new StringWriter();

  @TempDir Path directory;

  private final List<StartupAction> launched = new ArrayList<>();

  private int run(String... args) {
    CommandLine commandLine = Cli.commandLine(launched::add, (columns, frames) -> "{}");
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void aWrongPassphraseIsOneLineAndARightOnePrintsTheSafetyCode() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          int tcpPort = FreePorts.tcp();
          int udpPort = FreePorts.udp();
          Path wrong = Files.writeString(directory.resolve("wrong"), "swordfish?\n");
          Path right = Files.writeString(directory.resolve("right"), "swordfish\n");
          MovableClock clock = new MovableClock();
          HostServer host =
              HostServer.start(
                  tcpPort,
                  udpPort,
                  HostOptions.of("Private", "Hal")
                      .withPassphraseGate(
                          new PassphraseGate(
                              "swordfish".toCharArray(),
                              new FailureBackoff(clock),
                              new SecureRandom())),
                  CallEvents.IGNORED);
          try {
            String address = "127.0.0.1:" + tcpPort;
            String udp = Integer.toString(udpPort);
            int exit =
                run(
                    "join",
                    address,
                    "--udp-port",
                    udp,
                    "--headless",
                    "--passphrase-file",
                    wrong.toString());
            assertThat(exit).isEqualTo(Cli.EXIT_FAILURE);
            assertThat(err.toString().lines().toList())
                .containsExactly("asciicall: cannot join: wrong passphrase");

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream original = System.out;
            // The back-off after the wrong guess is one second, on the host's clock.
            clock.advance(Duration.ofSeconds(1));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
              exit =
                  run(
                      "join",
                      address,
                      "--udp-port",
                      udp,
                      "--headless",
                      "--duration",
                      "1",
                      "--name",
                      "Ann",
                      "--passphrase-file",
                      right.toString());
            } finally {
              System.setOut(original);
            }
            assertThat(exit).isEqualTo(0);
            String output = printed.toString(StandardCharsets.UTF_8);
            assertThat(output)
                .containsPattern("safety code with host 127\\.0\\.0\\.1:\\d+: \\d{4} \\d{4}")
                .containsPattern("safety code with Hal: \\d{4} \\d{4} \\d{4} \\d{4} \\d{4}");
          } finally {
            host.stop("test over");
          }
        });
  }

  @Test
  void theWindowGetsThePassphraseFromAFileOrTheEnvironment() throws IOException {
    Path file = Files.writeString(directory.resolve("phrase"), "swordfish\n");
    assertThat(run("host", "--passphrase-file", file.toString())).isZero();
    StartupAction.Host host = (StartupAction.Host) launched.get(0);
    assertThat(host.request().passphrase()).containsExactly("swordfish".toCharArray());

    // A variable that is not set is refused before any window opens.
    assertThat(run("join", "127.0.0.1", "--passphrase-env", "NO_SUCH_VARIABLE_HERE"))
        .isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).contains("NO_SUCH_VARIABLE_HERE");
    assertThat(launched).hasSize(1);
  }

  @Test
  void theWindowRefusesAParticipantLimitItWouldIgnore() {
    assertThat(run("host", "--max-participants", "4")).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).contains("--max-participants works with --headless only");
    assertThat(launched).isEmpty();
  }

  @Test
  void aParticipantLimitOutsideTheRangeIsAUsageError() {
    assertThat(run("host", "--headless", "--max-participants", "1")).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("asciicall: --max-participants must be 2..");
  }
}
