package dev.asciicall.ui.window;

import dev.asciicall.capture.CaptureState;
import dev.asciicall.capture.CaptureStatus;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sentence on the left of the status bar: where the call is, or news of the picture source
 * ("Opening camera… Showing the demo scene meanwhile."), whichever came last. Once the source
 * simply opened, its news is over and the call's sentence comes back, so "Opening …" never lingers.
 * FX thread only.
 */
public final class StatusLineViewModel {

  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
  private String callSentence = "";
  private boolean showingSourceNews;

  /** The sentence to show. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** The call's sentence changed ("Hosting 'Standup' on port 54555"). */
  public void call(String sentence) {
    callSentence = sentence == null ? "" : sentence;
    showingSourceNews = false;
    text.set(callSentence);
  }

  /** The picture source changed: its message shows; a source that opened without one ends it. */
  public void source(CaptureStatus status) {
    if (status.message().isPresent()) {
      showingSourceNews = true;
      text.set(status.message().get());
    } else if (showingSourceNews && status.state() == CaptureState.RUNNING) {
      showingSourceNews = false;
      text.set(callSentence);
    }
  }
}
