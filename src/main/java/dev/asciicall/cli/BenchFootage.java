package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.ascii.Sizing;
import dev.asciicall.call.GridMapping;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.codec.GlyphGrid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Frames for the codec benchmark: images from a folder (in name order) or the demo scene, turned
 * into grids by one live ASCII converter in the given mode (and mean colour per cell with {@code
 * --color}), as a call sends them: how many cells change from frame to frame is the engine's.
 */
final class BenchFootage {

  private final ConversionSettings settings;
  private final AsciiConverter converter = new AsciiConverter();

  BenchFootage(int columns, RenderMode mode, boolean color) {
    ConversionSettings chosen =
        ConversionSettings.defaults().withSizing(new Sizing.ByColumns(columns, 2.0)).withMode(mode);
    this.settings = color ? chosen.withColor(ColorCapture.PER_CELL) : chosen;
  }

  List<GlyphGrid> demo(int frames) {
    DemoSource source = new DemoSource(640, 360, 30);
    List<GlyphGrid> grids = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      VideoFrame frame = source.render(i / 30.0, i, 0);
      byte[] rgb = frame.rgb();
      int[] pixels = new int[frame.width() * frame.height()];
      for (int p = 0; p < pixels.length; p++) {
        pixels[p] =
            (rgb[3 * p] & 0xFF) << 16 | (rgb[3 * p + 1] & 0xFF) << 8 | rgb[3 * p + 2] & 0xFF;
      }
      grids.add(grid(pixels, frame.width(), frame.height()));
    }
    return grids;
  }

  List<GlyphGrid> images(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw UserFacingException.badInput("not a folder: " + folder);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(
                  path ->
                      path.getFileName()
                          .toString()
                          .toLowerCase(Locale.ROOT)
                          .matches(".*\\.(png|jpe?g)"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw UserFacingException.badInput("cannot list " + folder + ": " + e.getMessage());
    }
    if (files.size() < 2) {
      throw UserFacingException.badInput("need at least 2 PNG or JPEG images in " + folder);
    }
    List<GlyphGrid> grids = new ArrayList<>();
    for (Path file : files) {
      BufferedImage image = read(file);
      int width = image.getWidth();
      int height = image.getHeight();
      grids.add(grid(image.getRGB(0, 0, width, height, null, 0, width), width, height));
    }
    return grids;
  }

  private static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw UserFacingException.badInput("not a readable image: " + file);
      }
      return image;
    } catch (IOException e) {
      throw UserFacingException.badInput("cannot read image " + file + ": " + e.getMessage());
    }
  }

  /**
   * The picture through the live converter, as a call sends it; cells twice as tall as wide, as in
   * a terminal font, so the figures stay comparable with earlier ones.
   */
  private GlyphGrid grid(int[] pixels, int width, int height) {
    byte[] rgb = new byte[width * height * 3];
    for (int p = 0; p < pixels.length; p++) {
      rgb[3 * p] = (byte) (pixels[p] >>> 16);
      rgb[3 * p + 1] = (byte) (pixels[p] >>> 8);
      rgb[3 * p + 2] = (byte) pixels[p];
    }
    AsciiFrame frame = converter.convert(PixelImage.rgb(width, height, rgb), settings);
    return GridMapping.toGrid(frame);
  }

  /**
   * The frame as plain UTF-8 text compressed on its own with deflate (level 6): the reference for
   * "compress each text frame" schemes such as ascii-chat's per-frame zstd.
   */
  static int deflatedTextBytes(GlyphGrid grid) {
    int[] glyphs = grid.glyphs().codePoints().toArray();
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < grid.rows(); row++) {
      for (int column = 0; column < grid.columns(); column++) {
        text.appendCodePoint(glyphs[grid.glyphIndex(column, row)]);
      }
      text.append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      byte[] out = new byte[bytes.length + 64];
      int length = 0;
      while (!deflater.finished()) {
        length += deflater.deflate(out, length, out.length - length);
      }
      return length;
    } finally {
      deflater.end();
    }
  }

  /** The size of the frame as plain UTF-8 text, one line per row. */
  static int textBytes(GlyphGrid grid) {
    int[] glyphs = grid.glyphs().codePoints().toArray();
    int total = grid.rows();
    for (byte index : grid.glyphIndices()) {
      total +=
          new String(Character.toChars(glyphs[index & 0xFF]))
              .getBytes(StandardCharsets.UTF_8)
              .length;
    }
    return total;
  }
}
