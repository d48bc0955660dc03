package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.ascii.SimdEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code asciicall bench convert}: times RGB frame → {@link AsciiFrame} on this thread only; the
 * images are decoded (or generated) and scaled first, untimed.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Times RGB frame -> ASCII frame conversion; prints one JSON line.")
public final class BenchConvertCommand implements Callable<Integer> {

  static final class Input {
    @Option(names = "--input", description = "A folder of PNG/JPEG images.")
    Path folder;

    @Option(names = "--synthetic", description = "Generated frames with gradients and edges.")
    boolean synthetic;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Input input;

  @Option(names = "--width", description = "Frame width (default 1280).")
  int width = 1280;

  @Option(names = "--height", description = "Frame height (default 720).")
  int height = 720;

  @Option(names = "--columns", description = "Characters across (default 128).")
  int columns = 128;

  // Null: the engine's default mode, so the benchmark follows the default wherever it moves.
  @Option(names = "--mode", description = "density (default), shape, braille or half-block.")
  String modeName;

  @Option(names = "--warmup", description = "Untimed conversions first (default 2000).")
  int warmup = 2000;

  @Option(names = "--frames", description = "Timed conversions (default 2000).")
  int frames = 2000;

  @Override
  public Integer call() {
    if (width <= 0 || height <= 0 || width > PixelImage.MAX_SIDE || height > PixelImage.MAX_SIDE) {
      throw UserFacingException.badInput("--width/--height must be 1.." + PixelImage.MAX_SIDE);
    }
    if (columns <= 0 || warmup < 0 || frames <= 0) {
      throw UserFacingException.badInput("--columns and --frames must be positive");
    }
    ConversionSettings settings;
    try {
      settings = ConversionSettings.defaults().withColumns(columns);
      if (modeName != null) {
        settings = settings.withMode(ConvertCommand.parseMode(modeName));
      }
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput(e.getMessage());
    }
    List<PixelImage> images = input.synthetic ? synthetic() : decodeFolder();
    String hint = SimdEngine.hint();
    if (hint != null) {
      spec.commandLine().getErr().println("note: " + hint);
    }
    // Times the engine as a running app has it: with the SIMD path warmed up where available.
    try {
      if (SimdEngine.available() && !SimdEngine.awaitActive(Duration.ofSeconds(90))) {
        spec.commandLine().getErr().println("note: the SIMD path did not warm up; timing without");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    AsciiConverter converter = new AsciiConverter();
    AsciiFrame frame = null;
    for (int i = 0; i < warmup; i++) {
      frame = converter.convert(images.get(i % images.size()), settings);
    }
    // Wall time is what a call feels; this thread's CPU time is the work itself, which stays
    // comparable when other processes crowd the cores.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean withCpu = threads.isCurrentThreadCpuTimeSupported();
    long[] nanos = new long[frames];
    long[] cpuNanos = new long[frames];
    for (int i = 0; i < frames; i++) {
      PixelImage image = images.get(i % images.size());
      long cpuStart = withCpu ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      frame = converter.convert(image, settings);
      nanos[i] = System.nanoTime() - start;
      cpuNanos[i] = withCpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        String.format(
            Locale.ROOT,
            "{\"frames\":%d,\"width\":%d,\"height\":%d,\"columns\":%d,\"rows\":%d,"
                + "\"mode\":\"%s\",\"simd\":\"%s\",\"convert_ms_median\":%.4f,"
                + "\"convert_ms_p95\":%.4f%s}",
            frames,
            width,
            height,
            frame.columns(),
            frame.rows(),
            settings.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            SimdEngine.describe(),
            nanos[frames / 2] / 1e6,
            nanos[Math.min(frames - 1, (int) (frames * 0.95))] / 1e6,
            withCpu
                ? String.format(Locale.ROOT, ",\"cpu_ms_median\":%.4f", cpuNanos[frames / 2] / 1e6)
                : ""));
    out.flush();
    return 0;
  }

  private List<PixelImage> synthetic() {
    List<PixelImage> images = new ArrayList<>();
    Random random = new Random(42);
    for (int n = 0; n < 4; n++) {
      byte[] rgb = new byte[width * height * 3];
      for (int y = 0, i = 0; y < height; y++) {
        for (int x = 0; x < width; x++, i += 3) {
          boolean disc = Math.hypot(x - width / 2.0 - n * 20, y - height / 2.0) < height / 3.0;
          int base = disc ? 200 : (x * 255 / width + y * 64 / height) & 0xFF;
          rgb[i] = (byte) (base + random.nextInt(8));
          rgb[i + 1] = (byte) (base ^ 0x20);
          rgb[i + 2] = (byte) (255 - base);
        }
      }
      images.add(PixelImage.rgb(width, height, rgb));
    }
    return images;
  }

  private List<PixelImage> decodeFolder() {
    if (!Files.isDirectory(input.folder)) {
      throw UserFacingException.badInput("no such folder: " + input.folder);
    }
    List<PixelImage> images = new ArrayList<>();
    try (Stream<Path> files = Files.list(input.folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg")) {
          images.add(scaled(PixelImageFiles.read(file)));
        }
      }
    } catch (IOException e) {
      throw UserFacingException.badInput("cannot list " + input.folder + ": " + e.getMessage());
    }
    if (images.isEmpty()) {
      throw UserFacingException.badInput("no PNG or JPEG images in " + input.folder);
    }
    return images;
  }

  /** Nearest-neighbour resize to the benchmark size, so every frame costs the same. */
  private PixelImage scaled(PixelImage source) {
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0, i = 0; y < height; y++) {
      int sy = (int) ((long) y * source.height() / height);
      for (int x = 0; x < width; x++, i += 3) {
        int s = (sy * source.width() + (int) ((long) x * source.width() / width)) * 3;
        System.arraycopy(source.data(), s, rgb, i, 3);
      }
    }
    return PixelImage.rgb(width, height, rgb);
  }
}
