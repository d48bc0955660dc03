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
 * Each glyph's ink in the app's font (DejaVu Sans Mono) on a fine grid over its cell, measured with
 * AWT by {@code dev.asciicall.cli.GlyphMeasurement bitmaps} and committed as {@code
 * glyph-bitmaps.tsv}, as {@link GlyphMetrics} is (the engine may not use AWT); a test re-measures
 * it. The likeness matcher derives what each glyph looks like from a step back from these grids.
 * Immutable and safe to share between threads.
 */
public final class GlyphBitmaps {

  /** Grid pixels across one cell. */
  public static final int ACROSS = 8;

  /** Grid pixels down one cell. */
  public static final int DOWN = 16;

  static final String RESOURCE = "glyph-bitmaps.tsv";

  private static final GlyphBitmaps FONT = load();

  private final Map<Character, float[]> table;

  private GlyphBitmaps(Map<Character, float[]> table) {
    this.table = table;
  }

  /** The committed measurements of DejaVu Sans Mono. */
  public static GlyphBitmaps font() {
    return FONT;
  }

  public boolean isMeasured(char glyph) {
    return table.containsKey(glyph);
  }

  /** Inked fraction 0..1 of each grid pixel, row by row; a fresh copy. */
  public float[] bitmap(char glyph) {
    float[] ink = table.get(glyph);
    if (ink == null) {
      throw new IllegalArgumentException(
          "glyph U+" + Integer.toHexString(glyph) + " was not measured");
    }
    return ink.clone();
  }

  private static GlyphBitmaps load() {
    try (InputStream in = GlyphBitmaps.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static GlyphBitmaps parse(BufferedReader reader) throws IOException {
    Map<Character, float[]> table = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.trim().split("\\s+");
      String hex = fields[1];
      float[] ink = new float[ACROSS * DOWN];
      if (hex.length() != 2 * ink.length) {
        throw new IOException("a bitmap needs " + ink.length + " bytes: " + line);
      }
      for (int i = 0; i < ink.length; i++) {
        ink[i] = Integer.parseInt(hex, 2 * i, 2 * i + 2, 16) / 255f;
      }
      table.put((char) Integer.parseInt(fields[0], 16), ink);
    }
    return new GlyphBitmaps(Map.copyOf(table));
  }
}
