package dev.asciicall.ui.source;

import dev.asciicall.capture.CaptureState;
import dev.asciicall.capture.CaptureStatus;
import dev.asciicall.ui.notice.Notice;
import java.util.Optional;

/**
 * What the window tells about the picture source: "Opening camera…" and "Camera is back" are news,
 * a source that failed (the demo scene shows meanwhile) is a warning. All on one topic, so the
 * notice that a camera is opening is replaced by what came of it.
 */
public final class CaptureNotices {

  static final String TOPIC = "camera";

  private CaptureNotices() {}

  /**
   * The notice for {@code status}, or empty when it has nothing to say (a source simply opened).
   */
  public static Optional<Notice> noticeFor(CaptureStatus status) {
    return status
        .message()
        .map(
            message ->
                status.state() == CaptureState.FALLBACK
                    ? Notice.warning(message).about(TOPIC)
                    : Notice.info(message).about(TOPIC));
  }
}
