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
   * Every glyph slot's squared distance to {@code pattern} into {@code distances}: {@code shapes}
   * is [sample][glyph slot], {@code lanes} slots; summed sample by sample with a separate multiply
   * and add, the order {@link LikenessMatcher}'s plain loop uses.
   */
  static void distances(
      float[][] shapes, int samples, int lanes, float[] pattern, float[] distances) {
    int step = FLOATS.length();
    for (int g = 0; g < lanes; g += step) {
      FloatVector d = FloatVector.fromArray(FLOATS, shapes[0], g).sub(pattern[0]);
      FloatVector sum = d.mul(d);
      for (int s = 1; s < samples; s++) {
        d = FloatVector.fromArray(FLOATS, shapes[s], g).sub(pattern[s]);
        sum = sum.add(d.mul(d));
      }
      sum.intoArray(distances, g);
    }
  }
}
