package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Judges ASCII as a viewer sees it: renders the frame in the app's font, scales the render onto the
 * source photo's size, blurs both slightly (viewing distance) and compares structure with SSIM (8×8
 * windows, luma). The edge-weighted score weights each window by the source's gradient, so it
 * rewards getting outlines right.
 */
final class QualityEvaluation {

  record Score(double ssim, double edgeSsim) {}

  private QualityEvaluation() {}

  static Score score(BufferedImage photo, ConversionSettings settings) {
    PixelImage pixels = PixelImageFiles.toRgb(photo);
    AsciiFrame frame = new AsciiConverter().convert(pixels, settings);
    BufferedImage render = FrameImages.render(frame, 12f);
    int width = photo.getWidth();
    int height = photo.getHeight();
    BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(
        render.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    double[] source = blur(luma(photo), width, height);
    double[] ascii = blur(luma(scaled), width, height);
    return ssim(source, ascii, width, height);
  }

  private static double[] luma(BufferedImage image) {
    int width = image.getWidth();
    double[] luma = new double[width * image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y);
        luma[y * width + x] =
            0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
      }
    }
    return luma;
  }

  /** Two passes of a 3×3 box blur: roughly a Gaussian of one pixel, "a step back". */
  private static double[] blur(double[] values, int width, int height) {
    double[] current = values;
    for (int pass = 0; pass < 2; pass++) {
      double[] next = new double[current.length];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          double sum = 0;
          int count = 0;
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              int xx = x + dx;
              int yy = y + dy;
              if (xx >= 0 && yy >= 0 && xx < width && yy < height) {
                sum += current[yy * width + xx];
                count++;
              }
            }
          }
          next[y * width + x] = sum / count;
        }
      }
      current = next;
    }
    return current;
  }

  private static Score ssim(double[] a, double[] b, int width, int height) {
    double c1 = Math.pow(0.01 * 255, 2);
    double c2 = Math.pow(0.03 * 255, 2);
    double total = 0;
    double weighted = 0;
    double weights = 0;
    int windows = 0;
    for (int y0 = 0; y0 + 8 <= height; y0 += 4) {
      for (int x0 = 0; x0 + 8 <= width; x0 += 4) {
        double meanA = 0;
        double meanB = 0;
        for (int y = y0; y < y0 + 8; y++) {
          for (int x = x0; x < x0 + 8; x++) {
            meanA += a[y * width + x];
            meanB += b[y * width + x];
          }
        }
        meanA /= 64;
        meanB /= 64;
        double varA = 0;
        double varB = 0;
        double cov = 0;
        for (int y = y0; y < y0 + 8; y++) {
          for (int x = x0; x < x0 + 8; x++) {
            double da = a[y * width + x] - meanA;
            double db = b[y * width + x] - meanB;
            varA += da * da;
            varB += db * db;
            cov += da * db;
          }
        }
        varA /= 63;
        varB /= 63;
        cov /= 63;
        double s =
            ((2 * meanA * meanB + c1) * (2 * cov + c2))
                / ((meanA * meanA + meanB * meanB + c1) * (varA + varB + c2));
        total += s;
        windows++;
        double edge = Math.sqrt(varA);
        weighted += s * edge;
        weights += edge;
      }
    }
    return new Score(total / windows, weighted / weights);
  }
}
