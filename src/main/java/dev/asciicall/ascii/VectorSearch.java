package dev.asciicall.ascii;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
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
  private static final VectorSpecies<Integer> INTS =
      VectorSpecies.of(int.class, FLOATS.vectorShape());
  private static final int[] FIRST_SLOTS = new int[FLOATS.length()];

  static {
    for (int i = 0; i < FIRST_SLOTS.length; i++) {
      FIRST_SLOTS[i] = i;
    }
  }

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
   * times the slot's preference, into {@code distances}; then the first glyph of the least. Each
   * lane keeps its least and that slot on the way (compare and blend, no branches), so only one
   * vector's lanes are scanned at the end (scratch space: {@code leastValues} and {@code
   * leastSlots}, one vector long). {@code templates} is [sample][glyph slot].
   */
  static int likeness(
      float[][] templates,
      float[] norms,
      float[] preference,
      float length,
      float[] minusTwice,
      float[] distances,
      float[] leastValues,
      int[] leastSlots) {
    int step = FLOATS.length();
    int lanes = norms.length;
    // Per lane, the least distance so far and its slot; a later block replaces it only when
    // strictly less, so each lane keeps its first least.
    FloatVector least = FloatVector.broadcast(FLOATS, Float.POSITIVE_INFINITY);
    IntVector slots = IntVector.zero(INTS);
    IntVector slot = IntVector.fromArray(INTS, FIRST_SLOTS, 0);
    IntVector stride = IntVector.broadcast(INTS, step);
    for (int g = 0; g < lanes; g += step) {
      FloatVector sum = FloatVector.fromArray(FLOATS, norms, g);
      for (int s = 0; s < minusTwice.length; s++) {
        FloatVector factor = FloatVector.broadcast(FLOATS, minusTwice[s]);
        sum = FloatVector.fromArray(FLOATS, templates[s], g).fma(factor, sum);
      }
      sum = sum.add(length).mul(FloatVector.fromArray(FLOATS, preference, g));
      sum.intoArray(distances, g);
      VectorMask<Float> less = sum.lt(least);
      least = least.blend(sum, less);
      slots = slots.blend(slot, less.cast(INTS));
      slot = slot.add(stride);
    }
    least.intoArray(leastValues, 0);
    slots.intoArray(leastSlots, 0);
    // Across lanes: the least value, and of equal ones the earliest slot. Padding slots never hold
    // the least.
    int best = leastSlots[0];
    float bestValue = leastValues[0];
    for (int i = 1; i < step; i++) {
      float value = leastValues[i];
      int at = leastSlots[i];
      if (value < bestValue || (value == bestValue && at < best)) {
        bestValue = value;
        best = at;
      }
    }
    return best;
  }
}
