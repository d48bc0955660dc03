package dev.asciicall.ui.feed;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.ui.common.UiThread;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * Times drawing a demo-scene grid onto a canvas, single colour and colour, and reports medians as
 * JSON. Needs the JavaFX toolkit: a display (or Xvfb), or Monocle headless on the class path with
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}.
 *
 * <p>Times the draw calls on the FX thread (what blocks a pulse); the frames come from the demo
 * scene so glyphs vary like a real feed.
 */
public final class RenderBenchmark {

  private final int columns;
  private final int frames;

  public RenderBenchmark(int columns, int frames) {
    this.columns = columns;
    this.frames = frames;
  }

  /** Starts the toolkit if needed, runs both cases, returns the JSON report. Any thread but FX. */
  public String run() throws Exception {
    try {
      Platform.startup(() -> {});
    } catch (IllegalStateException alreadyRunning) {
      // The toolkit is up already (inside the app): reuse it.
    }
    ConversionSettings settings =
        ConversionSettings.defaults()
            .withColumns(columns)
            .withPalette(Palette.CLASSIC)
            .withMode(RenderMode.DENSITY)
            .withContrast(1)
            .withBrightness(0);
    AsciiFrame mono = grid(settings);
    AsciiFrame color = grid(settings.withColor(ColorCapture.PER_CELL));
    double colorDrawCalls = onFxThread(() -> medianOfDrawCalls(color));
    AsciiFrame blank =
        AsciiFrame.of(1, 1, Palette.CLASSIC, RenderMode.DENSITY, new byte[1], null, null);
    double baseline = onFxThread(() -> median(blank));
    double monoMedian = onFxThread(() -> median(mono)) - baseline;
    double colorMedian = onFxThread(() -> median(color)) - baseline;
    return String.format(
        Locale.ROOT,
        "{\"benchmark\":\"render\",\"columns\":%d,\"rows\":%d,\"frames\":%d,"
            + "\"pipeline\":\"%s\",\"singleColourMedianMillis\":%.3f,"
            + "\"colourMedianMillis\":%.3f,\"colourComposeMedianMillis\":%.3f,"
            + "\"snapshotBaselineMillis\":%.3f}",
        mono.columns(),
        mono.rows(),
        frames,
        System.getProperty("prism.order", "default"),
        monoMedian,
        colorMedian,
        colorDrawCalls,
        baseline);
  }

  private static AsciiFrame grid(ConversionSettings settings) {
    // 160 columns of a 640x480 scene are about 60 rows (62 at the font aspect): the target size.
    VideoFrame frame = new DemoSource().render(1.5, 0, 0);
    return new AsciiConverter()
        .convert(PixelImage.rgb(frame.width(), frame.height(), frame.rgb()), settings);
  }

  private double median(AsciiFrame grid) {
    Canvas canvas = new Canvas(1280, 720);
    GridPainter painter = new GridPainter();
    // Warm-up: metrics, atlas masks and JIT.
    for (int i = 0; i < 30; i++) {
      painter.paint(canvas.getGraphicsContext2D(), grid, 1280, 720);
    }
    double[] millis = new double[frames];
    for (int i = 0; i < frames; i++) {
      long start = System.nanoTime();
      painter.paint(canvas.getGraphicsContext2D(), grid, 1280, 720);
      // The snapshot forces the queued canvas commands to be rendered; timing the
      // draw calls alone would miss the rasterisation cost. Its own cost (measured on an empty
      // grid) is subtracted as the baseline.
      canvas.snapshot(null, null);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis[frames / 2];
  }

  /** Composing the colour grid into pixels and handing them over, without the rasterisation. */
  private double medianOfDrawCalls(AsciiFrame grid) {
    Canvas canvas = new Canvas(1280, 720);
    GridPainter painter = new GridPainter();
    double[] millis = new double[frames];
    for (int i = -30; i < frames; i++) {
      long start = System.nanoTime();
      painter.paint(canvas.getGraphicsContext2D(), grid, 1280, 720);
      if (i >= 0) {
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      // Drop the queued commands so the canvas buffer does not grow across iterations.
      canvas.getGraphicsContext2D().clearRect(0, 0, 1280, 720);
    }
    Arrays.sort(millis);
    return millis[frames / 2];
  }

  private static double onFxThread(java.util.concurrent.Callable<Double> work) throws Exception {
    CompletableFuture<Double> result = new CompletableFuture<>();
    UiThread.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Exception e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(5, TimeUnit.MINUTES);
  }
}
