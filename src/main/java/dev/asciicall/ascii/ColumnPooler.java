package dev.asciicall.ascii;

/**
 * The horizontal half of {@link CellPooler}: weighs one cell row's per-byte column sums into cell
 * means. Inside a column span every pixel has full weight, only the two edge pixels are fractional,
 * so a span's sum is a difference of running totals plus two weighted edge pixels: no loop and no
 * branch per span. Confined to the converter's thread, like its owner.
 */
final class ColumnPooler {

  // Rec. 601 luma weights in thousandths: luma = (299 R + 587 G + 114 B) / 1000, so the weighted
  // sums stay exact integers and are divided once per cell.
  private static final long RED = 299;
  private static final long GREEN = 587;
  private static final long BLUE = 114;

  /** The sum of the three luma weights. */
  static final int LUMA_TOTAL = (int) (RED + GREEN + BLUE);

  private static final double LUMA_SCALE = LUMA_TOTAL;

  private final int width;
  private final PixelLayout layout;
  private final int channels;
  private final int columns;
  private final int[] leftPixel;
  private final int[] rightPixel;
  private final long[] leftWeight;
  private final long[] rightWeight; // 0 where the span covers a single pixel
  private final int[] interiorFrom; // pixels [from, to) have full weight
  private final int[] interiorTo;
  private final long[] pixelSums; // per pixel: channel sum, or luma sum in thousandths
  private final long[] runningTotal; // per pixel per channel: sum of the pixels before it
  private final double cellArea;
  // Multiplying by the reciprocal: a division per cell costs more than the rest of the cell's
  // arithmetic. Every path uses the same expression, so they give the same floats.
  private final double perLumaArea;
  // Per column: left pixel, right pixel, their weights, packed for poolPixelLumas; a one-pixel
  // column is stored as a full left pixel minus the rest of itself (see there).
  private final int[] packed;
  private final int pixelsPerColumn; // when the columns split the width evenly, else 0

  /**
   * @param cellArea a cell's area in pixels times {@code weightOne²}, the scale of the sums
   */
  ColumnPooler(int width, PixelLayout layout, int columns, int weightOne, double cellArea) {
    this.width = width;
    this.layout = layout;
    this.channels = layout.bytesPerPixel();
    this.columns = columns;
    this.cellArea = cellArea;
    this.perLumaArea = 1 / (cellArea * LUMA_SCALE);
    int[] start = new int[columns];
    int[] end = new int[columns];
    int[] offset = new int[columns];
    int[] weights = CellPooler.spans(width, columns, start, end, offset);
    leftPixel = new int[columns];
    rightPixel = new int[columns];
    leftWeight = new long[columns];
    rightWeight = new long[columns];
    interiorFrom = new int[columns];
    interiorTo = new int[columns];
    for (int column = 0; column < columns; column++) {
      int last = end[column] - 1;
      leftPixel[column] = start[column];
      rightPixel[column] = last;
      leftWeight[column] = weights[offset[column]];
      rightWeight[column] =
          last > start[column] ? weights[offset[column] + last - start[column]] : 0;
      interiorFrom[column] = start[column] + 1;
      interiorTo[column] = Math.max(start[column] + 1, last);
      for (int p = interiorFrom[column]; p < interiorTo[column]; p++) {
        if (weights[offset[column] + p - start[column]] != weightOne) {
          throw new IllegalStateException("inner pixel without full weight");
        }
      }
    }
    packed = new int[columns * 4];
    for (int column = 0, at = 0; column < columns; column++, at += 4) {
      boolean single = rightPixel[column] == leftPixel[column];
      packed[at] = leftPixel[column];
      packed[at + 1] = rightPixel[column];
      packed[at + 2] = single ? weightOne : (int) leftWeight[column];
      packed[at + 3] = single ? (int) leftWeight[column] : (int) rightWeight[column];
    }
    pixelsPerColumn = width % columns == 0 ? width / columns : 0;
    pixelSums = new long[width * channels];
    runningTotal = new long[(width + 1) * channels];
  }

  /** Pixels per column when the columns split the width evenly, else 0. */
  int wholePixels() {
    return pixelsPerColumn;
  }

  /**
   * The mean luma of a whole-pixel cell from the plain sum of its pixels' luma sums: every pixel
   * has full weight, so the cell is 256 times that sum. The one expression every whole-pixel path
   * uses, so they give the same floats.
   */
  float wholePixelMean(long pixelLumaSum) {
    return (float) ((pixelLumaSum << 8) * perLumaArea);
  }

  /**
   * Cell means of one cell row from {@code sums}, the row's per-byte sums (fixed point, {@code
   * width × channels}): luma into {@code luma[offset..]} and, unless {@code color} is null, the
   * mean colour. Luma is the same value with or without colour.
   */
  void pool(int[] sums, int offset, float[] luma, int[] color) {
    if (channels == 3 && color == null) {
      lumaOnly(sums, offset, luma);
    } else {
      perChannel(sums, offset, luma, color);
    }
  }

