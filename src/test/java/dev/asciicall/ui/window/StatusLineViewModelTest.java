package dev.asciicall.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.CaptureState;
import dev.asciicall.capture.CaptureStatus;
import dev.asciicall.testing.UnitTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status bar's sentence: the call's, or the picture source's news while it is news. */
@UnitTest
class StatusLineViewModelTest {

  private final StatusLineViewModel line = new StatusLineViewModel();

  @Test
  void openingAStillImageIsNewsOnlyUntilItShows() {
    line.call("Not in a call");
    line.source(
        new CaptureStatus(
            CaptureState.STARTING,
            "Demo scene",
            Optional.of("Opening Image cat.png… Showing the demo scene meanwhile.")));
    assertThat(line.textProperty().get()).startsWith("Opening Image cat.png");

    line.source(new CaptureStatus(CaptureState.RUNNING, "Image cat.png", Optional.empty()));

    assertThat(line.textProperty().get()).isEqualTo("Not in a call");
  }

  @Test
  void aFailedCameraStaysUntilTheCallSaysSomethingNew() {
    line.call("Not in a call");
    line.source(
        new CaptureStatus(
            CaptureState.FALLBACK,
            "Demo scene",
            Optional.of("No camera found. Showing the demo scene meanwhile.")));
    line.source(new CaptureStatus(CaptureState.FALLBACK, "Demo scene", Optional.empty()));
    assertThat(line.textProperty().get()).startsWith("No camera found");

    line.call("Hosting 'Standup' on port 54555");
    assertThat(line.textProperty().get()).isEqualTo("Hosting 'Standup' on port 54555");
  }
}
