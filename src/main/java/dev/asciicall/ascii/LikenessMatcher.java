package dev.asciicall.ascii;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses for each cell the glyph that looks most like it from a normal viewing distance: the cell
 * is sampled as 2×4 area means, each glyph as the same 2×4 means of its measured ink after a blur
 * the size of a viewer's ({@link GlyphLooks}), and the glyph of least squared difference wins.
 * Matching what the eye sees is what makes it work: the raw cell against raw glyph bitmaps (chafa's
 * way) rewards empty cells, since thin strokes never overlap a smooth picture, whereas blurred
 * strokes spread into the tone they make at a distance.
 *
 * <p>Two things keep a steady picture steady. Flat cells are drawn from a {@link FlatRamp},
 * dithered across glyph steps in a pattern tied to the cell position (stable over time, so it
 * cannot flicker), so a smooth gradient does not become rows of one letter. And with the previous
 * frame's choices, a cell keeps its glyph while that glyph is still within {@link #HOLD} of the
 * best: camera noise makes near-ties flip, a real change does not stay within it.
 *
 * <p>Immutable per palette and shared between threads; the search runs sixteen glyphs at a time
 * with the Vector API once the engine is warm, with the same results as the plain loop.
 */
final class LikenessMatcher {

  static final int ACROSS = 2;
  static final int DOWN = 4;
  static final int SAMPLES = ACROSS * DOWN;

  // Below this spread of tones inside a cell (0..1 scale) the cell counts as flat and is drawn
  // from the flat ramp, dithered; above it, by the search.
  static final float FLAT = 0.05f;

  // Squared tone distance (over the cell's eight samples) by which the previous glyph may trail
  // the best and still stay: camera noise of a few grey levels moves near-ties by less; a moving
  // edge moves a cell's distances by far more.
  static final float HOLD = 0.01f;

  // Squared distances of line glyphs count this much: where a line glyph fits almost as well as a
  // lookalike (a vertical line matches ']' or ':' about as well as '|', a horizontal one '~' as
  // well as '-'), the line glyph draws the outline people expect. Costs no score (0.9 and 1
  // measured alike).
  private static final String LINE_GLYPHS = "|/\\-_";
  static final float LINE_PREFERENCE = 0.8f;

  // The template table is one array per sample, glyphs padded to whole vectors (see ShapeMatcher);
  // padding glyphs sit so far from any tone that they never win.
  private static final int VECTOR = 16;
  private static final float UNREACHABLE = 1e3f;

  private static final Map<String, LikenessMatcher> CACHE = new ConcurrentHashMap<>();

  private final float[][] templates; // [sample][glyph slot], in tone units
  private final float[] norms; // each slot's squared length: its distance to a black cell
  private final float[] preference; // what a slot's distance is multiplied by
  private final FlatRamp flat;
  private final int glyphs;
  private final int lanes;
  private final boolean simdCapable;
  private final boolean simdAlways;

  private LikenessMatcher(Palette palette, boolean simdCapable, boolean simdAlways) {
    this.glyphs = palette.size();
    this.lanes = (glyphs + VECTOR - 1) / VECTOR * VECTOR;
    this.templates = GlyphLooks.templates(palette, SAMPLES, lanes, UNREACHABLE);
    this.preference = new float[lanes];
    Arrays.fill(preference, 1f); // padding glyphs: never near, never preferred
    for (int g = 0; g < glyphs; g++) {
      preference[g] = LINE_GLYPHS.indexOf(palette.glyph(g)) >= 0 ? LINE_PREFERENCE : 1f;
    }
    this.norms = new float[lanes];
    for (int g = 0; g < lanes; g++) {
      for (int s = 0; s < SAMPLES; s++) {
        norms[g] = Math.fma(templates[s][g], templates[s][g], norms[g]);
      }
    }
    this.flat = flatRamp();
    this.simdCapable = simdCapable && SimdEngine.available() && VectorSearch.fits(lanes);
    this.simdAlways = simdAlways;
  }

  static LikenessMatcher forPalette(Palette palette) {
    return CACHE.computeIfAbsent(
        palette.glyphs(), glyphs -> new LikenessMatcher(palette, true, false));
  }

  /** A matcher that never uses the Vector API, not cached: the plain path. */
  static LikenessMatcher withoutSimd(Palette palette) {
    return new LikenessMatcher(palette, false, false);
  }

  /** A matcher that uses the Vector API wherever available, warm or not; not cached. */
  static LikenessMatcher withSimd(Palette palette) {
    return new LikenessMatcher(palette, true, true);
  }

  int glyphs() {
    return glyphs;
  }

  /** The tone a glyph shows in one sample from a step back; for tests. */
  float template(int glyph, int sample) {
    return templates[sample][glyph];
  }

