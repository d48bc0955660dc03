package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.CaptureStats;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall capture}: runs a source for a while and prints the live capture statistics once
 * a second, to check a camera (or image, folder, screen) works before a call.
 */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    description = "Capture from a source for a few seconds and print frame rate, frames and drops.")
public final class CaptureCommand implements Runnable {

  @Option(
      names = "--source",
      converter = SourceSpecConverter.class,
      defaultValue = "webcam",
      description =
          "demo, demo:pattern, webcam[:NAME][@WxH], image:PATH, folder:PATH[@FPS],"
              + " screen[:X,Y,W,H]"
              + " (default: ${DEFAULT-VALUE})")
  SourceSpec source;

  @Option(names = "--seconds", defaultValue = "5", description = "How long (default 5).")
  int seconds;

  @Option(names = "--fps", defaultValue = "30", description = "Target frame rate (default 30).")
  double framesPerSecond;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Supplier<SourceCatalog> catalog;

  public CaptureCommand() {
    this(SourceCatalog::system);
  }

  CaptureCommand(Supplier<SourceCatalog> catalog) {
    this.catalog = catalog;
  }

  @Override
  public void run() {
    if (seconds < 1 || seconds > 3600) {
      throw UserFacingException.badInput("--seconds must be between 1 and 3600");
    }
    CaptureSettings settings;
    try {
      settings = CaptureSettings.defaults().withFramesPerSecond(framesPerSecond);
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput("--fps: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    AtomicLong pixels = new AtomicLong();
    // Frames are converted as the app would, on their own thread, so the figure is the engine's
    // cost per frame at the default settings; the capture thread never waits for it.
    AsciiConverter converter = new AsciiConverter();
    ConversionSettings conversion = ConversionSettings.defaults();
    ExecutorService convertThread = Threads.single("convert");
    AtomicLong conversionNanos = new AtomicLong();
    AtomicLong conversions = new AtomicLong();
    try (CaptureService service = new CaptureService(catalog.get(), settings);
        Subscription status =
            service.addStatusListener(
                s -> s.message().ifPresent(m -> print(out, "[" + s.state() + "] " + m)));
        Subscription sink =
            service.addSink(
                f -> {
                  pixels.set((long) f.width() * f.height());
                  long started = System.nanoTime();
                  converter.convert(PixelImage.rgb(f.width(), f.height(), f.rgb()), conversion);
                  conversionNanos.addAndGet(System.nanoTime() - started);
                  conversions.incrementAndGet();
                },
                convertThread)) {
      service.start(source);
      for (int second = 1; second <= seconds; second++) {
        Thread.sleep(1000);
        CaptureStats stats = service.stats();
        long converted = Math.max(1, conversions.getAndSet(0));
        double convertMillis = conversionNanos.getAndSet(0) / 1e6 / converted;
        print(
            out,
            String.format(
                Locale.ROOT,
                "%2ds  %-9s %-28s %5.1f fps  %6d frames  %5d dropped  convert %.2f ms",
                second,
                stats.state(),
                stats.sourceName(),
                stats.framesPerSecond(),
                stats.framesCaptured(),
                stats.framesDropped(),
                convertMillis));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Threads.shutdown(convertThread, 2000);
    }
  }

  private static synchronized void print(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }
}
