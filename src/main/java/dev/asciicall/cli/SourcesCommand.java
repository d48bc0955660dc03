package dev.asciicall.cli;

import dev.asciicall.capture.CameraDiscovery;
import dev.asciicall.capture.CameraInfo;
import dev.asciicall.capture.Resolution;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.capture.SourceSpec;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code asciicall sources}: what can be passed to {@code --source} on this machine. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description =
        "List the picture sources on this machine: cameras with their resolutions"
            + " (or why there are none), the demo scene, images, folders and the screen.")
public final class SourcesCommand implements Runnable {

  private final Supplier<SourceCatalog.SourceListing> listing;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public SourcesCommand() {
    this(() -> SourceCatalog.system().available());
  }

  SourcesCommand(Supplier<SourceCatalog.SourceListing> listing) {
    this.listing = listing;
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    SourceCatalog.SourceListing listing = this.listing.get();
    out.println("Sources for --source:");
    out.println("  demo                      a built-in moving portrait (always available)");
    out.println("  demo:pattern              the built-in test pattern (always available)");
    CameraDiscovery cameras = listing.cameras();
    if (cameras.cameras().isEmpty()) {
      out.println("  webcam                    no camera: " + cameras.problem().orElse(""));
    } else {
      out.println("  webcam                    the first camera, or one of:");
      for (CameraInfo camera : cameras.cameras()) {
        SourceSpec example = new SourceSpec.Camera(Optional.of(camera.name()), Optional.empty());
        out.println("    " + example);
        out.println(
            "        resolutions: "
                + camera.resolutions().stream()
                    .map(Resolution::toString)
                    .collect(Collectors.joining(", "))
                + "  (add @WIDTHxHEIGHT to choose)");
      }
    }
    out.println("  image:PATH                a still picture (PNG, JPEG, GIF, BMP)");
    out.println(
        "  folder:PATH[@FPS]         the pictures of a folder as a loop (default "
            + (long) SourceSpec.Folder.DEFAULT_FRAMES_PER_SECOND
            + " fps)");
    out.println(
        "  screen[:X,Y,W,H]          "
            + listing
                .screenUnavailable()
                .map(reason -> "unavailable: " + reason)
                .orElse("the desktop, or a region of it"));
    out.flush();
  }
}
