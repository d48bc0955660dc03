package dev.asciicall.ascii;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Exact area averages of a picture over a grid of cells whose edges may fall inside pixels: a pixel
 * straddling an edge counts towards both cells by its overlap. Boundaries and weights are
 * precomputed once per (picture size, grid); buffers are reused. Confined to the converter's
 * thread.
 */
final class CellPooler {

  // Weights are fixed point with 8 fraction bits so the hot loops stay in integers.
  private static final int ONE = 256;

  // Full-weight rows are summed eight bytes at a time: even and odd bytes of a little-endian long
  // fall into four 16-bit lanes each, which hold up to 257 rows of 255 before they must be emptied.
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BYTES = 0x00FF00FF00FF00FFL;
  private static final int LANE_ROWS = 256;
  // Fractional rows go weighted into 32-bit lanes, bytes 0 and 4, 1 and 5, ... of a long.
  private static final long LOW_BYTE_PER_INT = 0x000000FF000000FFL;

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
  private final long[] evenLanes;
  private final long[] oddLanes;
  private final long[] fractionLanes; // four longs per eight bytes
  private final ColumnPooler horizontal;

  // Off only in tests, to compare the lane path with the plain one.
  private final boolean lanes;

  CellPooler(int width, int height, PixelLayout layout, int columns, int rows) {
    this(width, height, layout, columns, rows, true);
  }

  CellPooler(int width, int height, PixelLayout layout, int columns, int rows, boolean lanes) {
    this.lanes = lanes;
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
    this.evenLanes = new long[accumulator.length >>> 3];
    this.oddLanes = new long[accumulator.length >>> 3];
    this.fractionLanes = new long[(accumulator.length >>> 3) * 4];
    double cellArea = (double) width / columns * height / rows * ONE * ONE;
    this.horizontal = new ColumnPooler(width, layout, columns, ONE, cellArea);
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
    int[] acc = accumulator;
    int rowBytes = acc.length;
    for (int row = 0; row < rows; row++) {
      // The lanes' first emptying assigns the bytes they cover; the rest must start from zero.
      Arrays.fill(acc, lanes ? evenLanes.length << 3 : 0, rowBytes, 0);
      boolean fresh = true;
      // Vertical pass: sum the cell row's source rows per byte, weighted at fractional edges.
      // Sums stay below 2^31: at most 16,384 rows x 256 x 255.
      int pending = 0; // rows summed in the lanes and not yet emptied into acc
      int y = rowStart[row];
      int w = rowWeightOffset[row];
      while (y < rowEnd[row]) {
        int weight = rowWeight[w];
        int offset = y * rowBytes;
        if (weight != ONE && lanes) {
          addFractionLanes(data, offset, weight);
          for (int i = evenLanes.length << 3; i < rowBytes; i++) {
            acc[i] += weight * (data[offset + i] & 0xFF);
          }
          pending = Math.max(pending, 1);
          y++;
          w++;
          continue;
        }
        if (weight != ONE || !lanes) {
          if (weight == ONE) {
            for (int i = 0; i < rowBytes; i++) {
              acc[i] += (data[offset + i] & 0xFF) << 8;
            }
          } else {
            for (int i = 0; i < rowBytes; i++) {
              acc[i] += weight * (data[offset + i] & 0xFF);
            }
          }
          y++;
          w++;
          continue;
        }
        int run = 1;
        while (run < 4 && y + run < rowEnd[row] && rowWeight[w + run] == ONE) {
          run++;
        }
        if (run == 4) {
          addLanes4(data, offset, rowBytes);
        } else {
          run = 1;
          addLanes1(data, offset);
        }
        for (int r = 0; r < run; r++) {
          for (int i = evenLanes.length << 3; i < rowBytes; i++) {
            acc[i] += (data[offset + r * rowBytes + i] & 0xFF) << 8;
          }
        }
        y += run;
        w += run;
        pending += run;
        if (pending > LANE_ROWS - 4) {
          emptyLanes(acc, fresh);
          fresh = false;
          pending = 0;
        }
      }
      if (pending > 0) {
        emptyLanes(acc, fresh);
      }
      // Horizontal pass: weigh each column span's bytes into the cell means.
      horizontal.pool(acc, row * columns, luma, color);
    }
  }

