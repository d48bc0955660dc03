package dev.asciicall.ui.source;

import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import java.util.concurrent.CompletableFuture;

/**
 * What the Camera menu needs from the app: what can be picked, and picking it. Implemented by the
 * app's wiring over the capture service; tests hand in a fake.
 */
public interface SourceChooser {

  /**
   * Looks for cameras and the screen off the FX thread (camera discovery can take seconds); the
   * future completes on a background thread.
   */
  CompletableFuture<SourceListing> available();

  /** Switches the local feed to {@code spec} and remembers it. Any thread; never blocks. */
  void choose(SourceSpec spec);

  /**
   * Switches the local feed to {@code spec} for now, without remembering it for the next start
   * (sharing the screen during a call). Any thread; never blocks.
   */
  default void show(SourceSpec spec) {
    choose(spec);
  }

  /** The source the local feed was switched to last, if known. */
  default java.util.Optional<SourceSpec> current() {
    return java.util.Optional.empty();
  }
}
