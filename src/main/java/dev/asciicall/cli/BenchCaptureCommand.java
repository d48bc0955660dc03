package dev.asciicall.cli;

import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.RgbImages;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench capture}: medians, in ms per 640x480 frame, of turning a camera picture
 * into frame bytes — per pixel through {@code getRGB} (the slow way, for comparison) versus
 * straight from the raster (what the app does) — and of drawing one demo frame. Prints JSON.
 */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    description = "Benchmark camera frame conversion and the demo source; prints JSON medians.")
public final class BenchCaptureCommand implements Runnable {

  @Option(names = "--iterations", defaultValue = "200", description = "Timed runs per case.")
  int iterations;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (iterations < 5 || iterations > 100_000) {
      throw UserFacingException.badInput("--iterations must be between 5 and 100000");
    }
    BufferedImage camera = RgbImages.createRgb(640, 480);
    byte[] pixels = RgbImages.bytes(camera);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i * 31);
    }
    BufferedImage bgr = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    bgr.getGraphics().drawImage(camera, 0, 0, null);
    DemoSource demo = new DemoSource();
    long[] sink = new long[1];
    double getRgb = median(() -> perPixelGetRgb(camera), sink);
    double raster = median(() -> RgbImages.toRgb(camera), sink);
    double rasterBgr = median(() -> RgbImages.toRgb(bgr), sink);
    double demoFrame = median(() -> demo.read().rgb(), sink);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        String.format(
            Locale.ROOT,
            "{\"frame\": \"640x480\", \"iterations\": %d, \"median_ms\": {"
                + "\"getRGB_per_pixel\": %.3f, \"raster_rgb\": %.3f, \"raster_bgr\": %.3f,"
                + " \"demo_frame\": %.3f}, \"checksum\": %d}",
            iterations,
            getRgb,
            raster,
            rasterBgr,
            demoFrame,
            sink[0]));
    out.flush();
  }

  private static byte[] perPixelGetRgb(BufferedImage image) {
    byte[] rgb = new byte[image.getWidth() * image.getHeight() * 3];
    int i = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int pixel = image.getRGB(x, y);
        rgb[i++] = (byte) (pixel >> 16);
        rgb[i++] = (byte) (pixel >> 8);
        rgb[i++] = (byte) pixel;
      }
    }
    return rgb;
  }

  private double median(Supplier<byte[]> work, long[] sink) {
    for (int i = 0; i < Math.min(50, iterations); i++) {
      sink[0] += work.get()[i];
    }
    double[] millis = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      byte[] result = work.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
      sink[0] += result[result.length / 2];
    }
    Arrays.sort(millis);
    return millis[iterations / 2];
  }
}
