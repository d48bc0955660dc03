package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code asciicall bench stability}: plays the sorted images of a folder as one video through one
 * live converter (the state a call keeps: auto levels, the glyphs held from the last frame) and
 * prints how many cells change glyph from frame to frame. With {@code --repeat} and {@code --noise}
 * a still photo becomes a still camera: each image is shown several times, each time with fresh
 * Gaussian noise on its grey levels.
 */
@Command(
    name = "stability",
    mixinStandardHelpOptions = true,
    description = "Fraction of cells that change glyph per frame over a folder of images; JSON.")
public final class BenchStabilityCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = "Folder of PNG/JPEG images, played in name order.")
  Path input;

  @Option(names = "--mode", description = "Render mode (default: the engine's default).")
  String modeName;

  @Option(names = "--columns", description = "Characters across (default 128).")
  Integer columns;

  @Option(names = "--ratio", description = "One character per 1/R pixels across, 2/R down.")
  Double ratio;

  @Option(names = "--repeat", description = "Show each image this many times (default 1).")
  int repeat = 1;

  @Option(
      names = "--noise",
      paramLabel = "SIGMA",
      description = "Gaussian noise of this many grey levels added to every frame (default 0).")
  double noise;

  @Override
  public Integer call() {
    if (repeat < 1 || repeat > 10_000 || !(noise >= 0 && noise <= 128)) {
      throw UserFacingException.badInput("--repeat must be 1..10000 and --noise 0..128");
    }
    ConversionSettings settings = settings();
    List<PixelImage> images = images();
    if (images.size() * repeat < 2) {
      throw UserFacingException.badInput("need at least 2 frames: add images or --repeat");
    }
    Random random = new Random(7);
    List<PixelImage> frames = new ArrayList<>();
    for (PixelImage image : images) {
      for (int i = 0; i < repeat; i++) {
        frames.add(noise > 0 ? withNoise(image, noise, random) : image);
      }
    }
    double[] changed = changedFractions(frames, settings);
    double[] sorted = changed.clone();
    Arrays.sort(sorted);
    AsciiFrame first = new AsciiConverter().convert(frames.get(0), settings);
    spec.commandLine()
        .getOut()
        .println(
            String.format(
                Locale.ROOT,
                "{\"frames\":%d,\"columns\":%d,\"rows\":%d,\"mode\":\"%s\",\"noise\":%.1f,"
                    + "\"changed_cells_median\":%.4f,\"changed_cells_mean\":%.4f,"
                    + "\"changed_cells_max\":%.4f}",
                frames.size(),
                first.columns(),
                first.rows(),
                settings.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                noise,
                sorted[sorted.length / 2],
                Arrays.stream(changed).average().orElse(0),
                sorted[sorted.length - 1]));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * For each frame after the first, the fraction of cells whose glyph differs from the frame
   * before, all through one converter; a frame of another grid size counts as all changed.
   */
  static double[] changedFractions(List<PixelImage> frames, ConversionSettings settings) {
    AsciiConverter converter = new AsciiConverter();
    double[] changed = new double[frames.size() - 1];
    AsciiFrame last = converter.convert(frames.get(0), settings);
    for (int i = 1; i < frames.size(); i++) {
      AsciiFrame frame = converter.convert(frames.get(i), settings);
      changed[i - 1] = changedFraction(last, frame);
      last = frame;
    }
    return changed;
  }

  static double changedFraction(AsciiFrame before, AsciiFrame after) {
    if (before.columns() != after.columns() || before.rows() != after.rows()) {
      return 1;
    }
    int changed = 0;
    for (int row = 0; row < after.rows(); row++) {
      for (int column = 0; column < after.columns(); column++) {
        if (before.glyph(column, row) != after.glyph(column, row)) {
          changed++;
        }
      }
    }
    return (double) changed / (after.columns() * after.rows());
  }

  /** The image with the same Gaussian noise on all three channels of a pixel: grey-level noise. */
  static PixelImage withNoise(PixelImage image, double sigma, Random random) {
    byte[] data = image.data().clone();
    int bytesPerPixel = image.layout().bytesPerPixel();
    for (int i = 0; i < data.length; i += bytesPerPixel) {
      int delta = (int) Math.round(random.nextGaussian() * sigma);
      for (int c = i; c < i + bytesPerPixel; c++) {
        data[c] = (byte) Math.max(0, Math.min(255, (data[c] & 0xFF) + delta));
      }
    }
    return new PixelImage(image.width(), image.height(), image.layout(), data);
  }

  private ConversionSettings settings() {
    if (columns != null && ratio != null) {
      throw UserFacingException.badInput("give --columns or --ratio, not both");
    }
    try {
      ConversionSettings settings = ConversionSettings.defaults();
      if (columns != null) {
        settings = settings.withColumns(columns);
      }
      if (ratio != null) {
        settings = settings.withRatio(ratio);
      }
      if (modeName != null) {
        settings = settings.withMode(ConvertCommand.parseMode(modeName));
      }
      return settings;
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput(e.getMessage());
    }
  }

  private List<PixelImage> images() {
    if (!Files.isDirectory(input)) {
      throw UserFacingException.badInput("no such folder: " + input);
    }
    List<PixelImage> images = new ArrayList<>();
    try (Stream<Path> files = Files.list(input)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg")) {
          images.add(PixelImageFiles.read(file));
        }
      }
    } catch (IOException e) {
      throw UserFacingException.badInput("cannot list " + input + ": " + e.getMessage());
    }
    if (images.isEmpty()) {
      throw UserFacingException.badInput("no PNG or JPEG images in " + input);
    }
    return images;
  }
}
