package dev.asciicall.cli;

import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.call.LocalVideo;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.CaptureState;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.Subscription;
import dev.asciicall.terminal.CallScreenModel;
import dev.asciicall.terminal.TerminalSession;
import dev.asciicall.terminal.TerminalUnavailableException;

/**
 * What a terminal view ({@code preview}, {@code join --terminal}, {@code host --terminal}) stands
 * on: this terminal taken over, and my own picture through the one local video pipeline ({@link
 * LocalVideo} over a {@link CaptureService}), with capture problems (no camera, so the demo scene
 * shows) on the status line and printed once the terminal is back. Closing releases the camera and
 * gives the terminal back.
 */
final class TerminalPicture implements AutoCloseable {

  final TerminalSession session;
  final CaptureService capture;
  final LocalVideo video;
  private Subscription problems = Subscription.NONE;

  private TerminalPicture(
      TerminalSession session, double framesPerSecond, ConversionSettings look) {
    this.session = session;
    this.capture =
        new CaptureService(
            SourceCatalog.system(),
            CaptureSettings.defaults().withFramesPerSecond(framesPerSecond));
    this.video = LocalVideo.withOwnThreads(capture, look);
  }

  /**
   * Takes over this terminal; nothing is started when there is none.
   *
   * @throws UserFacingException (exit code 2) when standard input or output is not a terminal
   */
  static TerminalPicture open(double framesPerSecond, ConversionSettings look) {
    TerminalSession session;
    try {
      session = TerminalSession.openSystem();
    } catch (TerminalUnavailableException e) {
      throw UserFacingException.badInput(e.getMessage());
    }
    try {
      return new TerminalPicture(session, framesPerSecond, look);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /** Starts capturing {@code source}; what goes wrong shows on {@code model}'s status line. */
  void start(SourceSpec source, CallScreenModel model) {
    problems =
        capture.addStatusListener(
            status -> {
              // A source that works again ("Camera is back.") is news, not a problem that stays.
              boolean working = status.state() == CaptureState.RUNNING;
              model.videoProblem(working ? "" : status.message().orElse(""));
              status
                  .message()
                  .ifPresent(
                      message -> {
                        if (working) {
                          model.notice(message);
                        }
                        // Held back while the terminal shows the picture, printed after.
                        System.out.println("capture: " + message);
                      });
            });
    video.start(source);
  }

  @Override
  public void close() {
    problems.close();
    video.close();
    capture.close();
    session.close();
  }
}
