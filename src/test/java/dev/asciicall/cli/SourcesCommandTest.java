package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.CameraDiscovery;
import dev.asciicall.capture.CameraInfo;
import dev.asciicall.capture.Resolution;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.testing.UnitTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@UnitTest
class SourcesCommandTest {

  private record Result(int exitCode, String out, String err) {}

  private static Result run(Object command, String... args) {
    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    CommandLine sub = new CommandLine(command);
    commandLine.addSubcommand("test", sub);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    String[] full = new String[args.length + 1];
    full[0] = "test";
    System.arraycopy(args, 0, full, 1, args.length);
    return new Result(commandLine.execute(full), out.toString(), err.toString());
  }

  private static SourceCatalog.SourceListing catalogWith(CameraDiscovery discovery) {
    return new SourceCatalog.SourceListing(
        discovery, Optional.of("Screen sharing needs a desktop session (test)."));
  }

  @Test
  void listsCamerasWithResolutionsAndTheOtherSources() {
    CameraDiscovery found =
        new CameraDiscovery(
            List.of(
                new CameraInfo(
                    "HD Cam /dev/video0",
                    List.of(new Resolution(320, 240), new Resolution(640, 480)))),
            Optional.empty());
    Result result = run(new SourcesCommand(() -> catalogWith(found)));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("demo")
        .contains("webcam:HD Cam /dev/video0")
        .contains("resolutions: 320x240, 640x480")
        .contains("folder:PATH[@FPS]")
        .contains("screen[:X,Y,W,H]          unavailable: Screen sharing needs a desktop session");
  }

  @Test
  void saysPlainlyWhyThereIsNoCamera() {
    CameraDiscovery none =
        new CameraDiscovery(List.of(), Optional.of("The camera library cannot load: install it."));
    Result result = run(new SourcesCommand(() -> catalogWith(none)));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("no camera: The camera library cannot load: install it.");
  }

  @Test
  void captureCommandPrintsStatsAndFallsBackWithAMessage() {
    Result demo = run(new CaptureCommand(), "--source", "demo", "--seconds", "1", "--fps", "10");
    assertThat(demo.exitCode()).isZero();
    assertThat(demo.out()).contains("RUNNING").contains("Demo scene").contains("fps");

    Result missing =
        run(new CaptureCommand(), "--source", "image:/no/such/picture.png", "--seconds", "1");
    assertThat(missing.exitCode()).isZero();
    assertThat(missing.out())
        .contains("[FALLBACK] Image /no/such/picture.png does not exist or is not a file.")
        .contains("Showing the demo scene meanwhile.");
  }

  @Test
  void badSourceIsAUsageErrorWithTheAcceptedForms() {
    Result result = run(new CaptureCommand(), "--source", "camera");
    assertThat(result.exitCode()).isEqualTo(Cli.EXIT_USAGE);
    assertThat(result.err()).contains("unknown source 'camera'").contains("webcam[:NAME]");
    assertThat(result.err()).doesNotContain("Exception");
  }
}
