package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@UnitTest
class BenchConvertCommandTest {

  @Test
  void printsOneJsonLineWithMedians() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    commandLine.setOut(new PrintWriter(out));
    int exit =
        commandLine.execute(
            "bench",
            "convert",
            "--synthetic",
            "--width",
            "320",
            "--height",
            "180",
            "--columns",
            "32",
            "--mode",
            "density",
            "--warmup",
            "2",
            "--frames",
            "5");
    assertThat(exit).isZero();
    assertThat(out.toString().trim())
        .matches(
            "\\{\"frames\":5,\"width\":320,\"height\":180,\"columns\":32,\"rows\":9,"
                + "\"mode\":\"density\",\"simd\":\"vector-(256|512)\","
                + "\"convert_ms_median\":[0-9.]+,\"convert_ms_p95\":[0-9.]+"
                + "(,\"cpu_ms_median\":[0-9.]+)?}");
  }

  @Test
  void aMissingInputFolderIsBadInput() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    commandLine.setErr(new PrintWriter(err));
    assertThat(commandLine.execute("bench", "convert", "--input", "/no/such/folder")).isEqualTo(2);
    assertThat(err.toString()).startsWith("asciicall: no such folder");
  }
}