  private void addLanes1(byte[] data, int offset) {
    long[] even = evenLanes;
    long[] odd = oddLanes;
    for (int j = 0, at = offset; j < even.length; j++, at += 8) {
      long x = (long) LONGS.get(data, at);
      even[j] += x & LOW_BYTES;
      odd[j] += (x >>> 8) & LOW_BYTES;
    }
  }

  private void addLanes4(byte[] data, int offset, int stride) {
    long[] even = evenLanes;
    long[] odd = oddLanes;
    for (int j = 0, at = offset; j < even.length; j++, at += 8) {
      long a = (long) LONGS.get(data, at);
      long b = (long) LONGS.get(data, at + stride);
      long c = (long) LONGS.get(data, at + 2 * stride);
      long d = (long) LONGS.get(data, at + 3 * stride);
      even[j] += (a & LOW_BYTES) + (b & LOW_BYTES) + (c & LOW_BYTES) + (d & LOW_BYTES);
      odd[j] +=
          ((a >>> 8) & LOW_BYTES)
              + ((b >>> 8) & LOW_BYTES)
              + ((c >>> 8) & LOW_BYTES)
              + ((d >>> 8) & LOW_BYTES);
    }
  }

  private void addFractionLanes(byte[] data, int offset, int weight) {
    long[] lanes = fractionLanes;
    for (int j = 0, at = offset; j < lanes.length; j += 4, at += 8) {
      long x = (long) LONGS.get(data, at);
      lanes[j] += (x & LOW_BYTE_PER_INT) * weight;
      lanes[j + 1] += ((x >>> 8) & LOW_BYTE_PER_INT) * weight;
      lanes[j + 2] += ((x >>> 16) & LOW_BYTE_PER_INT) * weight;
      lanes[j + 3] += ((x >>> 24) & LOW_BYTE_PER_INT) * weight;
    }
  }

  /**
   * Adds the lanes' byte sums, full rows at full weight and fractional rows as weighed, into {@code
   * acc} and clears the lanes.
   */
  private void emptyLanes(int[] acc, boolean assign) {
    long[] even = evenLanes;
    long[] odd = oddLanes;
    long[] fraction = fractionLanes;
    for (int j = 0, i = 0, f = 0; j < even.length; j++, i += 8, f += 4) {
      long e = even[j];
      long o = odd[j];
      long f0 = fraction[f];
      long f1 = fraction[f + 1];
      long f2 = fraction[f + 2];
      long f3 = fraction[f + 3];
      int a0 = ((int) (e & 0xFFFF) << 8) + (int) f0;
      int a1 = ((int) (o & 0xFFFF) << 8) + (int) f1;
      int a2 = ((int) ((e >>> 16) & 0xFFFF) << 8) + (int) f2;
      int a3 = ((int) ((o >>> 16) & 0xFFFF) << 8) + (int) f3;
      int a4 = ((int) ((e >>> 32) & 0xFFFF) << 8) + (int) (f0 >>> 32);
      int a5 = ((int) ((o >>> 32) & 0xFFFF) << 8) + (int) (f1 >>> 32);
      int a6 = ((int) ((e >>> 48) & 0xFFFF) << 8) + (int) (f2 >>> 32);
      int a7 = ((int) ((o >>> 48) & 0xFFFF) << 8) + (int) (f3 >>> 32);
      if (!assign) {
        a0 += acc[i];
        a1 += acc[i + 1];
        a2 += acc[i + 2];
        a3 += acc[i + 3];
        a4 += acc[i + 4];
        a5 += acc[i + 5];
        a6 += acc[i + 6];
        a7 += acc[i + 7];
      }
      acc[i] = a0;
      acc[i + 1] = a1;
      acc[i + 2] = a2;
      acc[i + 3] = a3;
      acc[i + 4] = a4;
      acc[i + 5] = a5;
      acc[i + 6] = a6;
      acc[i + 7] = a7;
      even[j] = 0;
      odd[j] = 0;
      fraction[f] = 0;
      fraction[f + 1] = 0;
      fraction[f + 2] = 0;
      fraction[f + 3] = 0;
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
