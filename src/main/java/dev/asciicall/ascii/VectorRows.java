package dev.asciicall.ascii;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vertical half of {@link CellPooler} with the incubating Vector API: a cell row's source rows
 * are summed per byte, a strip of bytes at a time (32 with AVX-512, 16 with AVX2), down the rows in
 * 16-bit lanes held in registers, so each strip's sum is stored once. Up to 256 rows of bytes fit a
 * 16-bit lane; the lanes are then widened to ints (even and odd bytes apart, put back in order by
 * two permutes), and the fractional first and last rows added weighed. Gives exactly what the plain
 * per-byte path gives: the same integer sums.
 *
 * <p>Only {@link SimdEngine} names this class, and only when the module {@code
 * jdk.incubator.vector} is in the boot layer, so the engine still loads without it. Confined to the
 * converter's thread, like its owner.
 */
final class VectorRows {

  private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;
  // As many bytes as the short species has lanes: each byte widens into one 16-bit lane.
  private static final VectorSpecies<Byte> BYTES =
      VectorSpecies.of(byte.class, VectorShape.forBitSize(SHORTS.vectorBitSize() / 2));
  // Rows of bytes a 16-bit lane holds: 256 x 255 < 2^16.
  private static final int LANE_ROWS = 256;
  // Widening: the low halves of the 32-bit views are the even bytes, the high halves the odd ones;
  // an output vector's lane k takes lane k/2 (FIRST_HALF) or lanes/2 + k/2 (SECOND_HALF) of the
  // even sums where k is even and of the odd sums where k is odd.
  private static final VectorShuffle<Integer> FIRST_HALF = halves(0);
  private static final VectorShuffle<Integer> SECOND_HALF = halves(1);
  private static final VectorMask<Integer> ODD_LANES = oddLanes();

  // Pixel sums of three-byte pixels: n pixels are 3n ints in three vectors; byte j of pixel k is
  // lane 3k+j of their concatenation. FROM[v][j] moves the lanes vector v holds into place,
  // IN[v][j]
  // marks them. One-input shuffles with in-range indexes: JDK 17 compiles those to one permute.
  private static final VectorShuffle<Integer>[][] FROM = new VectorShuffle[3][3];
  private static final VectorMask<Integer>[][] IN = new VectorMask[3][3];

  static {
    int lanes = INTS.length();
    for (int vector = 0; vector < 3; vector++) {
      for (int channel = 0; channel < 3; channel++) {
        int[] indexes = new int[lanes];
        boolean[] held = new boolean[lanes];
        for (int k = 0; k < lanes; k++) {
          int source = 3 * k + channel - vector * lanes;
          held[k] = source >= 0 && source < lanes;
          indexes[k] = held[k] ? source : 0;
        }
        FROM[vector][channel] = VectorShuffle.fromArray(INTS, indexes, 0);
        IN[vector][channel] = VectorMask.fromArray(INTS, held, 0);
      }
    }
  }

  private final int rowBytes;
  private final int covered;

  VectorRows(int rowBytes) {
    this.rowBytes = rowBytes;
    this.covered = SHORTS.loopBound(rowBytes);
  }

  /** Bytes of a row {@link #sum} covers, from the first; the owner sums the rest. */
  int coveredBytes() {
    return covered;
  }

  /** The widest lanes this machine gives the Vector API, in bits. */
  static int laneBits() {
    return INTS.vectorBitSize();
  }

  /**
   * Writes into {@code acc} the per-byte sum of source rows {@code first..last}: the first row
   * times {@code topWeight}, the last (if it is not the first) times {@code bottomWeight}, the rows
   * between times 256.
   */
  void sum(byte[] data, int first, int last, int topWeight, int bottomWeight, int[] acc) {
    int top = first * rowBytes;
    int bottom = last * rowBytes;
    int step = SHORTS.length();
    int half = INTS.length();
    int between = Math.max(0, last - first - 1);
    boolean hasBottom = last > first;
    VectorShuffle<Integer> firstHalf = FIRST_HALF;
    VectorShuffle<Integer> secondHalf = SECOND_HALF;
    VectorMask<Integer> odd = ODD_LANES;
    for (int i = 0; i < covered; i += step) {
      // Full rows, at most 256 at a time in 16-bit lanes; their 32-bit views hold an even byte's
      // sum in the low half and the next odd byte's in the high half.
      IntVector even = IntVector.zero(INTS);
      IntVector oddBytes = even;
      for (int done = 0; done < between; done += LANE_ROWS) {
        IntVector pair =
            rows(data, top + (1 + done) * rowBytes + i, Math.min(LANE_ROWS, between - done));
        even = even.add(pair.and(0xFFFF));
        oddBytes = oddBytes.add(pair.lanewise(VectorOperators.LSHR, 16));
      }
      even = even.lanewise(VectorOperators.LSHL, 8);
      oddBytes = oddBytes.lanewise(VectorOperators.LSHL, 8);
      // A byte times a weight of at most 256 still fits 16 bits.
      IntVector weighed = load(data, top + i).mul((short) topWeight).reinterpretAsInts();
      even = even.add(weighed.and(0xFFFF));
      oddBytes = oddBytes.add(weighed.lanewise(VectorOperators.LSHR, 16));
      if (hasBottom) {
        weighed = load(data, bottom + i).mul((short) bottomWeight).reinterpretAsInts();
        even = even.add(weighed.and(0xFFFF));
        oddBytes = oddBytes.add(weighed.lanewise(VectorOperators.LSHR, 16));
      }
      IntVector low = even.rearrange(firstHalf).blend(oddBytes.rearrange(firstHalf), odd);
      IntVector high = even.rearrange(secondHalf).blend(oddBytes.rearrange(secondHalf), odd);
      low.intoArray(acc, i);
      high.intoArray(acc, i + half);
    }
  }

