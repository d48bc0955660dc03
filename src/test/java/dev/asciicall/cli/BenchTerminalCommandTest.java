package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@UnitTest
class BenchTerminalCommandTest {

  @Test
  void changedCellsOnlyCostFarFewerBytesThanAFullRedraw() {
    String json =
        run(
            "--columns",
            "100",
            "--rows",
            "30",
            "--fps",
            "10",
            "--seconds",
            "1",
            "--rounds",
            "1",
            "--frame-columns",
            "48");

    assertThat(json.lines()).hasSize(1);
    assertThat(json)
        .contains("\"columns\":100", "\"rows\":30", "\"peers\":4", "\"color\":\"truecolor\"")
        .contains("\"mode\":\"density\"", "\"colour_frames\":true", "\"frame_columns\":48");
    double diff = number(json, "diff_bytes_per_second_median");
    double full = number(json, "full_bytes_per_second_median");
    assertThat(diff).isPositive().isLessThan(full);
    assertThat(number(json, "diff_cpu_percent_median")).isPositive();
  }

  @Test
  void fewerColoursCostFewerBytes() {
    String[] common = {
      "--columns",
      "80",
      "--rows",
      "24",
      "--fps",
      "5",
      "--seconds",
      "1",
      "--rounds",
      "1",
      "--frame-columns",
      "40"
    };
    double truecolor = number(run(common), "full_bytes_per_second_median");
    String[] none = java.util.Arrays.copyOf(common, common.length + 2);
    none[common.length] = "--color";
    none[common.length + 1] = "none";

    assertThat(number(run(none), "full_bytes_per_second_median")).isLessThan(truecolor / 2);
  }

  @Test
  void badInputIsOneClearMessage() {
    assertThatThrownBy(() -> command("--color", "lots").call())
        .isInstanceOf(UserFacingException.class)
        .hasMessage("unknown colour level 'lots'; use auto, truecolor, 256, 16 or none");
    assertThatThrownBy(() -> command("--color", "auto").call())
        .hasMessageContaining("needs a level");
    assertThatThrownBy(() -> command("--columns", "5").call()).hasMessageContaining("--columns");
    assertThatThrownBy(() -> command("--peers", "0").call()).hasMessageContaining("--peers");
  }

  private static String run(String... args) {
    CommandLine commandLine = new CommandLine(new BenchTerminalCommand());
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString().strip();
  }

  private static BenchTerminalCommand command(String... args) {
    BenchTerminalCommand command = new BenchTerminalCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  private static double number(String json, String field) {
    Matcher matcher = Pattern.compile("\"" + field + "\":([0-9.]+)").matcher(json);
    assertThat(matcher.find()).as(field).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
