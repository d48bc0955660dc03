package dev.asciicall.capture;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of the capture thread. Everything here runs on that one thread: opening, reading and
 * closing sources, falling back and retrying. Other threads only post a {@link
 * CaptureService.Choice} and {@link #wake()} it.
 */
final class CaptureLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(CaptureLoop.class);

  private final CaptureService service;
  private final SourceFactory factory;
  private final CaptureSettings settings;
  private final AtomicReference<CaptureService.Choice> pendingChoice;
  private final CaptureCounters counters;
  private volatile boolean stopRequested;
  private volatile Thread runner;

  private FrameSource current;
  private CaptureService.Choice wanted;
  private boolean onFallback;
  private long nextRetryNanos;
  private long sequence;

  CaptureLoop(
      CaptureService service,
      SourceFactory factory,
      CaptureSettings settings,
      AtomicReference<CaptureService.Choice> pendingChoice,
      CaptureCounters counters) {
    this.service = service;
    this.factory = factory;
    this.settings = settings;
    this.pendingChoice = pendingChoice;
    this.counters = counters;
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
    try {
      while (!stopRequested) {
        CaptureService.Choice choice = pendingChoice.getAndSet(null);
        if (choice != null) {
          activate(choice);
        } else if (onFallback && wanted.spec() != null && System.nanoTime() >= nextRetryNanos) {
          retry();
        }
        long started = System.nanoTime();
        readOne();
        pace(started);
      }
    } finally {
      closeCurrent();
      counters.stopped();
      service.publish(new CaptureStatus(CaptureState.STOPPED, "none", Optional.empty()));
    }
  }

  private void activate(CaptureService.Choice choice) {
    wanted = choice;
    FrameSource next;
    try {
      next = open(choice);
    } catch (CaptureException e) {
      showFallback(e.getMessage());
      return;
    }
    closeCurrent();
    show(next, CaptureState.RUNNING, Optional.empty());
  }

  private void retry() {
    FrameSource next;
    try {
      next = open(wanted);
    } catch (CaptureException e) {
      LOG.debug("Still unavailable: {}", e.getMessage());
      nextRetryNanos = System.nanoTime() + settings.retryInterval().toNanos();
      return;
    }
    closeCurrent();
    show(next, CaptureState.RUNNING, Optional.of(next.name() + " is back."));
  }

  private FrameSource open(CaptureService.Choice choice) throws CaptureException {
    FrameSource source =
        choice.source() != null ? choice.source() : factory.create(choice.spec(), this::warn);
    try {
      source.open();
      return source;
    } catch (CaptureException e) {
      source.close();
      throw e;
    } catch (RuntimeException e) {
      source.close();
      throw new CaptureException(source.name() + " could not be opened: " + e.getMessage(), e);
    }
  }

  private void showFallback(String message) {
    LOG.info("{}", message);
    counters.failed(message);
    closeCurrent();
    FrameSource fallback;
    try {
      fallback = open(CaptureService.Choice.of(settings.fallback()));
    } catch (CaptureException e) {
      LOG.info("Fallback {} unavailable too: {}", settings.fallback(), e.getMessage());
      fallback = new DemoSource();
    }
    nextRetryNanos = System.nanoTime() + settings.retryInterval().toNanos();
    show(
        fallback,
        CaptureState.FALLBACK,
        Optional.of(message + " Showing the " + fallback.name().toLowerCase() + " meanwhile."));
  }

  private void show(FrameSource source, CaptureState state, Optional<String> message) {
    current = source;
    onFallback = state == CaptureState.FALLBACK;
    counters.showing(state, source.name());
    service.publish(new CaptureStatus(state, source.name(), message));
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
      if (onFallback) {
        // The fallback itself broke (a still image deleted): the demo scene cannot fail.
        LOG.warn("Fallback source failed: {}", message);
        closeCurrent();
        show(new DemoSource(), CaptureState.FALLBACK, Optional.of(message));
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
        && (remaining = deadline - System.nanoTime()) > 0) {
      LockSupport.parkNanos(this, remaining);
      if (Thread.interrupted()) {
        return;
      }
    }
  }

  private void warn(String message) {
    LOG.warn("{}", message);
    service.publish(
        new CaptureStatus(counters.state(), counters.sourceName(), Optional.of(message)));
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
  }
}
