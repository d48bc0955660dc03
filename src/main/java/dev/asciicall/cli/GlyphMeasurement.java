package dev.asciicall.cli;

import dev.asciicall.ascii.GlyphBitmaps;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Locale;

/**
 * Measures the ink of glyphs in the app's font, which the engine ({@code dev.asciicall.ascii},
 * which may not use AWT) reads from its committed {@code glyph-metrics.tsv}. Run {@link #main} to
 * regenerate that table after changing the glyph set:
 *
 * <pre>java -cp target/classes dev.asciicall.cli.GlyphMeasurement \
 *   &gt; src/main/resources/dev/asciicall/ascii/glyph-metrics.tsv
 * java -cp target/classes dev.asciicall.cli.GlyphMeasurement bitmaps \
 *   &gt; src/main/resources/dev/asciicall/ascii/glyph-bitmaps.tsv</pre>
 *
 * <p>The second table holds each glyph's ink on a fine grid ({@link GlyphBitmaps#ACROSS} × {@link
 * GlyphBitmaps#DOWN} per cell), from which the likeness matcher derives what a glyph looks like
 * from a step back.
 */
public final class GlyphMeasurement {

  /** Every glyph the built-in palettes or the shape mode may use. */
  public static final String MEASURED_GLYPHS = printableAscii() + "░▒▓█▀▄";

  // The cell is scaled exactly onto this many pixels, so coverage is a fraction of the true cell.
  private static final int CELL_WIDTH = 96;
  private static final int CELL_HEIGHT = 186;
  private static final int ACROSS = 3;
  private static final int DOWN = 3;
  private static final float FONT_SIZE = 100f;

  private GlyphMeasurement() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.out.print(args.length > 0 && args[0].equals("bitmaps") ? bitmapTable() : table());
  }

  /** The fine ink grids in the committed format: one glyph a line, one hex byte per pixel. */
  public static String bitmapTable() {
    StringBuilder out = new StringBuilder();
    out.append("# Ink of DejaVu Sans Mono glyphs on a ")
        .append(GlyphBitmaps.ACROSS)
        .append("x")
        .append(GlyphBitmaps.DOWN)
        .append(" grid per cell, measured by dev.asciicall.cli.GlyphMeasurement bitmaps.\n")
        .append("# code, then one byte per grid pixel row by row (00 = no ink, ff = full ink)\n");
    for (char glyph : MEASURED_GLYPHS.toCharArray()) {
      out.append(String.format(Locale.ROOT, "%04x ", (int) glyph));
      for (float ink : bitmap(glyph)) {
        out.append(String.format(Locale.ROOT, "%02x", Math.round(ink * 255)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Inked fraction of each pixel of a {@link GlyphBitmaps#ACROSS} × {@link GlyphBitmaps#DOWN} grid
   * over the cell, row by row.
   */
  public static float[] bitmap(char glyph) {
    byte[] pixels = render(glyph);
    int across = GlyphBitmaps.ACROSS;
    int down = GlyphBitmaps.DOWN;
    double[] sums = new double[across * down];
    int[] counts = new int[across * down];
    for (int y = 0; y < CELL_HEIGHT; y++) {
      int gridRow = y * down / CELL_HEIGHT;
      for (int x = 0; x < CELL_WIDTH; x++) {
        int at = gridRow * across + x * across / CELL_WIDTH;
        sums[at] += (pixels[y * CELL_WIDTH + x] & 0xFF) / 255.0;
        counts[at]++;
      }
    }
    float[] ink = new float[sums.length];
    for (int i = 0; i < ink.length; i++) {
      ink[i] = (float) (sums[i] / counts[i]);
    }
    return ink;
  }

  /** Line height / advance of the font. */
  public static double cellAspect() {
    Font font = AppFont.at(FONT_SIZE);
    return AppFont.lineHeight(font) / AppFont.advance(font);
  }

  /** The table in the committed format. */
  public static String table() {
    StringBuilder out = new StringBuilder();
    out.append("# Ink coverage of DejaVu Sans Mono glyphs, measured by ")
        .append("dev.asciicall.cli.GlyphMeasurement.\n")
        .append("# code coverage then 3x3 sub-cells row by row (top left, top middle, ...), ")
        .append("fractions of the cell advance x line height\n");
    out.append(String.format(Locale.ROOT, "cell-aspect %.4f%n", cellAspect()));
    for (char glyph : MEASURED_GLYPHS.toCharArray()) {
      float[] values = measure(glyph);
      out.append(String.format(Locale.ROOT, "%04x", (int) glyph));
      for (float value : values) {
        out.append(String.format(Locale.ROOT, " %.4f", value));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Coverage of the whole cell, then of the 3×3 sub-cells row by row. */
  public static float[] measure(char glyph) {
    byte[] pixels = render(glyph);
    // The sub-cell split is by whole pixels of a finely sampled cell: edges fall at 1/3 and 2/3
    // to within half a percent.
    double[] sums = new double[1 + ACROSS * DOWN];
    for (int y = 0; y < CELL_HEIGHT; y++) {
      int band = y * DOWN / CELL_HEIGHT;
      for (int x = 0; x < CELL_WIDTH; x++) {
        double ink = (pixels[y * CELL_WIDTH + x] & 0xFF) / 255.0;
        sums[0] += ink;
        sums[1 + band * ACROSS + (x * ACROSS / CELL_WIDTH)] += ink;
      }
    }
    float[] values = new float[sums.length];
    values[0] = (float) (sums[0] / (CELL_WIDTH * CELL_HEIGHT));
    for (int i = 1; i < values.length; i++) {
      int across = (i - 1) % ACROSS;
      int down = (i - 1) / ACROSS;
      int pixelsAcross = (across + 1) * CELL_WIDTH / ACROSS - across * CELL_WIDTH / ACROSS;
      int pixelsDown = (down + 1) * CELL_HEIGHT / DOWN - down * CELL_HEIGHT / DOWN;
      values[i] = (float) (sums[i] / (pixelsAcross * pixelsDown));
    }
    return values;
  }

  /** The glyph white on black, antialiased, its cell scaled exactly onto the measuring grid. */
  private static byte[] render(char glyph) {
    BufferedImage image = new BufferedImage(CELL_WIDTH, CELL_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      Font font = AppFont.at(FONT_SIZE);
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, CELL_WIDTH, CELL_HEIGHT);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.scale(CELL_WIDTH / AppFont.advance(font), CELL_HEIGHT / AppFont.lineHeight(font));
      g.setFont(font);
      g.setColor(Color.WHITE);
      g.drawString(String.valueOf(glyph), 0f, (float) AppFont.ascent(font));
    } finally {
      g.dispose();
    }
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  private static String printableAscii() {
    StringBuilder glyphs = new StringBuilder();
    for (char c = ' '; c <= '~'; c++) {
      glyphs.append(c);
    }
    return glyphs.toString();
  }
}
