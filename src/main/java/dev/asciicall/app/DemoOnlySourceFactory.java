package dev.asciicall.app;

import dev.asciicall.capture.CaptureException;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.FrameSource;
import dev.asciicall.capture.SourceFactory;
import dev.asciicall.capture.SourceSpec;
import java.util.function.Consumer;

/**
 * Serves the demo scene, and refuses other sources with a message the user can act on. The
 * device-backed catalog of the capture package replaces it here once it is merged.
 */
final class DemoOnlySourceFactory implements SourceFactory {

  @Override
  public FrameSource create(SourceSpec spec, Consumer<String> warnings) throws CaptureException {
    if (spec instanceof SourceSpec.Demo) {
      return new DemoSource();
    }
    throw new CaptureException(
        "This build can only show the demo scene; " + spec + " is not available yet.");
  }
}
