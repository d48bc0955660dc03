package dev.asciicall.ui.feed;

import dev.asciicall.ascii.AsciiFrame;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws an {@link AsciiFrame} centred on a canvas, as large as the canvas allows. A single-colour
 * grid is one {@code fillText} per row; a colour grid goes through a {@link GlyphAtlas} composed
 * into a pixel buffer (the fastest path measured on the software pipeline, see PLATFORM.md).
 *
 * <p>FX thread only. Keeps the metrics and atlas of the last size, so a steady tile re-measures
 * nothing.
 */
public final class GridPainter {

  private Color background = Color.rgb(12, 14, 18);
  private Color foreground = Color.rgb(225, 230, 235);
  private CellMetrics metrics;
  private GlyphAtlas atlas;
  private int metricsColumns;
  private int metricsRows;
  private double metricsWidth;
  private double metricsHeight;

  /** Sets the theme colours used for the background and for single-colour grids. */
  public void setColors(Color newBackground, Color newForeground) {
    this.background = newBackground;
    this.foreground = newForeground;
    this.atlas = null;
  }

  public Color background() {
    return background;
  }

  /** Paints {@code grid} over the whole {@code width × height} area of {@code graphics}. */
  public void paint(GraphicsContext graphics, AsciiFrame grid, double width, double height) {
    graphics.setFill(background);
    graphics.fillRect(0, 0, width, height);
    if (width < 1 || height < 1) {
      return;
    }
    CellMetrics cell = metricsFor(grid, width, height);
    double left = Math.floor((width - cell.width() * grid.columns()) / 2);
    double top = Math.floor((height - cell.height() * grid.rows()) / 2);
    if (grid.hasColor()) {
      atlasFor(cell).paint(graphics, grid, left, top, background);
    } else {
      graphics.setFont(cell.font());
      graphics.setFill(foreground);
      graphics.setTextAlign(TextAlignment.LEFT);
      graphics.setTextBaseline(VPos.TOP);
      for (int row = 0; row < grid.rows(); row++) {
        graphics.fillText(grid.rowText(row), left, top + row * cell.height());
      }
    }
  }

  private CellMetrics metricsFor(AsciiFrame grid, double width, double height) {
    if (metrics == null
        || grid.columns() != metricsColumns
        || grid.rows() != metricsRows
        || width != metricsWidth
        || height != metricsHeight) {
      metrics = CellMetrics.fitting(grid.columns(), grid.rows(), width, height);
      metricsColumns = grid.columns();
      metricsRows = grid.rows();
      metricsWidth = width;
      metricsHeight = height;
    }
    return metrics;
  }

  private GlyphAtlas atlasFor(CellMetrics cell) {
    if (atlas == null || !atlas.isFor(cell)) {
      atlas = new GlyphAtlas(cell);
    }
    return atlas;
  }
}
