package dev.asciicall.app;

import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.CaptureStatus;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import dev.asciicall.ui.EngineGridConverter;
import dev.asciicall.ui.LocalFeedPipeline;
import dev.asciicall.ui.PreviewPreferences;
import dev.asciicall.ui.PreviewSettings;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The hand wiring of the app: which source, which converter, which threads. Made on the FX thread
 * at start, closed when the window closes (stops capture and releases the device).
 */
final class AppContext implements AutoCloseable {

  private final CaptureService capture =
      new CaptureService(SourceCatalog.system(), CaptureSettings.defaults());
  private final ExecutorService conversionThread = Threads.single("convert");
  private final PreviewPreferences preferences = PreviewPreferences.forUser();
  private final LocalFeedPipeline localFeed =
      new LocalFeedPipeline(capture, new EngineGridConverter(preferences.load()), conversionThread);
  private final Subscription captureStatus;

  /**
   * @param captureProblems told the capture service's messages, on the capture thread
   */
  AppContext(Consumer<String> captureProblems) {
    captureStatus =
        capture.addStatusListener(
            (CaptureStatus status) -> status.message().ifPresent(captureProblems));
  }

  PreviewPreferences preferences() {
    return preferences;
  }

  /** The user moved a slider: convert the next frame with the new settings and remember them. */
  void usePreviewSettings(PreviewSettings settings) {
    localFeed.useConverter(new EngineGridConverter(settings));
    preferences.save(settings);
  }

  LocalFeedPipeline localFeed() {
    return localFeed;
  }

  void start() {
    localFeed.start();
    capture.start(SourceSpec.parse("demo"));
  }

  @Override
  public void close() {
    captureStatus.close();
    localFeed.stop();
    capture.close();
    Threads.shutdown(conversionThread, 2000);
    preferences.flush();
  }
}
