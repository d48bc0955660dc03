package dev.asciicall.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.CaptureState;
import dev.asciicall.capture.CaptureStatus;
import dev.asciicall.testing.UnitTest;
import dev.asciicall.ui.notice.Notice;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Opening camera…" is news, not an error; a camera that failed is a warning; both one topic. */
@UnitTest
class CaptureNoticesTest {

  @Test
  void openingACameraIsNewsAndItsFailureAWarningThatReplacesIt() {
    Optional<Notice> opening =
        CaptureNotices.noticeFor(
            new CaptureStatus(
                CaptureState.STARTING,
                "Demo scene",
                Optional.of("Opening camera… Showing the demo scene meanwhile.")));
    Optional<Notice> failed =
        CaptureNotices.noticeFor(
            new CaptureStatus(
                CaptureState.FALLBACK,
                "Demo scene",
                Optional.of("No camera found. Showing the demo scene meanwhile.")));

    assertThat(opening).map(Notice::severity).contains(Notice.Severity.INFO);
    assertThat(failed).map(Notice::severity).contains(Notice.Severity.WARNING);
    assertThat(opening.get().topic()).isEqualTo(failed.get().topic()).isNotEmpty();
  }

  @Test
  void aSourceThatSimplyOpenedSaysNothing() {
    assertThat(
            CaptureNotices.noticeFor(
                new CaptureStatus(CaptureState.RUNNING, "Image cat.png", Optional.empty())))
        .isEmpty();
  }
}
