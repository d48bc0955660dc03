package dev.asciicall.call;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.FrameSource;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * My own video, from camera to ASCII, the same for every front end (the window, a terminal, a
 * headless participant): pictures from the {@link CaptureService} are converted with the current
 * {@link ConversionSettings} on the conversion executor, and each {@link AsciiFrame} goes to the
 * {@link #preview() preview slot} (the front end draws it at its own pace) and to every {@link
 * FrameListener} (a call's outgoing video, {@link CallService#offer}), so what the preview shows is
 * what the others see. The capture service drops pictures the conversion is too busy for, and a
 * newer frame replaces an undrawn one in the preview: the newest frame wins at both hand-offs.
 *
 * <p>It also owns the camera switch: {@link #turnCameraOff()} stops capture and releases the
 * device, {@link #turnCameraOn()} starts it again with the source chosen last (also one chosen
 * while it was off). Stopping a device can take seconds, so these run in order on the camera
 * executor. Telling the others that my camera is off is the call's job ({@link
 * CallService#showCameraOff()}).
 *
 * <p>Threads: every public method may be called from any thread and returns at once, except {@link
 * #close()}. Conversion runs on the conversion executor only (the engine keeps state between
 * frames); frame listeners are called there and must not block.
 */
public final class LocalVideo implements AutoCloseable {

  /** Told every converted frame, on the conversion executor; must return quickly. */
  @FunctionalInterface
  public interface FrameListener {

    /**
     * @param sequence the capture service's picture number, increasing across source switches
     * @param captureNanos when the picture was taken, on the {@link System#nanoTime()} clock
     */
    void frameConverted(AsciiFrame frame, long sequence, long captureNanos);
  }

  private static final long CAMERA_STOP_WAIT_MILLIS = 4_000;
  private static final long CONVERSION_STOP_WAIT_MILLIS = 2_000;

  private final CaptureService capture;
  private final Executor conversion;
  private final Executor cameraControl;
  // Made by withOwnThreads() and stopped by close(); null when the caller owns the executors.
  private final ExecutorService ownConversionThread;
  private final ExecutorService ownCameraThread;
  private final LatestSlot<AsciiFrame> preview = new LatestSlot<>();
  private final List<FrameListener> listeners = new CopyOnWriteArrayList<>();
  // Held only for quick decisions, never while a device stops: close() must win against a late
  // "camera on" so capture cannot restart after the pipeline was closed.
  private final Object cameraLock = new Object();
  private volatile ConversionSettings settings;
  private volatile boolean cameraOn = true;
  private volatile SourceSpec chosenSpec;
  private volatile FrameSource chosenSource;
  // Written by the conversion thread, read by a status line once a second.
  private volatile double conversionMillis = Double.NaN;
  private Subscription converting; // guarded by this
  private boolean closed; // guarded by cameraLock
  // Conversion thread only: the engine keeps auto levels and buffers between frames, and starts
  // afresh when the settings change, as a new slider position deserves.
  private AsciiConverter converter;
  private ConversionSettings converterSettings;

  /**
   * A pipeline on executors the caller owns (and shuts down after {@link #close()}).
   *
   * @param conversion where pictures become ASCII: one thread, never a UI thread
   * @param cameraControl where capture is stopped and started, in order: it may block for seconds
   */
  public LocalVideo(
      CaptureService capture,
      ConversionSettings settings,
      Executor conversion,
      Executor cameraControl) {
    this(capture, settings, conversion, cameraControl, null, null);
  }

  private LocalVideo(
      CaptureService capture,
      ConversionSettings settings,
      Executor conversion,
      Executor cameraControl,
      ExecutorService ownConversionThread,
      ExecutorService ownCameraThread) {
    this.capture = Objects.requireNonNull(capture);
    this.settings = Objects.requireNonNull(settings);
    this.conversion = Objects.requireNonNull(conversion);
    this.cameraControl = Objects.requireNonNull(cameraControl);
    this.ownConversionThread = ownConversionThread;
    this.ownCameraThread = ownCameraThread;
  }

  /**
   * A pipeline with its own threads, {@code convert-N} and {@code camera-switch-N}, stopped by
   * {@link #close()}.
   */
  public static LocalVideo withOwnThreads(CaptureService capture, ConversionSettings settings) {
    ExecutorService conversion = Threads.single("convert");
    ExecutorService cameraControl = Threads.single("camera-switch");
    return new LocalVideo(capture, settings, conversion, cameraControl, conversion, cameraControl);
  }

  /** Starts converting and capturing from {@code source}, with the camera on. */
  public void start(SourceSpec source) {
    chosenSpec = Objects.requireNonNull(source);
    chosenSource = null;
    startWithCamera();
  }

  /**
   * Starts converting and capturing from a ready-made source (tests, benchmarks). Turning the
   * camera on again opens the same source again.
   */
  public void start(FrameSource source) {
    chosenSource = Objects.requireNonNull(source);
    chosenSpec = null;
    startWithCamera();
  }

  private void startWithCamera() {
    startConverting();
    cameraOn = true;
    cameraControl.execute(this::startCapture);
  }

  /**
   * Picks another source. While the camera is on, capture switches without a gap (the frames keep
   * coming); while it is off, the source is used when it is turned on.
   */
  public void switchTo(SourceSpec source) {
    chosenSpec = Objects.requireNonNull(source);
    chosenSource = null;
    cameraControl.execute(
        () -> {
          synchronized (cameraLock) {
            if (!closed && cameraOn) {
              capture.switchTo(source);
            }
          }
        });
  }

  /** Stops capture and releases the device: no picture is made, shown or sent until turned on. */
  public void turnCameraOff() {
    cameraOn = false;
    cameraControl.execute(capture::stop);
  }

  /** Starts capture again with the source chosen last. */
  public void turnCameraOn() {
    cameraOn = true;
    cameraControl.execute(this::startCapture);
  }

  /** On the camera executor. */
  private void startCapture() {
    synchronized (cameraLock) {
      if (closed || !cameraOn) {
        return;
      }
      FrameSource source = chosenSource;
      if (source != null) {
        capture.start(source);
      } else if (chosenSpec != null) {
        capture.start(chosenSpec);
      }
    }
  }

  /** Whether the camera is on (as last asked: the device may still be opening or closing). */
  public boolean cameraOn() {
    return cameraOn;
  }

  /** The source chosen last by its spec; empty for a ready-made source or before the start. */
  public Optional<SourceSpec> source() {
    return Optional.ofNullable(chosenSpec);
  }

  /** Converts the next picture with {@code next}: detail, palette, mode, tone, colour, mirror. */
  public void useSettings(ConversionSettings next) {
    settings = Objects.requireNonNull(next);
  }

  public ConversionSettings settings() {
    return settings;
  }

  /**
   * The newest converted frame not yet drawn: the local preview takes it with {@link
   * LatestSlot#take()} at its own pace (an animation pulse, a terminal refresh).
   */
  public LatestSlot<AsciiFrame> preview() {
    return preview;
  }

  /** Tells {@code listener} every converted frame from now on; close the subscription to stop. */
  public Subscription addFrameListener(FrameListener listener) {
    Objects.requireNonNull(listener);
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Capture rate, drops and the conversion time, for a status line. Cheap; any thread. */
  public LocalVideoStats stats() {
    return new LocalVideoStats(capture.stats(), conversionMillis);
  }

  private synchronized void startConverting() {
    if (converting == null) {
      converting = capture.addSink(this::convert, conversion);
    }
  }

  /** On the conversion executor. */
  private void convert(VideoFrame picture) {
    ConversionSettings wanted = settings;
    if (converter == null || wanted != converterSettings) {
      converter = new AsciiConverter();
      converterSettings = wanted;
    }
    long started = System.nanoTime();
    AsciiFrame frame =
        converter.convert(PixelImage.rgb(picture.width(), picture.height(), picture.rgb()), wanted);
    double millis = (System.nanoTime() - started) / 1e6;
    // Smoothed so a status line shows a steady figure rather than one frame's jitter.
    double previous = conversionMillis;
    conversionMillis = Double.isNaN(previous) ? millis : previous * 0.9 + millis * 0.1;
    preview.offer(frame);
    for (FrameListener listener : listeners) {
      listener.frameConverted(frame, picture.sequence(), picture.timestampNanos());
    }
  }

  /**
   * Stops converting and capturing and releases the device; waits for the device to close (a few
   * seconds at most) and, with its own threads, for them to end. Safe twice.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (converting != null) {
        converting.close();
        converting = null;
      }
    }
    synchronized (cameraLock) {
      closed = true;
    }
    // The camera thread first: a switch it is still running must not outlive the capture.
    if (ownCameraThread != null) {
      Threads.shutdown(ownCameraThread, CAMERA_STOP_WAIT_MILLIS);
    }
    capture.stop();
    if (ownConversionThread != null) {
      Threads.shutdown(ownConversionThread, CONVERSION_STOP_WAIT_MILLIS);
    }
    preview.close();
  }
}
