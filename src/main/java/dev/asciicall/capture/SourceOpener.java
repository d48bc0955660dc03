package dev.asciicall.capture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sources off the capture thread, so the fallback keeps moving while a camera takes seconds
 * to load its native library, be found and open. Requests run one at a time on one named thread
 * (two opens of the same camera never race) and their outcome comes back through one slot.
 *
 * <p>Only the newest request counts: one superseded before it starts is skipped, and one that
 * finishes after the user moved on or after {@link #close()} is closed here at once, so a camera
 * opened too late is never left on. The capture thread calls everything except the task itself; the
 * source is handed over through {@link #lock}, so the source itself need not be thread-safe.
 */
final class SourceOpener {

  private static final Logger LOG = LoggerFactory.getLogger(SourceOpener.class);

  /** How a request ended: {@code source} open and ready to read, or {@code failure}. */
  record Outcome(FrameSource source, CaptureException failure, boolean retry) {}

  private final ExecutorService executor;
  private final Runnable onOutcome;
  private final Object lock = new Object();
  // All guarded by lock.
  private long latest;
  private boolean closed;
  private volatile Outcome ready;

  /**
   * @param onOutcome called on the opener thread when an outcome is ready (wakes the capture loop)
   */
  SourceOpener(ThreadFactory threads, Runnable onOutcome) {
    this.executor = Executors.newSingleThreadExecutor(threads);
    this.onOutcome = onOutcome;
  }

  /** Capture thread: opens {@code source} (not yet opened) and supersedes any earlier request. */
  void open(FrameSource source, boolean retry) {
    long ticket;
    Outcome stale;
    synchronized (lock) {
      ticket = ++latest;
      stale = takeLocked();
    }
    discard(stale);
    executor.execute(() -> run(ticket, source, retry));
  }

  /** Capture thread: forgets any request in flight; its source is closed when it finishes. */
  void cancel() {
    Outcome stale;
    synchronized (lock) {
      latest++;
      stale = takeLocked();
    }
    discard(stale);
  }

  /** Capture thread: the outcome of the newest request, or null while it is still opening. */
  Outcome take() {
    synchronized (lock) {
      return takeLocked();
    }
  }

  /** Any thread; a cheap check for the capture loop's pause. */
  boolean hasOutcome() {
    return ready != null;
  }

  /** Capture thread, at stop: later outcomes are closed as they finish, then the thread ends. */
  void close() {
    Outcome stale;
    synchronized (lock) {
      closed = true;
      latest++;
      stale = takeLocked();
    }
    discard(stale);
    executor.shutdown();
  }

  /** Opener thread. */
  private void run(long ticket, FrameSource source, boolean retry) {
    if (!isLatest(ticket)) {
      source.close();
      return;
    }
    CaptureException failure = null;
    try {
      source.open();
    } catch (CaptureException e) {
      failure = e;
    } catch (RuntimeException e) {
      failure = new CaptureException(source.name() + " could not be opened: " + e.getMessage(), e);
    }
    if (failure != null) {
      closeQuietly(source);
    }
    boolean wanted;
    synchronized (lock) {
      wanted = !closed && ticket == latest;
      if (wanted) {
        ready = new Outcome(failure == null ? source : null, failure, retry);
      }
    }
    if (wanted) {
      onOutcome.run();
    } else if (failure == null) {
      LOG.debug("{} opened after it was no longer wanted; closing it", source.name());
      closeQuietly(source);
    }
  }

  private boolean isLatest(long ticket) {
    synchronized (lock) {
      return !closed && ticket == latest;
    }
  }

  private Outcome takeLocked() {
    Outcome outcome = ready;
    ready = null;
    return outcome;
  }

  private static void discard(Outcome outcome) {
    if (outcome != null && outcome.source() != null) {
      closeQuietly(outcome.source());
    }
  }

  private static void closeQuietly(FrameSource source) {
    try {
      source.close();
    } catch (RuntimeException e) {
      LOG.debug("Closing {} failed", source.name(), e);
    }
  }
}
