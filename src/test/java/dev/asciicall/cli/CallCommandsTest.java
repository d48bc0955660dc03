package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a user sees from {@code host}, {@code join} and {@code discover} on bad input. */
class CallCommandsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Cli.commandLine(actions -> {});
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void joinWithoutHeadlessSaysTheWindowCannotJoinYet() {
    assertThat(run("join", "127.0.0.1:54555")).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).contains("--headless").doesNotContain("Exception");
  }

  @Test
  void hostWithoutHeadlessSaysTheWindowCannotHostYet() {
    assertThat(run("host")).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).contains("--headless").doesNotContain("Exception");
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
