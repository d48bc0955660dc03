package dev.asciicall.ascii;

import java.util.Arrays;

/**
 * Exact area averages of a picture over a grid of cells whose edges may fall inside pixels: a pixel
 * straddling an edge counts towards both cells by its overlap. A vertical pass sums each cell row's
 * source rows per byte ({@link RowLanes}), a horizontal pass weighs those sums into cells ({@link
 * ColumnPooler}). Boundaries and weights are precomputed once per (picture size, grid); buffers are
 * reused. Confined to the converter's thread.
 */
final class CellPooler {

  // Weights are fixed point with 8 fraction bits so the hot loops stay in integers.
  private static final int ONE = 256;

  private final int width;
  private final int height;
  private final PixelLayout layout;
  private final int columns;
  private final int rows;
  private final int[] rowStart;
  private final int[] rowEnd;
  private final int[] rowWeight;
  private final int[] rowWeightOffset;
  private final int[] accumulator;
  private final RowLanes rowLanes; // null unless the path is LANES
  private final VectorRows vectorRows; // null unless the path is VECTOR
  // Where the vector path adds each pixel's weighed channel sums into one int when colour is not
  // asked for; null for one-byte pixels and where a pixel's luma sum could pass 2^31.
  private final int[] lumaWeights;
  private final int[] pixelLumas;
  private final ColumnPooler horizontal;
  // The vector path's columns when they are whole pixels and luma folds in vectors; else null.
  private final VectorColumns vectorColumns;

  /** How the vertical pass sums; all three give the same integers. */
  enum Path {
    /** Byte by byte: the reference the others are tested against. */
    PLAIN,
    /** Eight bytes at a time in the lanes of plain longs. */
    LANES,
    /** The incubating Vector API; only where {@link SimdEngine#available()}. */
    VECTOR;

    static Path fastest() {
      return SimdEngine.active() ? VECTOR : LANES;
    }
  }

  CellPooler(int width, int height, PixelLayout layout, int columns, int rows) {
    this(width, height, layout, columns, rows, Path.fastest());
  }

  CellPooler(int width, int height, PixelLayout layout, int columns, int rows, Path path) {
    this.width = width;
    this.height = height;
    this.layout = layout;
    this.columns = columns;
    this.rows = rows;
    this.rowStart = new int[rows];
    this.rowEnd = new int[rows];
    this.rowWeightOffset = new int[rows];
    this.rowWeight = spans(height, rows, rowStart, rowEnd, rowWeightOffset);
    this.accumulator = new int[width * layout.bytesPerPixel()];
    this.rowLanes = path == Path.LANES ? new RowLanes(accumulator.length) : null;
    boolean weighLuma = path == Path.VECTOR && weighedLumaFits(height, rows, layout);
    this.vectorRows = path == Path.VECTOR ? SimdEngine.rows(accumulator.length) : null;
    this.lumaWeights = weighLuma ? ColumnPooler.lumaWeights(layout) : null;
    this.pixelLumas = weighLuma ? new int[width] : null;
    if (path == Path.VECTOR && vectorRows == null) {
      throw new IllegalStateException("the Vector API is not available in this JVM");
    }
    double cellArea = (double) width / columns * height / rows * ONE * ONE;
    this.horizontal = new ColumnPooler(width, layout, columns, ONE, cellArea);
    this.vectorColumns =
        weighLuma && horizontal.wholePixels() > 0
            ? SimdEngine.columns(horizontal, width, columns, lumaWeights)
            : null;
  }

  Path path() {
    return vectorRows != null ? Path.VECTOR : (rowLanes != null ? Path.LANES : Path.PLAIN);
  }

  boolean fits(int imageWidth, int imageHeight, PixelLayout imageLayout, int cols, int rws) {
    return width == imageWidth
        && height == imageHeight
        && layout == imageLayout
        && columns == cols
        && rows == rws;
  }

  /**
   * Mean luma (0..255, Rec. 601 weights) of each cell into {@code luma}, and the mean colour as
   * 0xRRGGBB into {@code color} unless it is null. Row-major, {@code columns × rows}.
   */
  void pool(byte[] data, float[] luma, int[] color) {
    if (rowLanes != null) {
      rowLanes.startFrame();
    }
    for (int row = 0; row < rows; row++) {
      // Vertical pass: per byte, sums stay below 2^31: at most 16,384 rows x 256 x 255.
      if (vectorRows != null) {
        vectorSum(data, row);
        if (color == null && vectorColumns != null) {
          vectorColumns.pool(accumulator, luma, row * columns);
          continue;
        }
        if (color == null && lumaWeights != null) {
          vectorRows.pixelSums(accumulator, width, lumaWeights, pixelLumas);
          horizontal.poolPixelLumas(pixelLumas, row * columns, luma);
          continue;
        }
      } else if (rowLanes == null) {
        sumPlain(data, row);
      } else {
        sumInLanes(data, row);
      }
      horizontal.pool(accumulator, row * columns, luma, color);
    }
  }

