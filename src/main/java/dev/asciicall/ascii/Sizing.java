package dev.asciicall.ascii;

/** How many cells a picture becomes: by a pixel ratio or by a column count. */
public sealed interface Sizing permits Sizing.ByRatio, Sizing.ByColumns {

  /** The grid for a picture of {@code width × height} pixels; always at least 1×1. */
  GridSize grid(int width, int height);

  /**
   * One character per {@code 1/ratio} pixels across and per {@code 2/ratio} pixels down, as in the
   * Python tools that inspired us: 1280×720 at 0.1 gives 128×36.
   */
  record ByRatio(double ratio) implements Sizing {
    public ByRatio {
      if (!(ratio > 0) || ratio > 1 || Double.isNaN(ratio)) {
        throw new IllegalArgumentException("ratio must be in (0, 1]: " + ratio);
      }
    }

    @Override
    public GridSize grid(int width, int height) {
      // The tiny epsilon keeps 720 * 0.1 / 2 = 36.000000000000004 and 35.99999... on the same side.
      int columns = (int) Math.floor(width * ratio + 1e-9);
      int rows = (int) Math.floor(height * ratio / 2 + 1e-9);
      return new GridSize(Math.max(1, columns), Math.max(1, rows));
    }
  }

  /**
   * A fixed number of columns; the rows follow from the picture's shape and the font's cell aspect
   * (line height / advance), so a circle stays round on screen.
   */
  record ByColumns(int columns, double cellAspect) implements Sizing {
    public ByColumns {
      if (columns <= 0 || columns > PixelImage.MAX_SIDE) {
        throw new IllegalArgumentException(
            "columns must be 1.." + PixelImage.MAX_SIDE + ": " + columns);
      }
      if (!(cellAspect > 0.1 && cellAspect < 10)) {
        throw new IllegalArgumentException("cell aspect must be in (0.1, 10): " + cellAspect);
      }
    }

    /** Columns with the measured cell aspect of the app's font. */
    public ByColumns(int columns) {
      this(columns, GlyphMetrics.fontCellAspect());
    }

    @Override
    public GridSize grid(int width, int height) {
      double cellWidth = (double) width / columns;
      int rows = (int) Math.round(height / (cellWidth * cellAspect));
      return new GridSize(columns, Math.max(1, rows));
    }
  }
}
