package dev.asciicall.terminal;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.call.CallListener;
import dev.asciicall.call.CallService;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.LocalVideo;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The terminal front end wired to the call layer: {@link #preview} shows my own picture, {@link
 * #call} a whole call, both full screen on a {@link TerminalSession} until the user leaves or the
 * call ends, and both through the same {@link LocalVideo} and {@link CallService} the window uses
 * (no capture, conversion or sending of its own). Every way out gives the terminal back before it
 * returns, with an {@link Outcome} the command line turns into one line and an exit code.
 *
 * <p>Threads: the caller's thread reads keys until the end ({@link TerminalCall#run()}); the screen
 * is drawn on {@code terminal-render}; figures are refreshed once a second on {@code
 * terminal-tick}.
 */
public final class TerminalFrontEnd {

  /** How a terminal view ended. */
  public enum Ending {
    /** The user pressed {@code q} or Ctrl+C. */
    LEFT,
    /** The host ended the call, or removed us. */
    CALL_ENDED,
    /** The connection to the host was lost mid-call. */
    LOST_HOST,
    /** The call could not start: nothing listening, wrong passphrase, ports in use, … */
    NOT_STARTED,
    /** The terminal stopped taking output or giving input. */
    TERMINAL_FAILED
  }

  /** How wide the preview converts my picture. */
  public enum PreviewWidth {
    /**
     * As wide as the picture is on screen, following the terminal, until {@code d} or {@code D}.
     */
    FOLLOW_TERMINAL,
    /** The columns the local video was given. */
    AS_SET
  }

  /**
   * @param message one plain line about the end, e.g. "You left the call." or why it could not
   *     start
   */
  public record Outcome(Ending ending, String message) {}

  static final Duration TICK = Duration.ofSeconds(1);
  static final Duration NOTICE_SHOWN = Duration.ofSeconds(4);
  private static final long LEAVE_WAIT_SECONDS = 8;

  private final TerminalSession session;
  private final ColorLevel level;
  private final CallScreenModel model;
  private final LocalVideo video;
  // The newest frame's shape, for the preview's fit; written on the conversion thread.
  private volatile AsciiFrame newestFrame;

  /**
   * @param model what the screen shows; the caller may feed it more (capture problems, notes)
   * @param video my own picture, started and closed by the caller
   */
  public TerminalFrontEnd(
      TerminalSession session, ColorLevel level, CallScreenModel model, LocalVideo video) {
    this.session = session;
    this.level = level;
    this.model = model;
    this.video = video;
  }

  /**
   * My own picture full screen until {@code q} or Ctrl+C; {@code p}, {@code c}, {@code d}, {@code
   * D} change it.
   */
  public Outcome preview(PreviewWidth width) {
    PictureControls picture = new PictureControls(video, model, "showing");
    if (width == PreviewWidth.FOLLOW_TERMINAL) {
      picture.followTheTerminal();
    }
    TerminalCall screen =
        new TerminalCall(session, model, new PreviewKeys(picture), KeyMap.PREVIEW, level);
    Runnable tick =
        () -> {
          model.localFigures(video.stats().summary() + " · " + picture.describe());
          AsciiFrame frame = newestFrame;
          if (frame != null) {
            picture.fit(session.size(), frame.columns(), frame.rows());
          }
        };
    String reason = run(screen, tick);
    return "left".equals(reason)
        ? new Outcome(Ending.LEFT, "")
        : new Outcome(Ending.TERMINAL_FAILED, reason);
  }

  /**
   * A whole call: {@code start} hosts or joins with {@code calls} (which the caller made with its
   * audio and closes afterwards); my frames go to the call as they are converted. Ends when the
   * user leaves (the call is left, or ended when hosting, before this returns), when the call could
   * not start, or when the call ends from the other side.
   */
  public Outcome call(
      CallService calls, Function<CallService, CompletableFuture<CallStatus>> start) {
    PictureControls picture = new PictureControls(video, model, "sending");
    TerminalCall screen =
        new TerminalCall(
            session, model, new CallKeys(calls, video, picture, model), KeyMap.CALL, level);
    AtomicReference<Outcome> ended = new AtomicReference<>();
    Subscription listening = calls.addListener(model);
    Subscription watching =
        calls.addListener(
            new CallListener() {
              private volatile boolean connected;

              @Override
              public void callStatusChanged(CallStatus status) {
                if (status.state() == CallState.HOSTING || status.state() == CallState.JOINED) {
                  connected = true;
                } else if (status.state() == CallState.ENDED) {
                  Ending ending =
                      !connected
                          ? Ending.NOT_STARTED
                          : calls.lostTheHost() ? Ending.LOST_HOST : Ending.CALL_ENDED;
                  ended.compareAndSet(null, new Outcome(ending, status.message()));
                  screen.end(status.message());
                }
              }
            });
    Subscription sending = video.addFrameListener(calls::offer);
    Runnable tick = () -> model.stats(calls.stats());
    start
        .apply(calls)
        .whenComplete(
            (status, error) -> {
              if (error != null) {
                String message = "The call could not start: " + rootMessage(error);
                ended.compareAndSet(null, new Outcome(Ending.NOT_STARTED, message));
                screen.end(message);
              }
            });
    String reason;
    try {
      reason = run(screen, tick);
    } finally {
      sending.close();
    }
    Outcome outcome = ended.get();
    if (outcome == null) {
      // The user left, or the terminal failed: leave (end the call when hosting) before returning.
      String left = leave(calls);
      outcome =
          "left".equals(reason)
              ? new Outcome(Ending.LEFT, left)
              : new Outcome(Ending.TERMINAL_FAILED, reason);
    }
    watching.close();
    listening.close();
    return outcome;
  }

  /** Draws and reads keys until the end, with {@code tick} once a second; then cleans up. */
  private String run(TerminalCall screen, Runnable tick) {
    Subscription frames =
        video.addFrameListener(
            (frame, sequence, captureNanos) -> {
              newestFrame = frame;
              model.localFrame(frame);
            });
    ScheduledExecutorService ticker = Threads.scheduled("terminal-tick");
    long noticeNanos = NOTICE_SHOWN.toNanos();
    ticker.scheduleWithFixedDelay(
        () -> {
          tick.run();
          model.expireNotice(noticeNanos);
        },
        TICK.toMillis() / 4,
        TICK.toMillis(),
        TimeUnit.MILLISECONDS);
    try {
      return screen.run();
    } finally {
      Threads.shutdown(ticker, 1000);
      frames.close();
    }
  }

  private static String leave(CallService calls) {
    try {
      return calls.leave().get(LEAVE_WAIT_SECONDS, TimeUnit.SECONDS).message();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "You left the call.";
    } catch (ExecutionException | TimeoutException e) {
      return "You left the call.";
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
