package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code host --headless} configured the way the relay's systemd unit does it: the settings in the
 * environment (from /etc/asciicall/relay.conf) and the passphrase in a file systemd hands over,
 * empty when the operator installed none. Run as a separate process, as systemd runs it.
 */
@NetworkTest
class RelayEnvironmentTest {

  @TempDir Path settings;

  private record Run(int exitCode, String output) {}

  private Run host(Map<String, String> environment) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Dasciicall.config.dir=" + settings,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.asciicall.app.Launcher",
                "host",
                "--headless",
                "--duration",
                "1")
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("ASCIICALL_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      byte[] output = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } finally {
      process.destroyForcibly();
    }
  }

  private Map<String, String> relayConf(Path passphraseFile) {
    return Map.of(
        "ASCIICALL_PORT",
        Integer.toString(FreePorts.tcp()),
        "ASCIICALL_UDP_PORT",
        Integer.toString(FreePorts.udp()),
        "ASCIICALL_CALL_NAME",
        "Team relay",
        "ASCIICALL_MAX_PARTICIPANTS",
        "6",
        "ASCIICALL_STATS_INTERVAL",
        "60",
        HostCommand.PASSPHRASE_FILE_VARIABLE,
        passphraseFile.toString());
  }

  @Test
  void takesPortCallNameAndPassphraseFromTheEnvironment() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () -> {
          Path passphrase = Files.writeString(settings.resolve("passphrase"), "correct horse\n");
          Map<String, String> environment = relayConf(passphrase);
          Run run = host(environment);

          assertThat(run.exitCode()).as(run.output()).isZero();
          assertThat(run.output())
              .contains(
                  "hosting 'Team relay' on TCP "
                      + environment.get("ASCIICALL_PORT")
                      + ", UDP "
                      + environment.get("ASCIICALL_UDP_PORT")
                      + ", encrypted, passphrase required")
              .doesNotContain("Exception");
        });
  }

  @Test
  void anEmptyPassphraseFileMeansNoPassphraseAndSaysSo() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () -> {
          Path empty = Files.createFile(settings.resolve("passphrase"));
          Run run = host(relayConf(empty));

          assertThat(run.exitCode()).as(run.output()).isZero();
          assertThat(run.output())
              .contains("encrypted, no passphrase (anyone who knows the address can join)");
        });
  }

  @Test
  void aMissingPassphraseFileStopsTheRelayWithOneLine() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () -> {
          Run run = host(relayConf(settings.resolve("nowhere")));

          assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
          List<String> lines =
              run.output().lines().filter(line -> line.startsWith("asciicall:")).toList();
          assertThat(lines).hasSize(1);
          assertThat(lines.get(0)).startsWith("asciicall: ASCIICALL_PASSPHRASE_FILE: ");
          assertThat(run.output()).doesNotContain("Exception").doesNotContain("hosting");
        });
  }

  @Test
  void everySettingInTheRelayConfigurationIsOneTheHostCommandReads() throws IOException {
    StringWriter help = new StringWriter();
    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    commandLine.setOut(new PrintWriter(help));
    assertThat(commandLine.execute("host", "--help")).isZero();
    String text = help.toString().replaceAll("\\s+", " ");

    List<String> settings =
        Files.readAllLines(Path.of("packaging/linux/relay.conf")).stream()
            .filter(line -> line.matches("[A-Z_]+=.*"))
            .map(line -> line.substring(0, line.indexOf('=')))
            .toList();
    assertThat(settings)
        .contains("ASCIICALL_PORT", "ASCIICALL_CALL_NAME", "ASCIICALL_MAX_PARTICIPANTS");
    assertThat(text).contains(settings);
    String unit = Files.readString(Path.of("packaging/linux/asciicall-relay.service"));
    assertThat(unit).contains("Environment=" + HostCommand.PASSPHRASE_FILE_VARIABLE + "=");
    assertThat(text).contains(HostCommand.PASSPHRASE_FILE_VARIABLE);
  }

  @Test
  void aBadValueInTheConfigurationIsAUsageError() throws IOException {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () -> {
          Run run = host(Map.of("ASCIICALL_PORT", "fifty"));

          assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
          assertThat(run.output())
              .contains("asciicall: Invalid value for option '--port': 'fifty'");
        });
  }
}
