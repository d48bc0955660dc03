package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiFrame;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws an {@link AsciiFrame} with the app's font, off screen (AWT headless): light glyphs on
 * black, or the frame's colours. Used by {@code convert --format png} and the quality evaluation.
 */
public final class FrameImages {

  private FrameImages() {}

  public static BufferedImage render(AsciiFrame frame, float fontSize) {
    Font font = AppFont.at(fontSize);
    double advance = AppFont.advance(font);
    double lineHeight = AppFont.lineHeight(font);
    double ascent = AppFont.ascent(font);
    int width = (int) Math.ceil(frame.columns() * advance);
    int height = (int) Math.ceil(frame.rows() * lineHeight);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, width, height);
      g.setFont(font);
      for (int row = 0; row < frame.rows(); row++) {
        double top = row * lineHeight;
        if (!frame.hasColor()) {
          g.setColor(new Color(frame.foreground(0, row)));
          g.drawString(frame.rowText(row), 0f, (float) (top + ascent));
          continue;
        }
        for (int column = 0; column < frame.columns(); column++) {
          double left = column * advance;
          if (frame.hasBackground()) {
            g.setColor(new Color(frame.background(column, row)));
            g.fill(
                new java.awt.geom.Rectangle2D.Double(left, top, advance + 0.5, lineHeight + 0.5));
          }
          g.setColor(new Color(frame.foreground(column, row)));
          g.drawString(
              String.valueOf(frame.glyph(column, row)), (float) left, (float) (top + ascent));
        }
      }
    } finally {
      g.dispose();
    }
    return image;
  }
}
