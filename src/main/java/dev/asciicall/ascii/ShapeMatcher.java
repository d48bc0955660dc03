package dev.asciicall.ascii;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses glyphs by shape: a cell's 3×3 sub-cell tone pattern is compared (least squares) with the
 * glyphs' measured 3×3 ink patterns, so edges and lines come out as {@code / \ | _ -}. Flat cells,
 * where the pattern carries no shape, take the density choice instead: it is exact there and costs
 * a table look-up, which keeps the search for the few cells on edges. Immutable per palette and
 * shared between threads.
 */
final class ShapeMatcher {

  static final int SAMPLES = GlyphMetrics.SHAPE_COLUMNS * GlyphMetrics.SHAPE_ROWS;

  // Below this spread of tones inside a cell (0..1 scale) the cell counts as flat.
  private static final float EDGE_SPREAD = 0.2f;

  // The glyph table is one array per sample, glyphs padded to whole vectors, so C2 turns the loop
  // over glyphs into SIMD; one flat array with a computed offset defeats its alignment analysis.
  // Padding glyphs sit so far from any tone that they never win.
  private static final int VECTOR = 16;
  private static final float UNREACHABLE = 1e3f;

  // Squared distances of line glyphs count this much: where a line glyph fits almost as well as a
  // lookalike (a vertical line matches ']' a little better than '|' in DejaVu Sans Mono), the line
  // glyph draws the outline people expect; a column of ']' reads as brackets. On the quality
  // evaluation's photos this changes no score (QualityEvaluationTest).
  private static final String LINE_GLYPHS = "|/\\-_";
  private static final float LINE_PREFERENCE = 0.85f;
  // '|' leaves the top of its cell empty (the font's line gap), yet bars in consecutive rows join
  // into one line for the eye: it is matched as the bar it draws, its top like its centre.
  private static final int TOP_MIDDLE = 1;
  private static final int CENTRE = 4;

  private static final Map<String, ShapeMatcher> CACHE = new ConcurrentHashMap<>();

  private final float[][] shapes; // [sample][glyph], `lanes` glyphs each
  private final int glyphs;
  private final float[] preference;
  private final int lanes;
  private final DensityMapper density;
  private final boolean simdCapable;
  private final boolean simdAlways;

  /** When the glyph search uses the Vector API. */
  private enum Simd {
    /** Once the engine has warmed it up: the shared, cached matchers. */
    WHEN_ACTIVE,
    /** Whenever available: the warm-up's and the tests'. */
    ALWAYS,
    /** Never: the plain path, for the warm-up's comparison and the tests. */
    NEVER
  }

  private ShapeMatcher(Palette palette) {
    this(palette, Simd.WHEN_ACTIVE);
  }

  private ShapeMatcher(Palette palette, Simd simd) {
    this.glyphs = palette.size();
    this.lanes = (glyphs + VECTOR - 1) / VECTOR * VECTOR;
    this.shapes = shapes(palette, lanes);
    this.preference = preference(palette, lanes);
    this.density = new DensityMapper(palette);
    this.simdCapable = simd != Simd.NEVER && SimdEngine.available() && VectorSearch.fits(lanes);
    this.simdAlways = simd == Simd.ALWAYS;
  }

  static ShapeMatcher forPalette(Palette palette) {
    return CACHE.computeIfAbsent(palette.glyphs(), glyphs -> new ShapeMatcher(palette));
  }

  /** A matcher that never uses the Vector API, not cached: the plain path. */
  static ShapeMatcher withoutSimd(Palette palette) {
    return new ShapeMatcher(palette, Simd.NEVER);
  }

  /** A matcher that uses the Vector API wherever available, warm or not; not cached. */
  static ShapeMatcher withSimd(Palette palette) {
    return new ShapeMatcher(palette, Simd.ALWAYS);
  }

  DensityMapper density() {
    return density;
  }

  /** The scaled ink of one glyph's sub-cell, as the search compares it; for tests. */
  float shape(int glyph, int sample) {
    return shapes[sample][glyph];
  }

  /** What the glyph's squared distance is multiplied by before the least is chosen. */
  float preference(int glyph) {
    return preference[glyph];
  }

  int glyphs() {
    return glyphs;
  }

