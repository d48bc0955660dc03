package dev.asciicall.cli;

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
 * into grids by mean luminance per cell over a ten-glyph density ramp (and mean colour per cell
 * with {@code --color}). A stand-in for the ASCII engine's converter, good enough to give the codec
 * realistic statistics: the same cells change when the picture changes.
 */
final class BenchFootage {

  static final String RAMP = " .:-=+*#%@";

  private final int columns;
  private final boolean color;

  BenchFootage(int columns, boolean color) {
    this.columns = columns;
    this.color = color;
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

  /** Cells are twice as tall as wide, as in a terminal font. */
  private GlyphGrid grid(int[] pixels, int width, int height) {
    int rows =
        Math.max(1, Math.min(GlyphGrid.MAX_ROWS, Math.round(columns * height / (2f * width))));
    byte[] indices = new byte[columns * rows];
    int[] foreground = color ? new int[columns * rows] : null;
    for (int row = 0; row < rows; row++) {
      int y0 = row * height / rows;
      int y1 = Math.max(y0 + 1, (row + 1) * height / rows);
      for (int column = 0; column < columns; column++) {
        int x0 = column * width / columns;
        int x1 = Math.max(x0 + 1, (column + 1) * width / columns);
        long red = 0;
        long green = 0;
        long blue = 0;
        for (int y = y0; y < y1; y++) {
          for (int x = x0; x < x1; x++) {
            int pixel = pixels[y * width + x];
            red += pixel >>> 16 & 0xFF;
            green += pixel >>> 8 & 0xFF;
            blue += pixel & 0xFF;
          }
        }
        long count = (long) (y1 - y0) * (x1 - x0);
        int r = (int) (red / count);
        int g = (int) (green / count);
        int b = (int) (blue / count);
        int luma = (299 * r + 587 * g + 114 * b) / 1000;
        int cell = row * columns + column;
        indices[cell] = (byte) (luma * RAMP.length() / 256);
        if (foreground != null) {
          foreground[cell] = r << 16 | g << 8 | b;
        }
      }
    }
    return new GlyphGrid(columns, rows, "density", RAMP, 0, 0, indices, foreground, null);
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
