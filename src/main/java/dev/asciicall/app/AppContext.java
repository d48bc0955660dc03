package dev.asciicall.app;

import dev.asciicall.capture.DemoSource;
import dev.asciicall.common.Threads;
import dev.asciicall.ui.LocalFeedPipeline;
import dev.asciicall.ui.LuminanceGridConverter;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The hand wiring of the app: which source, which converter, which threads. Made on the FX thread
 * at start, closed when the window closes (stops capture and releases the device).
 */
final class AppContext implements AutoCloseable {

  static final int DEFAULT_COLUMNS = 120;

  private final ScheduledExecutorService captureThread = Threads.scheduled("capture");
  private final LocalFeedPipeline localFeed;

  AppContext(Consumer<String> captureProblems) {
    localFeed =
        new LocalFeedPipeline(
            new DemoSource(),
            converter(LuminanceGridConverter.ColorChoice.MONOCHROME),
            captureThread,
            captureProblems);
  }

  static LuminanceGridConverter converter(LuminanceGridConverter.ColorChoice colorChoice) {
    return new LuminanceGridConverter(
        DEFAULT_COLUMNS, LuminanceGridConverter.CLASSIC_RAMP, colorChoice);
  }

  LocalFeedPipeline localFeed() {
    return localFeed;
  }

  void start() {
    localFeed.start();
  }

  @Override
  public void close() {
    localFeed.stop();
    Threads.shutdown(captureThread, 2000);
  }
}
