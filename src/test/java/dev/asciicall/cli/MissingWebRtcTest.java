package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.CallAudio;
import dev.asciicall.call.HeadlessParticipant;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostServer;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An installation without WebRTC's native library (a platform webrtc-java has none for, or a class
 * path without it) still calls: a child JVM on this test's class path minus the native jar joins a
 * call with voice processing asked for, says in one line that it is unavailable, and its voice
 * still reaches the others, unprocessed.
 */
@NetworkTest
class MissingWebRtcTest {

  @Test
  void withoutTheNativeLibraryVoiceGoesOutUnprocessedAndOneLineSaysSo() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () -> {
          int tcpPort = FreePorts.tcp();
          int udpPort = FreePorts.udp();
          HostServer host = HostServer.start(tcpPort, udpPort, "Plain", null, CallEvents.IGNORED);
          try (HeadlessParticipant listener =
              new HeadlessParticipant("Ear", new PrintStream(OutputStream.nullOutputStream()))) {
            listener.join("127.0.0.1", tcpPort, udpPort, 5_000);
            CallAudio audio = listener.startAudio(null, null);
            String classPath =
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.matches(".*webrtc-java-[0-9.]+-[a-z0-9_-]+\\.jar"))
                    .collect(Collectors.joining(File.pathSeparator));
            assertThat(classPath).isNotEqualTo(System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Djava.awt.headless=true", "-cp", classPath));
            command.add("dev.asciicall.app.Launcher");
            command.addAll(
                List.of(
                    "join",
                    "127.0.0.1:" + tcpPort,
                    "--udp-port",
                    String.valueOf(udpPort),
                    "--headless",
                    "--name",
                    "Plain",
                    "--duration",
                    "3",
                    "--fps",
                    "2",
                    "--audio-source",
                    "tone:500",
                    "--audio-processing",
                    "all"));
            Path out = Path.of("target", "missing-webrtc-" + System.nanoTime() + ".out");
            Path err = Path.of("target", "missing-webrtc-" + System.nanoTime() + ".err");
            Process process =
                new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(errors).isZero();
            assertThat(printed)
                .containsPattern(
                    "audio: Voice processing unavailable \\(no native WebRTC library for .+\\):"
                        + " your voice is sent unprocessed");
            assertThat(errors).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(audio.stats().packetsReceived()).isGreaterThan(5);
          } finally {
            host.stop("test over");
          }
        });
  }
}