  private void vectorSum(byte[] data, int row) {
    int[] acc = accumulator;
    int first = rowStart[row];
    int last = rowEnd[row] - 1;
    int weights = rowWeightOffset[row];
    int bottomWeight = last > first ? rowWeight[weights + last - first] : 0;
    vectorRows.sum(data, first, last, rowWeight[weights], bottomWeight, acc);
    // The bytes past the last whole vector, as the lane path does its tail.
    int covered = vectorRows.coveredBytes();
    if (covered < acc.length) {
      Arrays.fill(acc, covered, acc.length, 0);
      for (int y = first, w = weights; y <= last; y++, w++) {
        addTail(data, y * acc.length, rowWeight[w], covered);
      }
    }
  }

  private void sumPlain(byte[] data, int row) {
    int[] acc = accumulator;
    int rowBytes = acc.length;
    Arrays.fill(acc, 0);
    for (int y = rowStart[row], w = rowWeightOffset[row]; y < rowEnd[row]; y++, w++) {
      addTail(data, y * rowBytes, rowWeight[w], 0);
    }
  }

  private void sumInLanes(byte[] data, int row) {
    RowLanes lanes = rowLanes;
    int[] acc = accumulator;
    int rowBytes = acc.length;
    int covered = lanes.coveredBytes();
    // The lanes' first emptying assigns the bytes they cover; the rest must start from zero.
    Arrays.fill(acc, covered, rowBytes, 0);
    int first = rowStart[row];
    int last = rowEnd[row] - 1;
    int weights = rowWeightOffset[row];
    int y = first;
    int topWeight = rowWeight[weights];
    if (topWeight != ONE) {
      if (!lanes.takePreparedTop()) {
        lanes.weighTop(data, first * rowBytes, topWeight);
      }
      addTail(data, first * rowBytes, topWeight, covered);
      y++;
    }
    int bottomWeight = last > first ? rowWeight[weights + last - first] : ONE;
    int fullEnd = bottomWeight != ONE ? last : last + 1;
    boolean fresh = true;
    int pending = 0; // full rows summed in the lanes and not yet emptied into acc
    while (y < fullEnd) {
      int offset = y * rowBytes;
      // Several rows per pass: the lanes are loaded and stored once for all of them.
      int run = Math.min(4, fullEnd - y);
      if (run == 4) {
        lanes.addFourRows(data, offset, rowBytes);
      } else if (run >= 2) {
        run = 2;
        lanes.addTwoRows(data, offset, rowBytes);
      } else {
        lanes.addRow(data, offset);
      }
      for (int r = 0; r < run; r++) {
        addTail(data, offset + r * rowBytes, ONE, covered);
      }
      y += run;
      pending += run;
      if (pending > RowLanes.MAX_ROWS - 4) {
        lanes.empty(acc, fresh);
        fresh = false;
        pending = 0;
      }
    }
    if (bottomWeight != ONE) {
      int next = row + 1;
      int nextWeight = next < rows && rowStart[next] == last ? rowWeight[rowWeightOffset[next]] : 0;
      if (nextWeight != 0 && nextWeight != ONE) {
        lanes.weighBottomAndNextTop(data, last * rowBytes, bottomWeight, nextWeight);
      } else {
        lanes.weighBottom(data, last * rowBytes, bottomWeight);
      }
      addTail(data, last * rowBytes, bottomWeight, covered);
    }
    lanes.empty(acc, fresh);
  }

  /**
   * Whether a pixel's sums weighed by the luma weights fit an int: the vector path then folds each
   * pixel into one luma sum with vector permutes instead of pixel by pixel.
   */
  private static boolean weighedLumaFits(int height, int rows, PixelLayout layout) {
    long tallest = (height + rows - 1) / rows + 1;
    return layout.bytesPerPixel() == 3
        && tallest * ONE * 255 * ColumnPooler.LUMA_TOTAL <= Integer.MAX_VALUE;
  }

  /** Adds one source row's bytes from {@code from} on, times {@code weight}, byte by byte. */
  private void addTail(byte[] data, int offset, int weight, int from) {
    int[] acc = accumulator;
    for (int i = from; i < acc.length; i++) {
      acc[i] += weight * (data[offset + i] & 0xFF);
    }
  }

  /**
   * Splits {@code length} pixels into {@code parts} equal spans [i·length/parts,
   * (i+1)·length/parts) and returns each covered pixel's overlap with its span (fixed point), span
   * after span.
   */
  static int[] spans(int length, int parts, int[] start, int[] end, int[] offset) {
    int total = 0;
    for (int i = 0; i < parts; i++) {
      start[i] = (int) ((long) i * length / parts);
      end[i] = (int) (((long) (i + 1) * length + parts - 1) / parts);
      offset[i] = total;
      total += end[i] - start[i];
    }
    int[] weights = new int[total];
    for (int i = 0; i < parts; i++) {
      // Exact rational edges in units of 1/parts pixel, rounded once into the fixed point weight.
      long left = (long) i * length;
      long right = (long) (i + 1) * length;
      for (int p = start[i]; p < end[i]; p++) {
        long overlap = Math.min(right, (long) (p + 1) * parts) - Math.max(left, (long) p * parts);
        weights[offset[i] + p - start[i]] = (int) Math.round((double) overlap * ONE / parts);
      }
    }
    return weights;
  }
}
