package dev.asciicall.ascii;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The horizontal half of {@link CellPooler} with the incubating Vector API, for the common grid
 * whose columns are a whole number of three-byte pixels wide (1280 or 640 pixels into 128 columns):
 * a column's per-byte sums are loaded a vector at a time straight from where the vertical pass left
 * them, multiplied by each byte's luma weight and added across the lanes, with no pixel-by-pixel
 * fold in between. The same integers as {@link ColumnPooler#poolPixelLumas}, so the same lumas.
 *
 * <p>Each product is a pixel's weighed channel sum at most, which {@link CellPooler} has made sure
 * fits an int; their total need not, so products are split into 16-bit halves that add up in int
 * lanes without overflow and are joined in a long. Only {@link SimdEngine} creates it. Confined to
 * the converter's thread, like its owner.
 */
final class VectorColumns {

  private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;

  private final int columns;
  private final int bytesPerColumn;
  private final int vectors; // per column
  private final int[] weights; // per column byte, padded with zeros to whole vectors
  private final int vectorColumns; // the columns whose last vector still ends inside the row
  private final int[] lumaWeights;
  private final ColumnPooler horizontal; // for the mean: the same float as its whole-pixel path

  /** For {@code horizontal}'s grid, whose columns must be whole three-byte pixels. */
  VectorColumns(ColumnPooler horizontal, int width, int columns, int[] lumaWeights) {
    int lanes = INTS.length();
    this.horizontal = horizontal;
    this.columns = columns;
    this.bytesPerColumn = horizontal.wholePixels() * 3;
    this.vectors = (bytesPerColumn + lanes - 1) / lanes;
    this.weights = new int[vectors * lanes];
    for (int i = 0; i < bytesPerColumn; i++) {
      weights[i] = lumaWeights[i % 3];
    }
    int rowBytes = width * 3;
    // Column c's vectors read bytes [c * bytesPerColumn, c * bytesPerColumn + weights.length).
    this.vectorColumns =
        rowBytes < weights.length
            ? 0
            : Math.min(columns, (rowBytes - weights.length) / bytesPerColumn + 1);
    this.lumaWeights = lumaWeights.clone();
  }

  /** Cell lumas of one cell row from its per-byte {@code sums} into {@code luma[offset..]}. */
  void pool(int[] sums, float[] luma, int offset) {
    int column = 0;
    int at = 0;
    int lanes = INTS.length();
    if (vectors == 1) {
      IntVector weight = IntVector.fromArray(INTS, weights, 0);
      for (; column < vectorColumns; column++, at += bytesPerColumn) {
        IntVector product = IntVector.fromArray(INTS, sums, at).mul(weight);
        luma[offset + column] =
            mean(product.and(0xFFFF), product.lanewise(VectorOperators.LSHR, 16));
      }
    } else if (vectors == 2) {
      IntVector first = IntVector.fromArray(INTS, weights, 0);
      IntVector second = IntVector.fromArray(INTS, weights, lanes);
      for (; column < vectorColumns; column++, at += bytesPerColumn) {
        IntVector a = IntVector.fromArray(INTS, sums, at).mul(first);
        IntVector b = IntVector.fromArray(INTS, sums, at + lanes).mul(second);
        luma[offset + column] =
            mean(
                a.and(0xFFFF).add(b.and(0xFFFF)),
                a.lanewise(VectorOperators.LSHR, 16).add(b.lanewise(VectorOperators.LSHR, 16)));
      }
    } else {
      for (; column < vectorColumns; column++, at += bytesPerColumn) {
        IntVector low = IntVector.zero(INTS);
        IntVector high = low;
        for (int v = 0; v < vectors; v++) {
          IntVector product =
              IntVector.fromArray(INTS, sums, at + v * lanes)
                  .mul(IntVector.fromArray(INTS, weights, v * lanes));
          low = low.add(product.and(0xFFFF));
          high = high.add(product.lanewise(VectorOperators.LSHR, 16));
        }
        luma[offset + column] = mean(low, high);
      }
    }
    // The last columns, whose vectors would read past the row.
    for (; column < columns; column++) {
      long sum = 0;
      for (int end = at + bytesPerColumn; at < end; at += 3) {
        sum +=
            lumaWeights[0] * sums[at]
                + lumaWeights[1] * sums[at + 1]
                + lumaWeights[2] * sums[at + 2];
      }
      luma[offset + column] = horizontal.wholePixelMean(sum);
    }
  }

  // The halves' lane totals stay far below 2^31: at most vectors x lanes x 65,535.
  private float mean(IntVector low, IntVector high) {
    long sum =
        ((long) high.reduceLanes(VectorOperators.ADD) << 16) + low.reduceLanes(VectorOperators.ADD);
    return horizontal.wholePixelMean(sum);
  }
}
