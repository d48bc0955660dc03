package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@UnitTest
class BenchCodecCommandTest {

  @Test
  void realFootagePrintsOneJsonLineWithPayloadsFarBelowThePlainText() throws Exception {
    String json = run("--input", footage("moving").toString(), "--passes", "1");

    assertThat(json.lines()).hasSize(1);
    assertThat(json)
        .contains("\"frames\":60", "\"columns\":128", "\"rows\":36", "\"text_bytes\":4644")
        .contains("\"keyframe_bytes_median\":", "\"encode_ms_median\":", "\"decode_ms_median\":");
    // Frames come from the engine's default mode over its 70-glyph ramp (7 bits a cell before
    // compression), not a 10-glyph stand-in: moving real footage is about a third of the text.
    assertThat(number(json, "bytes_median")).isLessThan(4644 / 2.5);
    assertThat(json).contains("\"mode\":\"likeness\"");
    assertThat(number(json, "bytes_mean")).isPositive();
  }

  @Test
  void aStillSceneCostsLessThanHalfOfAMovingOneAndColourIsReported() throws Exception {
    double still =
        number(run("--input", footage("still").toString(), "--passes", "1"), "bytes_median");
    double moving =
        number(run("--input", footage("moving").toString(), "--passes", "1"), "bytes_median");
    assertThat(still).isLessThan(moving / 2);
    String color = run("--demo", "10", "--color", "--columns", "64", "--passes", "1");
    assertThat(color).contains("\"color\":true", "\"columns\":64");
  }

  @Test
  void badInputIsOneClearMessage(@TempDir Path empty) throws Exception {
    assertThatThrownBy(() -> command("--input", empty.resolve("missing").toString()).call())
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("not a folder");
    assertThatThrownBy(() -> command("--input", empty.toString()).call())
        .hasMessageContaining("need at least 2");
    Files.writeString(empty.resolve("a.png"), "not an image");
    Files.writeString(empty.resolve("b.png"), "not an image");
    assertThatThrownBy(() -> command("--input", empty.toString()).call())
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("a.png");
    assertThatThrownBy(() -> command().call()).hasMessageContaining("--input DIR or --demo");
  }

  private static String run(String... args) {
    BenchCodecCommand command = new BenchCodecCommand();
    CommandLine commandLine = new CommandLine(command);
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString().strip();
  }

  private static BenchCodecCommand command(String... args) {
    BenchCodecCommand command = new BenchCodecCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  private static double number(String json, String field) {
    Matcher matcher = Pattern.compile("\"" + field + "\":([0-9.]+)").matcher(json);
    assertThat(matcher.find()).as(field).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  private static Path footage(String name) throws URISyntaxException {
    return Path.of(BenchCodecCommandTest.class.getResource("/footage/" + name).toURI());
  }
}
