package dev.asciicall.cli;

import dev.asciicall.call.HeadlessParticipant;
import dev.asciicall.capture.CaptureException;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.net.NetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code asciicall join HOST[:PORT]}: joins a call, headless or in the window. */
@Command(
    name = "join",
    mixinStandardHelpOptions = true,
    description = "Join a call hosted by another asciicall.")
final class JoinCommand implements Callable<Integer> {

  @Parameters(paramLabel = "HOST[:PORT]", description = "Host name or IP, optionally :TCP port.")
  String address;

  @Option(names = "--udp-port", defaultValue = "54777", description = "Host's UDP port.")
  int udpPort;

  @Option(names = "--name", defaultValue = "${sys:user.name}", description = "Display name.")
  String name;

  @Option(names = "--source", defaultValue = "demo", description = "Video source (demo).")
  String source;

  @Option(names = "--headless", description = "No window: send, receive and report.")
  boolean headless;

  @Option(names = "--duration", description = "Headless: leave after this many seconds.")
  Double durationSeconds;

  @Option(names = "--stats-json", description = "Headless: write statistics here on exit.")
  Path statsJson;

  @Option(names = "--fps", defaultValue = "30", description = "Frames per second sent.")
  double framesPerSecond;

  private final GuiLauncher gui;

  JoinCommand(GuiLauncher gui) {
    this.gui = gui;
  }

  @Override
  public Integer call() throws Exception {
    HostAddress host = HostAddress.parse(address);
    if (!"demo".equals(source)) {
      throw UserFacingException.badInput("unknown source '" + source + "' (only 'demo' for now)");
    }
    if (!headless) {
      gui.launch(List.of("join", host.host() + ":" + host.port(), name));
      return 0;
    }
    long start = System.nanoTime();
    try (HeadlessParticipant participant = new HeadlessParticipant(name, System.out)) {
      try {
        participant.join(host.host(), host.port(), udpPort, 5_000);
      } catch (NetException e) {
        throw UserFacingException.failure("cannot join: " + e.getMessage(), e);
      }
      participant.startSending(new DemoSource(320, 240, framesPerSecond), framesPerSecond, 80, 30);
      Thread hook = new Thread(participant::close, "join-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      long millis = durationSeconds == null ? Long.MAX_VALUE : (long) (durationSeconds * 1000);
      String reason = participant.awaitEnd(millis);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (statsJson != null) {
        write(statsJson, participant.statsJson(seconds));
      }
      Runtime.getRuntime().removeShutdownHook(hook);
      if (reason != null) {
        System.out.println("call ended: " + reason);
      }
      return 0;
    } catch (CaptureException e) {
      throw UserFacingException.failure("cannot capture: " + e.getMessage(), e);
    }
  }

  private static void write(Path file, String json) {
    try {
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserFacingException.failure("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
