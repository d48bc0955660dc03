package dev.asciicall.capture;

import java.util.function.Consumer;

/** Makes an unopened {@link FrameSource} for a spec; {@link SourceCatalog} is the real one. */
@FunctionalInterface
public interface SourceFactory {

  /**
   * @param warnings receives messages about problems the source works around (a skipped file)
   * @throws CaptureException with a user message when the spec cannot be served at all
   */
  FrameSource create(SourceSpec spec, Consumer<String> warnings) throws CaptureException;
}
