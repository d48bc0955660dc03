package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code bench render} runs the window's render timing it is handed, and says what is wrong. */
@UnitTest
class BenchRenderCommandTest {

  private final StringWriter err = new StringWriter();
  private final List<String> asked = new ArrayList<>();

  private String run(RenderTiming timing, String... args) {
    CommandLine commandLine = Cli.commandLine(action -> {}, timing);
    commandLine.setErr(new PrintWriter(err));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      int exit = commandLine.execute(args);
      return exit + ":" + printed.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void printsTheJsonLineOfTheTimingWithTheGridAsked() {
    String result =
        run(
            (columns, frames) -> {
              asked.add(columns + "x" + frames);
              return "{\"benchmark\":\"render\"}";
            },
            "bench",
            "render",
            "--columns",
            "80",
            "--frames",
            "5");

    assertThat(result).isEqualTo("0:{\"benchmark\":\"render\"}" + System.lineSeparator());
    assertThat(asked).containsExactly("80x5");
  }

  @Test
  void withoutADisplayItSaysToUseXvfbInOneLine() {
    String result =
        run(
            (columns, frames) -> {
              throw new UnsupportedOperationException("Unable to open DISPLAY");
            },
            "bench",
            "render");

    assertThat(result).isEqualTo(Cli.EXIT_FAILURE + ":");
    assertThat(err.toString())
        .isEqualTo(
            "asciicall: The render benchmark needs a display: run it under xvfb-run"
                + System.lineSeparator());
  }

  @Test
  void aGridOutsideTheSlidersRangeIsAUsageError() {
    String result =
        run(
            (columns, frames) -> {
              throw new AssertionError("must not run");
            },
            "bench",
            "render",
            "--columns",
            "20");

    assertThat(result).isEqualTo(Cli.EXIT_USAGE + ":");
    assertThat(err.toString()).startsWith("asciicall: --columns must be 40..200");
  }
}
