package dev.asciicall.capture;

import dev.asciicall.common.LatestSlot;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one capture thread: reads the chosen source at the target frame rate and hands each
 * frame to every sink through a latest-frame-wins slot, so a slow consumer only causes dropped
 * (counted) frames, never a stall or a queue.
 *
 * <p>There is always a picture. The chosen source is opened on a separate thread ({@code
 * source-open-N}); if it is not open within a frame, the fallback ({@link
 * CaptureSettings#fallback()}: the demo scene or a still image) shows meanwhile with state {@link
 * CaptureState#STARTING} and the message "Opening …", and the chosen source takes over the moment
 * it is open. When it cannot open or dies mid-stream the fallback stays (or comes back), the status
 * listeners hear why, and the chosen source is retried every {@link
 * CaptureSettings#retryInterval()}, again off the capture thread, until it works.
 *
 * <p>{@link #start}, {@link #switchTo} and {@link #stop} are safe from any thread (the FX thread
 * included): they only post a request. Sources are read and closed on the capture thread; a source
 * still opening when the service stops is closed as soon as its open finishes.
 *
 * <p>Frames leave with a service-wide sequence number, so it keeps increasing across switches. The
 * picture is delivered as the device gives it: mirroring the local preview is the engine's job.
 */
public final class CaptureService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CaptureService.class);
  private static final long STOP_WAIT_MILLIS = 3000;

  private final SourceFactory factory;
  private final CaptureSettings settings;
  private final ThreadFactory threads;
  private final ThreadFactory openerThreads;
  private final List<LatestSlot<VideoFrame>> slots = new CopyOnWriteArrayList<>();
  private final List<Consumer<CaptureStatus>> statusListeners = new CopyOnWriteArrayList<>();
  private final AtomicReference<Choice> pendingChoice = new AtomicReference<>();
  private final CaptureCounters counters = new CaptureCounters();
  private final Object lifecycle = new Object();
  private Thread thread;
  private CaptureLoop loop;

  public CaptureService(SourceFactory factory, CaptureSettings settings) {
    this(factory, settings, Threads.named("capture"), Threads.named("source-open"));
  }

  /**
   * @param threads makes the capture thread
   * @param openerThreads makes the thread that opens sources (one at a time, ends on stop)
   */
  public CaptureService(
      SourceFactory factory,
      CaptureSettings settings,
      ThreadFactory threads,
      ThreadFactory openerThreads) {
    this.factory = Objects.requireNonNull(factory);
    this.settings = Objects.requireNonNull(settings);
    this.threads = Objects.requireNonNull(threads);
    this.openerThreads = Objects.requireNonNull(openerThreads);
  }

  /** Starts capturing from {@code spec} (or switches to it if already running). */
  public void start(SourceSpec spec) {
    choose(Choice.of(spec));
  }

  /** Starts capturing from a ready-made source (tests, custom sources); it is not retried. */
  public void start(FrameSource source) {
    choose(Choice.of(source));
  }

  /** Switches to another source without stopping: sinks stay subscribed, frames keep coming. */
  public void switchTo(SourceSpec spec) {
    choose(Choice.of(spec));
  }

  public void switchTo(FrameSource source) {
    choose(Choice.of(source));
  }

  private void choose(Choice choice) {
    synchronized (lifecycle) {
      pendingChoice.set(choice);
      if (thread == null) {
        counters.showing(CaptureState.STARTING, choice.label());
        loop = new CaptureLoop(this, factory, settings, pendingChoice, counters, openerThreads);
        thread = threads.newThread(loop);
        thread.start();
      } else {
        loop.wake();
      }
    }
  }

  /**
   * Stops capturing, closes the source on the capture thread and waits (up to 3 s) for the thread
   * to end. Calling it from a listener on the capture thread does not wait.
   */
  public void stop() {
    Thread stopping;
    synchronized (lifecycle) {
      if (thread == null) {
        return;
      }
      stopping = thread;
      loop.requestStop();
      thread = null;
      loop = null;
    }
    if (stopping == Thread.currentThread()) {
      return;
    }
    try {
      stopping.join(STOP_WAIT_MILLIS);
      if (stopping.isAlive()) {
        // A device read is stuck; interrupt it so the thread ends once the driver lets go.
        stopping.interrupt();
        stopping.join(STOP_WAIT_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Delivers every new frame to {@code sink} on {@code executor}; if the sink is still busy when
   * the next frame arrives, the older untaken frame is dropped. Pass {@code Platform::runLater} for
   * the FX thread, or {@code Runnable::run} to run the sink on the capture thread.
   */
  public Subscription addSink(FrameSink sink, Executor executor) {
    LatestSlot<VideoFrame> slot = LatestSlot.deliveringTo(sink::accept, executor);
    slots.add(slot);
    return () -> {
      if (slots.remove(slot)) {
        counters.retireSlot(slot.replaced());
        slot.close();
      }
    };
  }

  /** Status changes and user messages; called on the capture thread, so hop before touching UI. */
  public Subscription addStatusListener(Consumer<CaptureStatus> listener) {
    statusListeners.add(listener);
    return () -> statusListeners.remove(listener);
  }

  /** A snapshot of the counters; cheap, callable from any thread (e.g. once a second). */
  public CaptureStats stats() {
    long dropped = counters.retiredDrops();
    for (LatestSlot<VideoFrame> slot : slots) {
      dropped += slot.replaced();
    }
    return new CaptureStats(
        counters.state(),
        counters.sourceName(),
        counters.framesPerSecond(),
        counters.framesCaptured(),
        dropped,
        Optional.ofNullable(counters.lastError()));
  }

  /** Called on the capture thread. */
  void deliver(VideoFrame frame) {
    for (LatestSlot<VideoFrame> slot : slots) {
      slot.offer(frame);
    }
  }

  /** Called on the capture thread. */
  void publish(CaptureStatus status) {
    for (Consumer<CaptureStatus> listener : statusListeners) {
      try {
        listener.accept(status);
      } catch (RuntimeException e) {
        LOG.warn("A capture status listener failed", e);
      }
    }
  }

  /** A source the user picked: a spec that can be reopened, or a ready-made source. */
  record Choice(SourceSpec spec, FrameSource source) {
    static Choice of(SourceSpec spec) {
      return new Choice(Objects.requireNonNull(spec), null);
    }

    static Choice of(FrameSource source) {
      return new Choice(null, Objects.requireNonNull(source));
    }

    String label() {
      return spec != null ? spec.toString() : source.name();
    }
  }
}
