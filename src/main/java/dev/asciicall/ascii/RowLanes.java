package dev.asciicall.ascii;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The vertical half of {@link CellPooler}, eight bytes at a time: sums a cell row's source rows per
 * byte in 16-bit lanes of longs (SWAR). Even and odd bytes of a little-endian long fall into four
 * lanes each. Full rows are added unweighted; the cell row's fractional first and last rows are
 * stored already weighed (a byte times a weight below 256 still fits a lane), and a row shared with
 * the next cell row is read once for both. Covers the first {@link #coveredBytes()} bytes of a row;
 * the owner handles the rest. Confined to the converter's thread.
 */
final class RowLanes {

  /** Full rows the lanes hold before they must be emptied: 256 × 255 < 2^16. */
  static final int MAX_ROWS = 256;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BYTES = 0x00FF00FF00FF00FFL;
  // Lanes 0 and 2 of four 16-bit lanes: widened to two 32-bit lanes when emptied.
  private static final long LOW_LANES = 0x0000FFFF0000FFFFL;

  private final int longs;
  private final long[] even;
  private final long[] odd;
  private final long[] zeros;
  private long[] topEven;
  private long[] topOdd;
  private long[] bottomEven;
  private long[] bottomOdd;
  private long[] nextTopEven;
  private long[] nextTopOdd;
  private boolean hasTop;
  private boolean hasBottom;
  private boolean nextTopReady;

  RowLanes(int rowBytes) {
    longs = rowBytes >>> 3;
    even = new long[longs];
    odd = new long[longs];
    zeros = new long[longs];
    topEven = new long[longs];
    topOdd = new long[longs];
    bottomEven = new long[longs];
    bottomOdd = new long[longs];
    nextTopEven = new long[longs];
    nextTopOdd = new long[longs];
  }

  int coveredBytes() {
    return longs << 3;
  }

  /** Forgets a first row prepared for a cell row of the previous frame. */
  void startFrame() {
    nextTopReady = false;
    hasTop = false;
    hasBottom = false;
  }

  void addRow(byte[] data, int offset) {
    long[] e = even;
    long[] o = odd;
    for (int j = 0, at = offset; j < longs; j++, at += 8) {
      long x = (long) LONGS.get(data, at);
      e[j] += x & LOW_BYTES;
      o[j] += (x >>> 8) & LOW_BYTES;
    }
  }

  void addTwoRows(byte[] data, int offset, int stride) {
    long[] e = even;
    long[] o = odd;
    for (int j = 0, at = offset; j < longs; j++, at += 8) {
      long a = (long) LONGS.get(data, at);
      long b = (long) LONGS.get(data, at + stride);
      e[j] += (a & LOW_BYTES) + (b & LOW_BYTES);
      o[j] += ((a >>> 8) & LOW_BYTES) + ((b >>> 8) & LOW_BYTES);
    }
  }

  void addFourRows(byte[] data, int offset, int stride) {
    long[] e = even;
    long[] o = odd;
    for (int j = 0, at = offset; j < longs; j++, at += 8) {
      long a = (long) LONGS.get(data, at);
      long b = (long) LONGS.get(data, at + stride);
      long c = (long) LONGS.get(data, at + 2 * stride);
      long d = (long) LONGS.get(data, at + 3 * stride);
      e[j] += (a & LOW_BYTES) + (b & LOW_BYTES) + (c & LOW_BYTES) + (d & LOW_BYTES);
      o[j] +=
          ((a >>> 8) & LOW_BYTES)
              + ((b >>> 8) & LOW_BYTES)
              + ((c >>> 8) & LOW_BYTES)
              + ((d >>> 8) & LOW_BYTES);
    }
  }

  /**
   * Takes the first row the previous cell row prepared while reading its own last row, if it did.
   */
  boolean takePreparedTop() {
    if (!nextTopReady) {
      return false;
    }
    long[] swap = topEven;
    topEven = nextTopEven;
    nextTopEven = swap;
    swap = topOdd;
    topOdd = nextTopOdd;
    nextTopOdd = swap;
    nextTopReady = false;
    hasTop = true;
    return true;
  }

  /** The cell row's fractional first row, {@code weight} below 256. */
  void weighTop(byte[] data, int offset, int weight) {
    weigh(data, offset, weight, topEven, topOdd);
    hasTop = true;
  }

  /** The cell row's fractional last row, {@code weight} below 256. */
  void weighBottom(byte[] data, int offset, int weight) {
    weigh(data, offset, weight, bottomEven, bottomOdd);
    hasBottom = true;
  }

  /** The last row, which is also the next cell row's first row at {@code nextWeight}. */
  void weighBottomAndNextTop(byte[] data, int offset, int weight, int nextWeight) {
    long[] be = bottomEven;
    long[] bo = bottomOdd;
    long[] ne = nextTopEven;
    long[] no = nextTopOdd;
    for (int j = 0, at = offset; j < longs; j++, at += 8) {
      long x = (long) LONGS.get(data, at);
      long evenBytes = x & LOW_BYTES;
      long oddBytes = (x >>> 8) & LOW_BYTES;
      be[j] = evenBytes * weight;
      bo[j] = oddBytes * weight;
      ne[j] = evenBytes * nextWeight;
      no[j] = oddBytes * nextWeight;
    }
    hasBottom = true;
    nextTopReady = true;
  }

  private void weigh(byte[] data, int offset, int weight, long[] evenOut, long[] oddOut) {
    for (int j = 0, at = offset; j < longs; j++, at += 8) {
      long x = (long) LONGS.get(data, at);
      evenOut[j] = (x & LOW_BYTES) * weight;
      oddOut[j] = ((x >>> 8) & LOW_BYTES) * weight;
    }
  }

  /**
   * Writes (or with {@code assign} false, adds) full rows × 256 plus the weighed first and last
   * rows into {@code acc}, byte by byte, and clears the lanes. Sums stay below 2^25 per emptying.
   */
  void empty(int[] acc, boolean assign) {
    long[] e = even;
    long[] o = odd;
    long[] te = hasTop ? topEven : zeros;
    long[] to = hasTop ? topOdd : zeros;
    long[] be = hasBottom ? bottomEven : zeros;
    long[] bo = hasBottom ? bottomOdd : zeros;
    for (int j = 0, i = 0; j < longs; j++, i += 8) {
      long full = e[j];
      long top = te[j];
      long bottom = be[j];
      // Bytes 0 and 4, then 2 and 6, as two 32-bit lanes each.
      long bytes04 = ((full & LOW_LANES) << 8) + (top & LOW_LANES) + (bottom & LOW_LANES);
      long bytes26 =
          (((full >>> 16) & LOW_LANES) << 8)
              + ((top >>> 16) & LOW_LANES)
              + ((bottom >>> 16) & LOW_LANES);
      full = o[j];
      top = to[j];
      bottom = bo[j];
      long bytes15 = ((full & LOW_LANES) << 8) + (top & LOW_LANES) + (bottom & LOW_LANES);
      long bytes37 =
          (((full >>> 16) & LOW_LANES) << 8)
              + ((top >>> 16) & LOW_LANES)
              + ((bottom >>> 16) & LOW_LANES);
      int a0 = (int) bytes04;
      int a1 = (int) bytes15;
      int a2 = (int) bytes26;
      int a3 = (int) bytes37;
      int a4 = (int) (bytes04 >>> 32);
      int a5 = (int) (bytes15 >>> 32);
      int a6 = (int) (bytes26 >>> 32);
      int a7 = (int) (bytes37 >>> 32);
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
      e[j] = 0;
      o[j] = 0;
    }
    hasTop = false;
    hasBottom = false;
  }
}
