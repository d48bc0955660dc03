package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.call.HostRequest;
import dev.asciicall.terminal.TerminalFrontEnd;
import dev.asciicall.terminal.TerminalFrontEnd.Ending;
import dev.asciicall.testing.UnitTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code preview} and {@code --terminal} at the command line: bad input is one line and exit 2
 * before anything starts, and how a terminal call ended becomes the exit codes of {@code join
 * --headless}. (The views themselves are tested in {@code terminal.TerminalFrontEndTest}; here
 * standard input is not a terminal.)
 */
@UnitTest
class TerminalCommandsTest {

  private final StringWriter err = new StringWriter();
  private final List<StartupAction> launched = new ArrayList<>();

  private int run(String... args) {
    CommandLine commandLine = Cli.commandLine(launched::add, (columns, frames) -> "{}");
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private List<String> errorLines() {
    return err.toString().lines().toList();
  }

  @Test
  void withoutATerminalThePreviewSaysSoInOneLine() {
    assertThat(run("preview", "--source", "demo")).isEqualTo(2);

    assertThat(errorLines())
        .containsExactly(
            "asciicall: the terminal view needs an interactive terminal; standard input or output"
                + " is redirected");
  }

  @Test
  void aJoinInTheTerminalNeedsATerminalAndOpensNoWindow() {
    assertThat(run("join", "127.0.0.1:1", "--terminal")).isEqualTo(2);

    assertThat(errorLines()).singleElement().asString().contains("interactive terminal");
    assertThat(launched).isEmpty();
  }

  @Test
  void badTerminalOptionsAreOneLineAndExitTwo() {
    assertThat(run("preview", "--color", "purple")).isEqualTo(2);
    assertThat(err.toString())
        .contains("unknown colour level 'purple'; use auto, truecolor, 256, 16 or none");

    assertThat(run("preview", "--columns", "5")).isEqualTo(2);
    assertThat(err.toString()).contains("--columns must be 16..200, got 5");

    assertThat(run("join", "127.0.0.1:1", "--terminal", "--headless")).isEqualTo(2);
    assertThat(err.toString()).contains("--terminal and --headless exclude each other");

    assertThat(run("host", "--terminal", "--max-participants", "4")).isEqualTo(2);
    assertThat(err.toString()).contains("--max-participants works with --headless only");

    assertThat(run("join", "127.0.0.1:1", "--terminal", "--stats-json", "x.json")).isEqualTo(2);
    assertThat(err.toString()).contains("--stats-json works with --headless only");
    assertThat(launched).isEmpty();
  }

  @Test
  void howATerminalCallEndedIsItsExitCode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    assertThat(exit(Ending.LEFT, "You left the call.", print)).isZero();
    assertThat(exit(Ending.CALL_ENDED, "The host ended the call.", print)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("You left the call.", "The host ended the call.");
    assertThat(exit(Ending.LOST_HOST, "The connection to the host was lost.", print))
        .isEqualTo(Cli.EXIT_LOST_HOST);
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .last()
        .isEqualTo("asciicall: The connection to the host was lost.");
    assertThatThrownBy(() -> exit(Ending.NOT_STARTED, "Wrong passphrase for the call.", print))
        .isInstanceOfSatisfying(
            UserFacingException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
              assertThat(e.getMessage()).isEqualTo("Wrong passphrase for the call.");
            });
  }

  @Test
  void theHostIsToldWhereOthersJoin() {
    String note =
        TerminalCallCommand.hostingNote(
            new HostRequest(47555, 47777, "retro", "Hana", "pass".toCharArray()));

    assertThat(note)
        .startsWith("hosting 'retro' with a passphrase: others join with  asciicall join ")
        .contains(":47555 --udp-port 47777");
  }

  private static int exit(Ending ending, String message, PrintStream out) {
    return TerminalCallCommand.exit(new TerminalFrontEnd.Outcome(ending, message), out, out);
  }
}
