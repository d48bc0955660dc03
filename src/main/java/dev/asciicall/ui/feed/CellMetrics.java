package dev.asciicall.ui.feed;

import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The size of one character cell of a monospaced font, measured once per font size. The font size
 * is chosen so the whole grid fits the tile: it follows the tile's size.
 *
 * @param width advance of one glyph in pixels
 * @param height line height in pixels
 */
record CellMetrics(Font font, double width, double height) {

  static final String FAMILY = "Monospaced";
  private static final double REFERENCE_SIZE = 100;
  private static final CellMetrics REFERENCE = measure(REFERENCE_SIZE);

  /** A cell's width per pixel of font size (the same at every size, give or take rounding). */
  static double widthPerPixel() {
    return REFERENCE.width / REFERENCE_SIZE;
  }

  /** A cell's height per pixel of font size. */
  static double heightPerPixel() {
    return REFERENCE.height / REFERENCE_SIZE;
  }

  /** Measures the font at {@code size}. Any thread that may create {@link Text} nodes. */
  static CellMetrics measure(double size) {
    Font font = Font.font(FAMILY, size);
    Text probe = new Text("MMMMMMMMMM");
    probe.setFont(font);
    Bounds bounds = probe.getLayoutBounds();
    return new CellMetrics(font, bounds.getWidth() / 10, bounds.getHeight());
  }

  /** The largest font whose {@code columns × rows} grid fits into {@code width × height}. */
  static CellMetrics fitting(int columns, int rows, double width, double height) {
    double byWidth = width / (columns * REFERENCE.width / REFERENCE_SIZE);
    double byHeight = height / (rows * REFERENCE.height / REFERENCE_SIZE);
    double size = Math.max(1, Math.floor(Math.min(byWidth, byHeight) * 4) / 4);
    return measure(size);
  }
}
