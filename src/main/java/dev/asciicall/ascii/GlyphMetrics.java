package dev.asciicall.ascii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Ink coverage of glyphs in the app's font (DejaVu Sans Mono), measured once with AWT by {@code
 * dev.asciicall.cli.GlyphMeasurement} and committed as {@code glyph-metrics.tsv}; a test
 * re-measures and proves the table still matches the font. The engine itself may not use AWT, hence
 * the table.
 *
 * <p>Coverage is the inked fraction of the whole cell (advance × line height). The shape is the
 * inked fraction of each of 3 × 3 sub-cells, row by row: top-left, top-middle, top-right, …
 * Immutable and safe to share between threads.
 */
public final class GlyphMetrics {

  /** Sub-cells across and down in a glyph's {@link #shape(char)}. */
  public static final int SHAPE_COLUMNS = 3;

  public static final int SHAPE_ROWS = 3;

  static final String RESOURCE = "glyph-metrics.tsv";

  private static final GlyphMetrics FONT = load();

  private final double cellAspect;
  private final Map<Character, float[]> table;

  private GlyphMetrics(double cellAspect, Map<Character, float[]> table) {
    this.cellAspect = cellAspect;
    this.table = table;
  }

  /** The committed measurements of DejaVu Sans Mono. */
  public static GlyphMetrics font() {
    return FONT;
  }

  /** Line height / advance of the app's font: the default for sizing by columns. */
  public static double fontCellAspect() {
    return FONT.cellAspect;
  }

  public double cellAspect() {
    return cellAspect;
  }

  public boolean isMeasured(char glyph) {
    return table.containsKey(glyph);
  }

  /** Inked fraction of the cell in 0..1; throws for a glyph that was not measured. */
  public double coverage(char glyph) {
    return entry(glyph)[0];
  }

  /** Inked fraction of each 3×3 sub-cell, row by row; a fresh copy. */
  public float[] shape(char glyph) {
    float[] entry = entry(glyph);
    float[] shape = new float[SHAPE_COLUMNS * SHAPE_ROWS];
    System.arraycopy(entry, 1, shape, 0, shape.length);
    return shape;
  }

  private float[] entry(char glyph) {
    float[] entry = table.get(glyph);
    if (entry == null) {
      throw new IllegalArgumentException(
          "glyph U+" + Integer.toHexString(glyph) + " was not measured");
    }
    return entry;
  }

  private static GlyphMetrics load() {
    try (InputStream in = GlyphMetrics.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses the committed table format; package-private for the test that compares tables. */
  static GlyphMetrics parse(BufferedReader reader) throws IOException {
    double aspect = 2.0;
    Map<Character, float[]> table = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.trim().split("\\s+");
      if (fields[0].equals("cell-aspect")) {
        aspect = Double.parseDouble(fields[1]);
        continue;
      }
      float[] values = new float[1 + SHAPE_COLUMNS * SHAPE_ROWS];
      for (int i = 0; i < values.length; i++) {
        values[i] = Float.parseFloat(fields[i + 1]);
      }
      table.put((char) Integer.parseInt(fields[0], 16), values);
    }
    return new GlyphMetrics(aspect, Map.copyOf(table));
  }
}
