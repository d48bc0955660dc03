package dev.asciicall.capture;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the user can pick and how each pick becomes a {@link FrameSource}. {@link #available()}
 * looks for cameras, so call it off the FX thread.
 */
public final class SourceCatalog implements SourceFactory {

  private final WebcamCatalog webcams;

  public SourceCatalog(WebcamCatalog webcams) {
    this.webcams = webcams;
  }

  /** The sources of this machine. */
  public static SourceCatalog system() {
    return new SourceCatalog(WebcamCatalog.system());
  }

  /** Everything available now: cameras (or why none) and whether the screen can be shared. */
  public SourceListing available() {
    return new SourceListing(webcams.discover(), ScreenSource.unavailableReason());
  }

  @Override
  public FrameSource create(SourceSpec spec, Consumer<String> warnings) {
    if (spec instanceof SourceSpec.Demo demo) {
      return demo.scene() == SourceSpec.DemoScene.TEST_PATTERN
          ? new TestPatternSource()
          : new DemoSource();
    } else if (spec instanceof SourceSpec.Camera camera) {
      return new WebcamSource(webcams, camera);
    } else if (spec instanceof SourceSpec.Image image) {
      return new ImageSource(image.path());
    } else if (spec instanceof SourceSpec.Folder folder) {
      return new FolderSource(folder.path(), folder.framesPerSecond(), warnings);
    } else if (spec instanceof SourceSpec.Screen screen) {
      return new ScreenSource(screen.region());
    }
    throw new IllegalArgumentException("unknown source " + spec);
  }

  /**
   * @param screenUnavailable why the screen cannot be shared, empty when it can
   */
  public record SourceListing(CameraDiscovery cameras, Optional<String> screenUnavailable) {}
}