  /** What a glyph's squared distance is multiplied by before the least is chosen; for tests. */
  float preference(int glyph) {
    return preference[glyph];
  }

  FlatRamp flat() {
    return flat;
  }

  /**
   * Chooses a glyph for every cell of a grid whose tones (0..1) come as 2×4 samples per cell,
   * row-major over the whole sample grid ({@code columns * 2} across). {@code previous} holds the
   * last frame's choices for the same grid and palette, or is null.
   */
  void match(float[] tones, int columns, int rows, byte[] previous, byte[] indices) {
    int across = columns * ACROSS;
    float[] pattern = new float[SAMPLES]; // the cell's samples, dithered, times -2
    float[] distances = new float[lanes];
    float[] leastValues = new float[VECTOR];
    int[] leastSlots = new int[VECTOR];
    boolean vectorSearch = simdCapable && (simdAlways || SimdEngine.active());
    for (int row = 0; row < rows; row++) {
      for (int column = 0, at = row * DOWN * across; column < columns; column++, at += ACROSS) {
        int cell = row * columns + column;
        int last = previous == null ? -1 : previous[cell] & 0xFF;
        float length = 0; // the cell's squared length, so distances are true ones
        float sum = 0;
        float least = Float.MAX_VALUE;
        float most = -Float.MAX_VALUE;
        for (int y = 0, s = 0; y < DOWN; y++) {
          for (int x = 0; x < ACROSS; x++, s++) {
            float tone = tones[at + y * across + x];
            pattern[s] = tone * -2;
            length = Math.fma(tone, tone, length);
            sum += tone;
            // Comparisons, not Math.min/max, which must also order NaN and -0 and cost more than
            // the rest of this loop; tones are never NaN.
            least = tone < least ? tone : least;
            most = tone > most ? tone : most;
          }
        }
        if (most - least < FLAT) {
          indices[cell] = (byte) flat.choose(sum / SAMPLES, column, row, last);
          continue;
        }
        int best =
            vectorSearch
                ? VectorSearch.likeness(
                    templates,
                    norms,
                    preference,
                    length,
                    pattern,
                    distances,
                    leastValues,
                    leastSlots)
                : least(pattern, length, distances);
        if (last >= 0 && last < glyphs && distances[last] <= distances[best] + HOLD) {
          best = last;
        }
        indices[cell] = (byte) best;
      }
    }
  }

  /**
   * The first glyph of least distance to the cell, given its samples times -2 and its squared
   * length: each slot's squared distance as {@code |template|² - 2 template·samples + length},
   * summed with one fused multiply-add per sample in the order {@link VectorSearch#likeness} uses,
   * then times the slot's preference, so both give the same floats; C2 vectorises the loops over
   * glyphs. The distances stay in {@code distances}.
   */
  private int least(float[] minusTwice, float length, float[] distances) {
    System.arraycopy(norms, 0, distances, 0, lanes);
    for (int s = 0; s < SAMPLES; s++) {
      float factor = minusTwice[s];
      float[] sampleTemplates = templates[s];
      for (int g = 0; g < lanes; g++) {
        distances[g] = Math.fma(sampleTemplates[g], factor, distances[g]);
      }
    }
    for (int g = 0; g < lanes; g++) {
      distances[g] = (distances[g] + length) * preference[g];
    }
    return ShapeMatcher.firstLeast(distances, glyphs);
  }

  /**
   * The glyphs that look most like a flat tone, scanning tones from 0 up to past full: each takes
   * its level from its mean tone, and one that does not rise above the last is left out. Line
   * glyphs win no favour here: a field of flat grey is not an outline.
   */
  private FlatRamp flatRamp() {
    float[] means = new float[glyphs];
    for (int g = 0; g < glyphs; g++) {
      for (int s = 0; s < SAMPLES; s++) {
        means[g] += templates[s][g] / SAMPLES;
      }
    }
    int[] ramp = new int[glyphs];
    float[] levels = new float[glyphs];
    int size = 0;
    int last = -1;
    for (int step = 0; step <= 600; step++) {
      float tone = step / 400f;
      int best = 0;
      float bestDistance = Float.MAX_VALUE;
      for (int g = 0; g < glyphs; g++) {
        float distance = 0;
        for (int s = 0; s < SAMPLES; s++) {
          float d = templates[s][g] - tone;
          distance += d * d;
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          best = g;
        }
      }
      if (best != last && (size == 0 || means[best] > levels[size - 1])) {
        ramp[size] = best;
        levels[size++] = means[best];
        last = best;
      }
    }
    return new FlatRamp(Arrays.copyOf(ramp, size), Arrays.copyOf(levels, size));
  }
}