  /** At most {@link #LANE_ROWS} rows from {@code at} down, summed in 16-bit lanes. */
  private IntVector rows(byte[] data, int at, int count) {
    ShortVector sum = ShortVector.zero(SHORTS);
    for (int k = 0; k < count; k++, at += rowBytes) {
      sum = sum.add(load(data, at));
    }
    return sum.reinterpretAsInts();
  }

  /**
   * Each pixel's three sums of {@code sums} (a row of {@code width} three-byte pixels) weighed by
   * {@code weights} and added into {@code pixels}: the pixel's luma sum. The caller makes sure the
   * result fits an int.
   */
  void pixelSums(int[] sums, int width, int[] weights, int[] pixels) {
    int w0 = weights[0];
    int w1 = weights[1];
    int w2 = weights[2];
    int lanes = INTS.length();
    int covered = width / lanes * lanes;
    // Shuffles and masks in locals, fetched once: C2 then keeps them in registers for the loop.
    VectorShuffle<Integer> a0 = FROM[0][0];
    VectorShuffle<Integer> a1 = FROM[0][1];
    VectorShuffle<Integer> a2 = FROM[0][2];
    VectorShuffle<Integer> b0 = FROM[1][0];
    VectorShuffle<Integer> b1 = FROM[1][1];
    VectorShuffle<Integer> b2 = FROM[1][2];
    VectorShuffle<Integer> c0 = FROM[2][0];
    VectorShuffle<Integer> c1 = FROM[2][1];
    VectorShuffle<Integer> c2 = FROM[2][2];
    VectorMask<Integer> inB0 = IN[1][0];
    VectorMask<Integer> inB1 = IN[1][1];
    VectorMask<Integer> inB2 = IN[1][2];
    VectorMask<Integer> inC0 = IN[2][0];
    VectorMask<Integer> inC1 = IN[2][1];
    VectorMask<Integer> inC2 = IN[2][2];
    for (int x = 0, at = 0; x < covered; x += lanes, at += 3 * lanes) {
      IntVector a = IntVector.fromArray(INTS, sums, at);
      IntVector b = IntVector.fromArray(INTS, sums, at + lanes);
      IntVector c = IntVector.fromArray(INTS, sums, at + 2 * lanes);
      IntVector first = a.rearrange(a0).blend(b.rearrange(b0), inB0).blend(c.rearrange(c0), inC0);
      IntVector second = a.rearrange(a1).blend(b.rearrange(b1), inB1).blend(c.rearrange(c1), inC1);
      IntVector third = a.rearrange(a2).blend(b.rearrange(b2), inB2).blend(c.rearrange(c2), inC2);
      first.mul(w0).add(second.mul(w1)).add(third.mul(w2)).intoArray(pixels, x);
    }
    for (int x = covered, at = 3 * covered; x < width; x++, at += 3) {
      pixels[x] = w0 * sums[at] + w1 * sums[at + 1] + w2 * sums[at + 2];
    }
  }

  // Bytes are unsigned: the conversion extends the sign, the mask takes it off again.
  private static ShortVector load(byte[] data, int at) {
    return ((ShortVector)
            ByteVector.fromArray(BYTES, data, at).convertShape(VectorOperators.B2S, SHORTS, 0))
        .and((short) 0xFF);
  }

  private static VectorShuffle<Integer> halves(int which) {
    int lanes = INTS.length();
    int[] indexes = new int[lanes];
    for (int k = 0; k < lanes; k++) {
      indexes[k] = which * lanes / 2 + k / 2;
    }
    return VectorShuffle.fromArray(INTS, indexes, 0);
  }

  private static VectorMask<Integer> oddLanes() {
    boolean[] odd = new boolean[INTS.length()];
    for (int k = 0; k < odd.length; k++) {
      odd[k] = (k & 1) == 1;
    }
    return VectorMask.fromArray(INTS, odd, 0);
  }
}
