package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.HeadlessParticipant;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostServer;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a user sees from {@code host}, {@code join} and {@code discover} on bad input. */
@NetworkTest
class CallCommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private final List<StartupAction> windows = new ArrayList<>();

  private int run(String... args) {
    CommandLine commandLine = Cli.commandLine(windows::add, (columns, frames) -> "{}");
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void joinWithoutHeadlessOpensTheWindowJoiningThatHost() {
    assertThat(run("join", "10.0.0.5:6000", "--name", "Ada", "--udp-port", "6001")).isZero();
    assertThat(windows).hasSize(1);
    assertThat(windows.get(0))
        .isEqualTo(
            new StartupAction.Join(
                new JoinRequest(new HostAddress("10.0.0.5", 6000), 6001, "Ada"),
                SourceSpec.parse("demo")));
  }

  @Test
  void hostWithoutHeadlessOpensTheWindowHosting() {
    assertThat(run("host", "--port", "6000", "--call-name", "Team", "--name", "Hana")).isZero();
    assertThat(windows.get(0))
        .isEqualTo(
            new StartupAction.Host(
                new HostRequest(6000, HostAddress.DEFAULT_UDP_PORT, "Team", "Hana"),
                SourceSpec.parse("demo")));
  }

  @Test
  void aMistypedAddressIsAUsageErrorThatSaysWhy() {
    assertThat(run("join", "999.1.1.1:99999")).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("asciicall:").contains("1 to 65535");
    assertThat(windows).isEmpty();
  }

  @Test
  void joiningWhereNothingListensPrintsOneLineAndExitsOne() throws Exception {
    int port = FreePorts.tcp();
    int exit = run("join", "127.0.0.1:" + port, "--headless", "--duration", "1");
    assertThat(exit).isEqualTo(Cli.EXIT_FAILURE);
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("asciicall:").contains("127.0.0.1");
  }

  @Test
  void aBadSourceIsAUsageError() {
    assertThat(run("join", "127.0.0.1", "--headless", "--source", "nonsense")).isEqualTo(2);
    assertThat(err.toString()).startsWith("asciicall:");
  }

  @Test
  void aBadAudioSourceIsAUsageError() {
    assertThat(run("join", "127.0.0.1", "--headless", "--audio-source", "radio")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("asciicall: --audio-source")
        .contains("tone")
        .doesNotContain("Exception");
  }

  @Test
  void aBadAudioProcessingIsAUsageErrorThatListsTheChoices() {
    assertThat(run("join", "127.0.0.1", "--headless", "--audio-processing", "echo,reverb"))
        .isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString())
        .startsWith("asciicall: --audio-processing")
        .contains("all|none|echo,noise,gain")
        .doesNotContain("Exception");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void audioProcessingGivenForTheWindowReachesIt() {
    try {
      assertThat(run("join", "10.0.0.5:6000", "--audio-processing", "echo")).isZero();
      assertThat(System.getProperty(dev.asciicall.audio.ProcessingSettings.WINDOW_PROPERTY))
          .isEqualTo("echo");
    } finally {
      System.clearProperty(dev.asciicall.audio.ProcessingSettings.WINDOW_PROPERTY);
    }
  }

  @Test
  void headlessJoinSendsAToneAndReportsAudioStatistics(@TempDir Path folder) {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(40),
        () -> {
          int tcpPort = FreePorts.tcp();
          int udpPort = FreePorts.udp();
          HostServer host = HostServer.start(tcpPort, udpPort, "Tones", null, CallEvents.IGNORED);
          try (HeadlessParticipant listener =
              new HeadlessParticipant("Ear", new PrintStream(OutputStream.nullOutputStream()))) {
            listener.join("127.0.0.1", tcpPort, udpPort, 5_000);
            var audio = listener.startAudio(null, null);
            Path stats = folder.resolve("stats.json");
            int exit =
                run(
                    "join",
                    "127.0.0.1:" + tcpPort,
                    "--udp-port",
                    String.valueOf(udpPort),
                    "--headless",
                    "--duration",
                    "3",
                    "--fps",
                    "5",
                    "--audio-source",
                    "tone:660",
                    "--stats-json",
                    stats.toString());
            assertThat(exit).isEqualTo(0);
            String json = Files.readString(stats);
            // Timing is the benchmark's business: here a tone must have gone out and arrived.
            assertThat(number(json, "packets_sent")).isGreaterThan(10);
            // The listener sends no video: one gap, as long as the time joined.
            assertThat(number(json, "longest_gap_ms")).isGreaterThan(2_000);
            // kbps is the rate over wall time: a tone thread starved on a loaded machine sends
            // fewer frames and it falls (7.3 at load 10), so here it is only reported; the
            // encoder's rate is OpusCodecTest's, measured on media time.
            assertThat(number(json, "kbps")).isPositive().isLessThanOrEqualTo(32.0);
            assertThat(audio.stats().packetsReceived()).isGreaterThan(5);
          } finally {
            host.stop("test over");
          }
        });
  }

  private static double number(String json, String key) {
    Matcher matcher = Pattern.compile("\"" + key + "\":([0-9.]+)").matcher(json);
    assertThat(matcher.find()).as("%s in %s", key, json).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
