package dev.asciicall.ui;

import dev.asciicall.capture.CaptureException;
import dev.asciicall.capture.FrameSource;
import dev.asciicall.capture.VideoFrame;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Capture and conversion for the local preview, on the executor it is given (one named thread in
 * the app, so the camera is never touched on the FX thread). Each converted grid replaces the
 * previous one in a single slot: the tile drains it at its own pace and the newest frame wins.
 *
 * <p>{@link #start()} and {@link #stop()} may be called from any thread; everything touching the
 * source and the converter runs on the executor's thread.
 */
public final class LocalFeedPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(LocalFeedPipeline.class);

  private final FrameSource source;
  private final ScheduledExecutorService executor;
  private final Consumer<String> problems;
  private final AtomicReference<GridConverter> converter;
  private final AtomicReference<TextGrid> latest = new AtomicReference<>();
  private ScheduledFuture<?> task;
  private boolean opened;

  /**
   * @param problems told (on the pipeline thread) a one-line message when the source fails
   */
  public LocalFeedPipeline(
      FrameSource source,
      GridConverter converter,
      ScheduledExecutorService executor,
      Consumer<String> problems) {
    this.source = Objects.requireNonNull(source);
    this.converter = new AtomicReference<>(Objects.requireNonNull(converter));
    this.executor = Objects.requireNonNull(executor);
    this.problems = Objects.requireNonNull(problems);
  }

  /** The slot the local tile drains; holds the newest grid, or null before the first one. */
  public AtomicReference<TextGrid> latest() {
    return latest;
  }

  /** Replaces the converter (new settings); the next frame uses it. Any thread. */
  public void useConverter(GridConverter next) {
    converter.set(Objects.requireNonNull(next));
  }

  public synchronized void start() {
    if (task != null) {
      return;
    }
    long periodMicros = (long) (1_000_000 / Math.max(1.0, source.maxFramesPerSecond()));
    task = executor.scheduleAtFixedRate(this::step, 0, periodMicros, TimeUnit.MICROSECONDS);
  }

  /** Stops capturing and closes the source (on the pipeline thread), waiting for it briefly. */
  public synchronized void stop() {
    if (task == null) {
      return;
    }
    task.cancel(false);
    task = null;
    try {
      executor.submit(source::close).get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("Closing {} did not finish cleanly", source.name(), e);
    }
  }

  private void step() {
    try {
      if (!opened) {
        source.open();
        opened = true;
      }
      VideoFrame frame = source.read();
      latest.set(converter.get().convert(frame));
    } catch (CaptureException e) {
      problems.accept(source.name() + " stopped delivering pictures: " + e.getMessage());
    } catch (RuntimeException e) {
      // Keep the schedule alive: one bad frame must not end the preview.
      LOG.error("Converting a frame from {} failed", source.name(), e);
    }
  }
}
