package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.capture.SourceSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a user sees from {@code host}, {@code join} and {@code discover} on bad input. */
class CallCommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private final List<List<String>> windows = new ArrayList<>();

  private int run(String... args) {
    CommandLine commandLine = Cli.commandLine(windows::add);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void joinWithoutHeadlessOpensTheWindowJoiningThatHost() {
    assertThat(run("join", "10.0.0.5:6000", "--name", "Ada", "--udp-port", "6001")).isZero();
    assertThat(windows).hasSize(1);
    assertThat(StartupAction.decode(windows.get(0)))
        .contains(
            new StartupAction.Join(
                new JoinRequest(new HostAddress("10.0.0.5", 6000), 6001, "Ada"),
                SourceSpec.parse("demo")));
  }

  @Test
  void hostWithoutHeadlessOpensTheWindowHosting() {
    assertThat(run("host", "--port", "6000", "--call-name", "Team", "--name", "Hana")).isZero();
    assertThat(StartupAction.decode(windows.get(0)))
        .contains(
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
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
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
}
