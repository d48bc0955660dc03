package dev.asciicall.cli;

import dev.asciicall.ascii.PixelImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads PNG/JPEG files into RGB {@link PixelImage}s; failures become one-line user messages. */
final class PixelImageFiles {

  private PixelImageFiles() {}

  static PixelImage read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw UserFacingException.badInput("no such image file: " + file);
    }
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw UserFacingException.badInput("cannot read image " + file + ": " + e.getMessage());
    }
    if (image == null) {
      throw UserFacingException.badInput("not a PNG or JPEG image: " + file);
    }
    if (image.getWidth() > PixelImage.MAX_SIDE || image.getHeight() > PixelImage.MAX_SIDE) {
      throw UserFacingException.badInput(
          "image too large (max " + PixelImage.MAX_SIDE + " px per side): " + file);
    }
    return toRgb(image);
  }

  static PixelImage toRgb(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] rgb = new byte[width * height * 3];
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0, i = y * width * 3; x < width; x++, i += 3) {
        rgb[i] = (byte) (row[x] >> 16);
        rgb[i + 1] = (byte) (row[x] >> 8);
        rgb[i + 2] = (byte) row[x];
      }
    }
    return PixelImage.rgb(width, height, rgb);
  }
}
