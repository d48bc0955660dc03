package dev.asciicall.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads picture files into frames, shrunk to a size the engine can use. */
final class ImageFiles {

  /** Larger photos are shrunk to fit: the ASCII grid never needs more. */
  static final int MAX_WIDTH = 1280;

  static final int MAX_HEIGHT = 720;

  private ImageFiles() {}

  /** Decodes {@code file}; the message says which file and why when it cannot. */
  static VideoFrame read(Path file) throws CaptureException {
    if (!Files.isRegularFile(file)) {
      throw new CaptureException("Image " + file + " does not exist or is not a file.");
    }
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new CaptureException("Image " + file + " could not be read: " + e.getMessage(), e);
    }
    if (image == null) {
      throw new CaptureException(
          "Image " + file + " is not a picture this app can read (use PNG, JPEG, GIF or BMP).");
    }
    BufferedImage fitted = RgbImages.fitWithin(image, MAX_WIDTH, MAX_HEIGHT);
    return new VideoFrame(
        fitted.getWidth(), fitted.getHeight(), RgbImages.toRgb(fitted), 0, System.nanoTime());
  }
}
