package dev.asciicall.ascii;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ShapeMatcher}'s glyph search with the incubating Vector API: every glyph's squared
 * distance to a cell's nine tones, sixteen glyphs at a time (eight with AVX2), then the first least
 * one by a plain scan; and the flat-cell test's per-column minima and maxima. Each distance is
 * summed sample by sample with a separate multiply and add, the order the plain loop uses, so the
 * choice is the same to the last bit (ShapeMatcherTest).
 *
 * <p>Only named where {@link SimdEngine#active()}, so the engine loads without the module.
 * Stateless; {@code distances} is the caller's scratch space.
 */
final class VectorSearch {

  private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;

  private VectorSearch() {}

  /** Whether {@code lanes} glyph slots split into whole vectors on this machine. */
  static boolean fits(int lanes) {
    return lanes % FLOATS.length() == 0;
  }

  /**
   * Each sample column's least and greatest tone over three sample rows ({@code tones} from {@code
   * top}, rows {@code across} apart) into {@code low} and {@code high}: lane-wise {@code
   * Math.min}/{@code max}, which C2 does not vectorise in a plain loop.
   */
  static void bands(float[] tones, int top, int across, float[] low, float[] high) {
    int step = FLOATS.length();
    int covered = FLOATS.loopBound(across);
    for (int x = 0; x < covered; x += step) {
      FloatVector upper = FloatVector.fromArray(FLOATS, tones, top + x);
      FloatVector middle = FloatVector.fromArray(FLOATS, tones, top + across + x);
      FloatVector lower = FloatVector.fromArray(FLOATS, tones, top + 2 * across + x);
      upper.min(middle).min(lower).intoArray(low, x);
      upper.max(middle).max(lower).intoArray(high, x);
    }
    ShapeMatcher.bands(tones, top, across, low, high, covered);
  }

  /**
   * The first glyph of least distance (times its preference) to {@code pattern}; {@code shapes} is
   * [sample][glyph slot], padded to {@code lanes} slots with glyphs that never win.
   */
  static int search(
      float[][] shapes,
      float[] preference,
      int lanes,
      int glyphs,
      float[] pattern,
      float[] distances) {
    int step = FLOATS.length();
    for (int g = 0; g < lanes; g += step) {
      FloatVector d = FloatVector.fromArray(FLOATS, shapes[0], g).sub(pattern[0]);
      FloatVector sum = d.mul(d);
      for (int s = 1; s < ShapeMatcher.SAMPLES; s++) {
        d = FloatVector.fromArray(FLOATS, shapes[s], g).sub(pattern[s]);
        sum = sum.add(d.mul(d));
      }
      sum = sum.mul(FloatVector.fromArray(FLOATS, preference, g));
      sum.intoArray(distances, g);
    }
    // The first least slot, scalar: JDK 17 compiles the Vector API's lane-finding operations
    // (reduceLanes(MIN), lane(), firstTrue, anyTrue) to slow fallbacks.
    return ShapeMatcher.firstLeast(distances, glyphs);
  }

  /**
   * {@link LikenessMatcher}'s search: each slot's squared distance as {@code |template|² - 2
   * template·samples + length} with one fused multiply-add per sample in the plain loop's order,
   * times the slot's preference, into {@code distances}; then the first glyph of the least. The
   * lanes' minima are kept on the way, so the scan for the least value looks at one vector's lanes
   * (scratch space: {@code lanesOfLeast}, one vector long) and the scan for its first glyph stops
   * there. {@code templates} is [sample][glyph slot]; padding slots never hold the least.
   */
  static int likeness(
      float[][] templates,
      float[] norms,
      float[] preference,
      float length,
      float[] minusTwice,
      int glyphs,
      float[] distances,
      float[] lanesOfLeast) {
    int step = FLOATS.length();
    int lanes = norms.length;
    // Not null to start with: a vector that may be null cannot stay in a register.
    FloatVector least = FloatVector.broadcast(FLOATS, Float.POSITIVE_INFINITY);
    for (int g = 0; g < lanes; g += step) {
      FloatVector sum = FloatVector.fromArray(FLOATS, norms, g);
      for (int s = 0; s < minusTwice.length; s++) {
        FloatVector factor = FloatVector.broadcast(FLOATS, minusTwice[s]);
        sum = FloatVector.fromArray(FLOATS, templates[s], g).fma(factor, sum);
      }
      sum = sum.add(length).mul(FloatVector.fromArray(FLOATS, preference, g));
      sum.intoArray(distances, g);
      least = least.min(sum);
    }
    least.intoArray(lanesOfLeast, 0);
    float value = lanesOfLeast[0];
    for (int i = 1; i < step; i++) {
      value = Math.min(value, lanesOfLeast[i]);
    }
    int g = 0;
    while (g < glyphs - 1 && distances[g] != value) {
      g++;
    }
    return g;
  }
}