  /**
   * Chooses a glyph for every cell of a grid whose tones (0..1) come as 3×3 sub-cell samples per
   * cell, row-major over the whole sample grid ({@code columns * 3} across).
   */
  void match(float[] tones, int columns, int rows, byte[] indices) {
    int across = columns * 3;
    float[] pattern = new float[SAMPLES];
    float[] distances = new float[lanes];
    float[] low = new float[across];
    float[] high = new float[across];
    boolean vectorSearch = simdCapable && (simdAlways || SimdEngine.active());
    for (int row = 0; row < rows; row++) {
      int top = row * 3 * across;
      // Each sample column's least and greatest tone over the cell row's three sample rows first;
      // a cell then needs only the least and greatest of its three columns.
      if (vectorSearch) {
        VectorSearch.bands(tones, top, across, low, high);
      } else {
        bands(tones, top, across, low, high, 0);
      }
      for (int column = 0, at = top, x = 0; column < columns; column++, at += 3, x += 3) {
        float min = Math.min(Math.min(low[x], low[x + 1]), low[x + 2]);
        float max = Math.max(Math.max(high[x], high[x + 1]), high[x + 2]);
        // Read in place: three arraycopy calls per cell cost more than the flat cell's whole test.
        float p0 = tones[at];
        float p1 = tones[at + 1];
        float p2 = tones[at + 2];
        float p3 = tones[at + across];
        float p4 = tones[at + across + 1];
        float p5 = tones[at + across + 2];
        float p6 = tones[at + 2 * across];
        float p7 = tones[at + 2 * across + 1];
        float p8 = tones[at + 2 * across + 2];
        int glyph;
        if (max - min < EDGE_SPREAD) {
          glyph = density.nearest((p0 + p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8) / SAMPLES);
        } else {
          pattern[0] = p0;
          pattern[1] = p1;
          pattern[2] = p2;
          pattern[3] = p3;
          pattern[4] = p4;
          pattern[5] = p5;
          pattern[6] = p6;
          pattern[7] = p7;
          pattern[8] = p8;
          glyph =
              vectorSearch
                  ? VectorSearch.search(shapes, preference, lanes, glyphs, pattern, distances)
                  : search(pattern, distances);
        }
        indices[row * columns + column] = (byte) glyph;
      }
    }
  }

  /**
   * The glyph for nine tones of a cell with an edge: the first glyph of least squared distance
   * (times its preference). Every distance is summed sample by sample in the same order as a plain
   * per-glyph loop would, so the choice is the same to the last bit; {@code distances} is scratch
   * space of {@code lanes} values.
   */
  private int search(float[] pattern, float[] distances) {
    float first = pattern[0];
    float[] firstShapes = shapes[0];
    for (int g = 0; g < lanes; g++) {
      float d = firstShapes[g] - first;
      distances[g] = d * d;
    }
    for (int s = 1; s < SAMPLES - 1; s++) {
      float tone = pattern[s];
      float[] sampleShapes = shapes[s];
      for (int g = 0; g < lanes; g++) {
        float d = sampleShapes[g] - tone;
        distances[g] += d * d;
      }
    }
    // The last sample's pass also applies the preference: the same sum, then the same product.
    float last = pattern[SAMPLES - 1];
    float[] lastShapes = shapes[SAMPLES - 1];
    float[] weights = preference;
    for (int g = 0; g < lanes; g++) {
      float d = lastShapes[g] - last;
      distances[g] = (distances[g] + d * d) * weights[g];
    }
    return firstLeast(distances, glyphs);
  }

  /** The first of the least of {@code distances[0..glyphs)}: ties go to the earlier glyph. */
  static int firstLeast(float[] distances, int glyphs) {
    int best = 0;
    float bestDistance = distances[0];
    for (int g = 1; g < glyphs; g++) {
      float distance = distances[g];
      if (distance < bestDistance) {
        bestDistance = distance;
        best = g;
      }
    }
    return best;
  }

  /**
   * Sample columns {@code from..across} of the least and greatest tone over three sample rows
   * ({@code tones} from {@code top}, rows {@code across} apart) into {@code low} and {@code high}.
   */
  static void bands(float[] tones, int top, int across, float[] low, float[] high, int from) {
    for (int x = from, at = top + from; x < across; x++, at++) {
      float upper = tones[at];
      float middle = tones[at + across];
      float lower = tones[at + 2 * across];
      low[x] = Math.min(Math.min(upper, middle), lower);
      high[x] = Math.max(Math.max(upper, middle), lower);
    }
  }

  /**
   * Each glyph's sub-cell ink scaled so the most inked sub-cell of the palette is 1 (full tone): a
   * bright line then matches the glyph that draws the strongest line. Glyphs the font table lacks
   * count as evenly inked at their relative ink.
   */
  private static float[][] shapes(Palette palette, int lanes) {
    GlyphMetrics metrics = GlyphMetrics.font();
    float[] relative = palette.relativeInk();
    double densest = 0;
    for (char glyph : palette.glyphs().toCharArray()) {
      if (metrics.isMeasured(glyph)) {
        for (float ink : metrics.shape(glyph)) {
          densest = Math.max(densest, ink);
        }
      }
    }
    float[][] shapes = new float[SAMPLES][lanes];
    for (float[] sampleShapes : shapes) {
      Arrays.fill(sampleShapes, UNREACHABLE);
    }
    for (int g = 0; g < palette.size(); g++) {
      char glyph = palette.glyph(g);
      float[] shape = metrics.isMeasured(glyph) && densest > 0 ? metrics.shape(glyph) : null;
      for (int s = 0; s < SAMPLES; s++) {
        int measured = glyph == '|' && s == TOP_MIDDLE ? CENTRE : s;
        shapes[s][g] = shape == null ? relative[g] : (float) (shape[measured] / densest);
      }
    }
    return shapes;
  }

  /** Line glyphs win near-ties: see {@link #LINE_PREFERENCE}. */
  private static float[] preference(Palette palette, int lanes) {
    float[] preference = new float[lanes];
    java.util.Arrays.fill(preference, 1f); // padding glyphs: never near, never preferred
    for (int g = 0; g < palette.size(); g++) {
      preference[g] = LINE_GLYPHS.indexOf(palette.glyph(g)) >= 0 ? LINE_PREFERENCE : 1f;
    }
    return preference;
  }
}
