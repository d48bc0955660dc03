package dev.asciicall.ascii;

/**
 * Exact area averages of a picture over a grid of cells whose edges may fall inside pixels: a pixel
 * straddling an edge counts towards both cells by its overlap. Boundaries and weights are
 * precomputed once per (picture size, grid); buffers are reused. Confined to the converter's
 * thread.
 */
final class CellPooler {

  // Weights are fixed point with 8 fraction bits so the hot loops stay in integers.
  private static final int ONE = 256;

  private final int width;
  private final int height;
  private final PixelLayout layout;
  private final int columns;
  private final int rows;
  private final int[] columnStart;
  private final int[] columnEnd;
  private final int[] pixelWeight; // per pixel per column span, flattened
  private final int[] pixelWeightOffset;
  private final int[] rowStart;
  private final int[] rowEnd;
  private final int[] rowWeight;
  private final int[] rowWeightOffset;
  private final int[] accumulator;
  private final double cellArea;

  CellPooler(int width, int height, PixelLayout layout, int columns, int rows) {
    this.width = width;
    this.height = height;
    this.layout = layout;
    this.columns = columns;
    this.rows = rows;
    this.columnStart = new int[columns];
    this.columnEnd = new int[columns];
    this.pixelWeightOffset = new int[columns];
    this.pixelWeight = spans(width, columns, columnStart, columnEnd, pixelWeightOffset);
    this.rowStart = new int[rows];
    this.rowEnd = new int[rows];
    this.rowWeightOffset = new int[rows];
    this.rowWeight = spans(height, rows, rowStart, rowEnd, rowWeightOffset);
    this.accumulator = new int[width * layout.bytesPerPixel()];
    this.cellArea = (double) width / columns * height / rows * ONE * ONE;
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
    int channels = layout.bytesPerPixel();
    int[] acc = accumulator;
    for (int row = 0; row < rows; row++) {
      java.util.Arrays.fill(acc, 0);
      // Vertical pass: sum the cell row's source rows per byte, weighted at fractional edges.
      for (int y = rowStart[row], k = rowWeightOffset[row]; y < rowEnd[row]; y++, k++) {
        int weight = rowWeight[k];
        int offset = y * width * channels;
        // Most rows lie wholly inside the cell: a shift instead of a multiply lets C2 vectorise.
        // Sums stay below 2^31: at most 16,384 rows x 256 x 255.
        if (weight == ONE) {
          for (int i = 0; i < acc.length; i++) {
            acc[i] += (data[offset + i] & 0xFF) << 8;
          }
        } else {
          for (int i = 0; i < acc.length; i++) {
            acc[i] += weight * (data[offset + i] & 0xFF);
          }
        }
      }
      // Horizontal pass: weigh each column span's bytes into the cell's channel sums.
      for (int column = 0; column < columns; column++) {
        long sum0 = 0;
        long sum1 = 0;
        long sum2 = 0;
        for (int x = columnStart[column], k = pixelWeightOffset[column];
            x < columnEnd[column];
            x++, k++) {
          int weight = pixelWeight[k];
          int base = x * channels;
          sum0 += (long) weight * acc[base];
          if (channels == 3) {
            sum1 += (long) weight * acc[base + 1];
            sum2 += (long) weight * acc[base + 2];
          }
        }
        int cell = row * columns + column;
        if (channels == 1) {
          float grey = (float) (sum0 / cellArea);
          luma[cell] = grey;
          if (color != null) {
            int g = clampByte(grey);
            color[cell] = g << 16 | g << 8 | g;
          }
          continue;
        }
        double red = (layout == PixelLayout.RGB ? sum0 : sum2) / cellArea;
        double green = sum1 / cellArea;
        double blue = (layout == PixelLayout.RGB ? sum2 : sum0) / cellArea;
        luma[cell] = (float) (0.299 * red + 0.587 * green + 0.114 * blue);
        if (color != null) {
          color[cell] = clampByte(red) << 16 | clampByte(green) << 8 | clampByte(blue);
        }
      }
    }
  }

  private static int clampByte(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }

  /**
   * Splits {@code length} pixels into {@code parts} equal spans [i·length/parts,
   * (i+1)·length/parts) and returns each covered pixel's overlap with its span (fixed point), span
   * after span.
   */
  private static int[] spans(int length, int parts, int[] start, int[] end, int[] offset) {
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
