package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.testing.NetworkTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@NetworkTest
class BenchCallCommandTest {

  @Test
  void aShortLoopbackCallPrintsOneJsonLineOfDecodedFrames() {
    String json =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> run("--peers", "2", "--fps", "10", "--seconds", "1.5", "--warmup", "1"));

    assertThat(json.lines()).hasSize(1);
    assertThat(json)
        .contains("\"benchmark\":\"call\"", "\"peers\":2", "\"columns\":80")
        .contains("\"latency_ms_p50\":", "\"latency_ms_p95\":");
    assertThat(number(json, "frames_decoded")).isPositive();
    assertThat(number(json, "frame_bytes_median")).isPositive();
  }

  @Test
  void withAudioEveryParticipantSpeaksAndTheJsonSaysHowItWent() {
    String json =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> run("--peers", "2", "--fps", "5", "--seconds", "2", "--warmup", "1", "--audio"));

    assertThat(json.lines()).hasSize(1);
    assertThat(json).contains("\"audio\":{\"kbps_per_speaker_median\":");
    assertThat(number(json, "kbps_per_speaker_median")).isPositive();
    assertThat(number(json, "packets_received")).isPositive();
    assertThat(number(json, "capture_to_network_ms_p50")).isPositive();
  }

  @Test
  void acceptsAsManyPeersAsADefaultCallHoldsAndSaysSoBeyond() {
    String json =
        assertTimeoutPreemptively(
            Duration.ofSeconds(90),
            () -> run("--peers", "31", "--fps", "1", "--seconds", "1", "--warmup", "1"));
    assertThat(json).contains("\"peers\":31");

    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err));
    assertThat(commandLine.execute("bench", "call", "--peers", "32")).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("asciicall:").contains("2..31");
  }

  private static String run(String... args) {
    CommandLine commandLine = new CommandLine(new BenchCallCommand());
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString().strip();
  }

  private static double number(String json, String field) {
    Matcher matcher = Pattern.compile("\"" + field + "\":([0-9.]+)").matcher(json);
    assertThat(matcher.find()).as(field).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
