package dev.asciicall.ui.preview;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureStats;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.common.Subscription;
import dev.asciicall.ui.feed.TextGrid;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Conversion for the local preview: frames from the {@link CaptureService} are converted on the
 * executor it is given (one named thread in the app, never the FX thread), and each converted grid
 * replaces the previous one in a single slot. The capture service drops frames the converter is too
 * busy for, and the tile drains the slot at its own pace: the newest frame wins at both hand-offs.
 *
 * <p>{@link #start()}, {@link #stop()} and {@link #useConverter} may be called from any thread; the
 * converter itself only ever runs on the conversion executor.
 */
public final class LocalFeedPipeline {

  private final CaptureService capture;
  private final Executor conversionExecutor;
  private final AtomicReference<GridConverter> converter;
  private final AtomicReference<TextGrid> latest = new AtomicReference<>();
  // Written by the conversion thread, read by the status bar once a second.
  private volatile double conversionMillis = Double.NaN;
  private volatile OutgoingFrames outgoing = OutgoingFrames.NONE;
  private Subscription subscription;

  /**
   * Where the engine's frames go besides the local tile: the call, so what the sliders set is what
   * others see. Called on the conversion thread; must not block.
   */
  @FunctionalInterface
  public interface OutgoingFrames {
    OutgoingFrames NONE = (frame, sequence, captureNanos) -> {};

    void offer(AsciiFrame frame, long sequence, long captureNanos);
  }

  public LocalFeedPipeline(
      CaptureService capture, GridConverter converter, Executor conversionExecutor) {
    this.capture = Objects.requireNonNull(capture);
    this.converter = new AtomicReference<>(Objects.requireNonNull(converter));
    this.conversionExecutor = Objects.requireNonNull(conversionExecutor);
  }

  /** The slot the local tile drains; holds the newest grid, or null when none is new. */
  public AtomicReference<TextGrid> latest() {
    return latest;
  }

  /** Replaces the converter (new settings); the next frame uses it. Any thread. */
  public void useConverter(GridConverter next) {
    converter.set(Objects.requireNonNull(next));
  }

  /** Sends every converted engine frame to {@code frames} from now on. Any thread. */
  public void sendFramesTo(OutgoingFrames frames) {
    outgoing = Objects.requireNonNull(frames);
  }

  public synchronized void start() {
    if (subscription == null) {
      subscription =
          capture.addSink(
              frame -> {
                long started = System.nanoTime();
                TextGrid grid = convert(frame);
                double millis = (System.nanoTime() - started) / 1e6;
                // Smoothed so the status bar shows a steady figure rather than one frame's jitter.
                double previous = conversionMillis;
                conversionMillis = Double.isNaN(previous) ? millis : previous * 0.9 + millis * 0.1;
                latest.set(grid);
              },
              conversionExecutor);
    }
  }

  /** On the conversion thread. */
  private TextGrid convert(VideoFrame frame) {
    GridConverter current = converter.get();
    if (current instanceof EngineGridConverter engine) {
      AsciiFrame ascii = engine.toAscii(frame);
      outgoing.offer(ascii, frame.sequence(), frame.timestampNanos());
      return EngineGridConverter.toTextGrid(ascii);
    }
    return current.convert(frame);
  }

  /** Live figures for the status bar: capture rate, drops and conversion time. Any thread. */
  public String statistics() {
    CaptureStats stats = capture.stats();
    String conversion =
        Double.isNaN(conversionMillis)
            ? "–"
            : String.format(java.util.Locale.ROOT, "%.1f ms", conversionMillis);
    return String.format(
        java.util.Locale.ROOT,
        "%s · %.0f fps · convert %s · %d dropped",
        stats.sourceName(),
        stats.framesPerSecond(),
        conversion,
        stats.framesDropped());
  }

  public synchronized void stop() {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
  }
}