  /** The luma weight of each byte of an RGB or BGR pixel, in pixel order. */
  static int[] lumaWeights(PixelLayout layout) {
    return layout == PixelLayout.RGB
        ? new int[] {(int) RED, (int) GREEN, (int) BLUE}
        : new int[] {(int) BLUE, (int) GREEN, (int) RED};
  }

  /**
   * Cell lumas of one cell row from {@code pixelLumas}, each pixel's luma sum (its three channel
   * sums already weighed by {@link #lumaWeights} and added): the same integers as {@link #pool}
   * computes, so the same lumas.
   */
  void poolPixelLumas(int[] pixelLumas, int offset, float[] luma) {
    if (pixelsPerColumn > 0) {
      poolWholePixels(pixelLumas, offset, luma);
      return;
    }
    long[] total = runningTotal;
    long running = 0;
    for (int x = 0; x < width; x++) {
      total[x] = running;
      running += pixelLumas[x];
    }
    total[width] = running;
    // sum = wl (T[l+1] - T[l]) + 256 (T[r] - T[l+1]) + wr (T[r+1] - T[r]): the edge pixels
    // weighed, the interior full. For a one-pixel column (r = l) the packed weights are 256 and wl,
    // which gives wl (T[l+1] - T[l]) with the same four loads and no branch.
    int[] spans = packed;
    for (int column = 0, at = 0; column < columns; column++, at += 4) {
      int left = spans[at];
      int right = spans[at + 1];
      long beforeLeft = total[left];
      long afterLeft = total[left + 1];
      long beforeRight = total[right];
      long afterRight = total[right + 1];
      long sum =
          spans[at + 2] * (afterLeft - beforeLeft)
              + ((beforeRight - afterLeft) << 8)
              + spans[at + 3] * (afterRight - beforeRight);
      luma[offset + column] = (float) (sum * perLumaArea);
    }
  }

  /**
   * Columns of a whole number of pixels (1280 or 640 pixels into 128 columns): every pixel has full
   * weight, so a cell is 256 times the plain sum of its pixels, the integer the running totals
   * give, without writing them.
   */
  private void poolWholePixels(int[] pixelLumas, int offset, float[] luma) {
    int each = pixelsPerColumn;
    for (int column = 0, x = 0; column < columns; column++) {
      long sum = 0;
      for (int end = x + each; x < end; x++) {
        sum += pixelLumas[x];
      }
      luma[offset + column] = wholePixelMean(sum);
    }
  }

  // Without colour, the three channels fold into one luma sum per pixel before the spans are
  // weighed: a third of the work per span.
  private void lumaOnly(int[] sums, int offset, float[] luma) {
    long first = layout == PixelLayout.RGB ? RED : BLUE;
    long third = layout == PixelLayout.RGB ? BLUE : RED;
    long[] pixels = pixelSums;
    long[] total = runningTotal;
    long running = 0;
    for (int x = 0, i = 0; x < width; x++, i += 3) {
      long pixel = first * sums[i] + GREEN * sums[i + 1] + third * sums[i + 2];
      pixels[x] = pixel;
      total[x] = running;
      running += pixel;
    }
    total[width] = running;
    for (int column = 0; column < columns; column++) {
      long sum =
          ((total[interiorTo[column]] - total[interiorFrom[column]]) << 8)
              + leftWeight[column] * pixels[leftPixel[column]]
              + rightWeight[column] * pixels[rightPixel[column]];
      luma[offset + column] = (float) (sum * perLumaArea);
    }
  }

  private void perChannel(int[] sums, int offset, float[] luma, int[] color) {
    long[] total = runningTotal;
    for (int i = 0; i < channels; i++) {
      total[i] = 0;
    }
    for (int i = 0, n = width * channels; i < n; i++) {
      total[i + channels] = total[i] + sums[i];
    }
    for (int column = 0; column < columns; column++) {
      int from = interiorFrom[column] * channels;
      int to = interiorTo[column] * channels;
      int left = leftPixel[column] * channels;
      int right = rightPixel[column] * channels;
      long wl = leftWeight[column];
      long wr = rightWeight[column];
      int cell = offset + column;
      long sum0 = ((total[to] - total[from]) << 8) + wl * sums[left] + wr * sums[right];
      if (channels == 1) {
        float grey = (float) (sum0 / cellArea);
        luma[cell] = grey;
        if (color != null) {
          int g = clampByte(grey);
          color[cell] = g << 16 | g << 8 | g;
        }
        continue;
      }
      long sum1 =
          ((total[to + 1] - total[from + 1]) << 8) + wl * sums[left + 1] + wr * sums[right + 1];
      long sum2 =
          ((total[to + 2] - total[from + 2]) << 8) + wl * sums[left + 2] + wr * sums[right + 2];
      long red = layout == PixelLayout.RGB ? sum0 : sum2;
      long blue = layout == PixelLayout.RGB ? sum2 : sum0;
      luma[cell] = (float) ((RED * red + GREEN * sum1 + BLUE * blue) * perLumaArea);
      if (color != null) {
        color[cell] =
            clampByte(red / cellArea) << 16
                | clampByte(sum1 / cellArea) << 8
                | clampByte(blue / cellArea);
      }
    }
  }

  private static int clampByte(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }
}
