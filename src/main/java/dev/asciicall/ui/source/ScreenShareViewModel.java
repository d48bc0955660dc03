package dev.asciicall.ui.source;

import dev.asciicall.capture.SourceSpec;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The toolbar's Share screen switch: shows my screen instead of my camera, and switching it off
 * brings back the source I had before. Sharing is for now only: the next start opens the camera
 * again. FX thread only.
 */
public final class ScreenShareViewModel {

  static final SourceSpec SCREEN = SourceSpec.parse("screen");
  private static final SourceSpec FALLBACK = SourceSpec.parse("demo");

  private final SourceChooser sources;
  private final ReadOnlyBooleanWrapper sharing = new ReadOnlyBooleanWrapper(this, "sharing");
  private SourceSpec before;

  public ScreenShareViewModel(SourceChooser sources) {
    this.sources = sources;
  }

  /** Starts or stops sharing the screen. */
  public void toggle() {
    if (sharing.get()) {
      stop();
    } else {
      start();
    }
  }

  public void start() {
    if (sharing.get()) {
      return;
    }
    before = sources.current().filter(spec -> !spec.equals(SCREEN)).orElse(FALLBACK);
    sharing.set(true);
    sources.show(SCREEN);
  }

  /** Back to the source shown before sharing. */
  public void stop() {
    if (!sharing.get()) {
      return;
    }
    sharing.set(false);
    sources.show(before);
  }

  /** Another source was picked while sharing (Camera menu): sharing is over, nothing to restore. */
  public void sourcePicked() {
    sharing.set(false);
  }

  public ReadOnlyBooleanProperty sharingProperty() {
    return sharing.getReadOnlyProperty();
  }
}
