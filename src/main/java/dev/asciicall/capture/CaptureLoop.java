package dev.asciicall.capture;

import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of the capture thread. Reading, pacing, falling back and closing run here; opening the
 * chosen source runs on the {@link SourceOpener}'s thread, so the fallback (the demo scene or a
 * still image) keeps delivering frames while a camera takes seconds to open. Other threads only
 * post a {@link CaptureService.Choice} and {@link #wake()} it.
 */
final class CaptureLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(CaptureLoop.class);

  private final CaptureService service;
  private final SourceFactory factory;
  private final CaptureSettings settings;
  private final AtomicReference<CaptureService.Choice> pendingChoice;
  private final CaptureCounters counters;
  private final ThreadFactory openerThreads;
  // Sources may warn from the opener thread too; published from the capture thread.
  private final Queue<String> warnings = new ConcurrentLinkedQueue<>();
  private volatile boolean stopRequested;
  private volatile Thread runner;

  private SourceOpener opener;
  private FrameSource current;
  private boolean showingFallback;
  private CaptureState state = CaptureState.STARTING;
  private CaptureService.Choice wanted;
  private String opening;
  private long nextRetryNanos;
  private long sequence;

  CaptureLoop(
      CaptureService service,
      SourceFactory factory,
      CaptureSettings settings,
      AtomicReference<CaptureService.Choice> pendingChoice,
      CaptureCounters counters,
      ThreadFactory openerThreads) {
    this.service = service;
    this.factory = factory;
    this.settings = settings;
    this.pendingChoice = pendingChoice;
    this.counters = counters;
    this.openerThreads = openerThreads;
  }

  /** Any thread: make the loop look at a new choice now rather than after its pause. */
  void wake() {
    Thread thread = runner;
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  /** Any thread. */
  void requestStop() {
    stopRequested = true;
    wake();
  }

  @Override
  public void run() {
    runner = Thread.currentThread();
    opener = new SourceOpener(openerThreads, this::wake);
    try {
      while (!stopRequested) {
        publishWarnings();
        CaptureService.Choice choice = pendingChoice.getAndSet(null);
        SourceOpener.Outcome outcome;
        if (choice != null) {
          choose(choice);
        } else if ((outcome = opener.take()) != null) {
          adopt(outcome);
        } else if (opening != null && current == null) {
          // The chosen source did not open within a frame: show the fallback meanwhile.
          showFallbackWhileOpening();
        } else if (retryDue()) {
          retry();
        }
        long started = System.nanoTime();
        readOne();
        pace(started);
      }
    } finally {
      // A source still opening is closed by the opener when it finishes; stop() does not wait.
      opener.close();
      closeCurrent();
      counters.stopped();
      service.publish(new CaptureStatus(CaptureState.STOPPED, "none", Optional.empty()));
    }
  }

  private void choose(CaptureService.Choice choice) {
    wanted = choice;
    opener.cancel();
    opening = null;
    FrameSource next;
    try {
      next =
          choice.source() != null ? choice.source() : factory.create(choice.spec(), warnings::add);
    } catch (CaptureException e) {
      showFallback(e.getMessage());
      return;
    }
    if (!showingFallback) {
      // Release the old device first: the new choice may be the same camera at another size.
      closeCurrent();
    }
    opening = next.name();
    opener.open(next, false);
    if (showingFallback) {
      announceOpening();
    }
    // Else nothing shows for up to one frame: a quick source then replaces the old one directly.
  }

  private void adopt(SourceOpener.Outcome outcome) {
    opening = null;
    if (outcome.failure() == null) {
      closeCurrent();
      FrameSource source = outcome.source();
      show(
          source,
          CaptureState.RUNNING,
          outcome.retry() ? Optional.of(source.name() + " is back.") : Optional.empty());
    } else if (outcome.retry()) {
      LOG.debug("Still unavailable: {}", outcome.failure().getMessage());
      nextRetryNanos = System.nanoTime() + settings.retryInterval().toNanos();
    } else {
      showFallback(outcome.failure().getMessage());
    }
  }

  private boolean retryDue() {
    return state == CaptureState.FALLBACK
        && opening == null
        && wanted != null
        && wanted.spec() != null
        && System.nanoTime() >= nextRetryNanos;
  }

  private void retry() {
    FrameSource next;
    try {
      next = factory.create(wanted.spec(), warnings::add);
    } catch (CaptureException e) {
      LOG.debug("Still unavailable: {}", e.getMessage());
      nextRetryNanos = System.nanoTime() + settings.retryInterval().toNanos();
      return;
    }
    opening = next.name();
    opener.open(next, true);
  }

  private void showFallbackWhileOpening() {
    current = openFallback();
    showingFallback = true;
    announceOpening();
  }

  private void announceOpening() {
    state = CaptureState.STARTING;
    counters.showing(state, current.name());
    service.publish(
        new CaptureStatus(
            state,
            current.name(),
            Optional.of(
                "Opening "
                    + opening
                    + "… Showing the "
                    + current.name().toLowerCase(Locale.ROOT)
                    + " meanwhile.")));
  }

  private void showFallback(String message) {
    LOG.info("{}", message);
    counters.failed(message);
    if (!showingFallback) {
      closeCurrent();
      current = openFallback();
    }
    nextRetryNanos = System.nanoTime() + settings.retryInterval().toNanos();
    show(
        current,
        CaptureState.FALLBACK,
        Optional.of(
            message + " Showing the " + current.name().toLowerCase(Locale.ROOT) + " meanwhile."));
  }

  /** Opens the fallback here on the capture thread: a still image or the demo scene is quick. */
  private FrameSource openFallback() {
    FrameSource fallback = null;
    try {
      fallback = factory.create(settings.fallback(), warnings::add);
      fallback.open();
      return fallback;
    } catch (CaptureException | RuntimeException e) {
      LOG.info("Fallback {} unavailable too: {}", settings.fallback(), e.getMessage());
      if (fallback != null) {
        fallback.close();
      }
      return new DemoSource();
    }
  }

  private void show(FrameSource source, CaptureState newState, Optional<String> message) {
    current = source;
    state = newState;
    showingFallback = newState != CaptureState.RUNNING;
    counters.showing(newState, source.name());
    service.publish(new CaptureStatus(newState, source.name(), message));
  }

  private void readOne() {
    if (current == null) {
      return;
    }
    VideoFrame frame;
    try {
      frame = current.read();
    } catch (CaptureException | RuntimeException e) {
      if (stopRequested) {
        return;
      }
      String message =
          e instanceof CaptureException
              ? e.getMessage()
              : current.name() + " stopped working (" + e.getMessage() + ").";
      if (showingFallback) {
        // The fallback itself broke (a still image deleted): the demo scene cannot fail.
        LOG.warn("Fallback source failed: {}", message);
        closeCurrent();
        show(new DemoSource(), state, Optional.of(message));
      } else {
        showFallback(message);
      }
      return;
    }
    counters.frameCaptured(System.nanoTime());
    service.deliver(
        new VideoFrame(
            frame.width(), frame.height(), frame.rgb(), sequence++, frame.timestampNanos()));
  }

  /** Sleeps out the rest of the frame period, waking early for a new choice or a stop. */
  private void pace(long startedNanos) {
    double rate = settings.framesPerSecond();
    if (current != null && current.maxFramesPerSecond() > 0) {
      rate = Math.min(rate, current.maxFramesPerSecond());
    }
    long deadline = startedNanos + (long) (1e9 / rate);
    long remaining;
    while (!stopRequested
        && pendingChoice.get() == null
        && !opener.hasOutcome()
        && (remaining = deadline - System.nanoTime()) > 0) {
      LockSupport.parkNanos(this, remaining);
      if (Thread.interrupted()) {
        return;
      }
    }
  }

  private void publishWarnings() {
    String message;
    while ((message = warnings.poll()) != null) {
      LOG.warn("{}", message);
      service.publish(
          new CaptureStatus(counters.state(), counters.sourceName(), Optional.of(message)));
    }
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (RuntimeException e) {
        LOG.debug("Closing {} failed", current.name(), e);
      }
      current = null;
    }
    showingFallback = false;
  }
}
