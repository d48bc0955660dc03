package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@UnitTest
class BenchStabilityCommandTest {

  @Test
  void printsOneJsonLineWithTheMedianFractionOfChangedCells() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    commandLine.setOut(new PrintWriter(out));
    int exit =
        commandLine.execute(
            "bench",
            "stability",
            "--input",
            "src/test/resources/footage/still",
            "--columns",
            "40",
            "--mode",
            "shape");
    assertThat(exit).isZero();
    assertThat(out.toString().trim())
        .matches(
            "\\{\"frames\":60,\"columns\":40,\"rows\":12,\"mode\":\"shape\",\"noise\":0\\.0,"
                + "\"changed_cells_median\":0\\.[0-9]{4},\"changed_cells_mean\":0\\.[0-9]{4},"
                + "\"changed_cells_max\":[01]\\.[0-9]{4}}");
  }

  @Test
  void oneImageWithoutRepeatsOrNoFolderIsBadInput(@TempDir Path folder) throws IOException {
    Files.copy(Path.of("src/test/resources/photos/camera.jpg"), folder.resolve("camera.jpg"));
    StringWriter err = new StringWriter();
    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    commandLine.setErr(new PrintWriter(err));
    assertThat(commandLine.execute("bench", "stability", "--input", folder.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("asciicall: need at least 2 frames");
    assertThat(commandLine.execute("bench", "stability", "--input", "/no/such/folder"))
        .isEqualTo(2);
  }
}
