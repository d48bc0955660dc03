package dev.asciicall.ui.window;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where a window reopens: the bounds saved last time, checked against the screens there are now. A
 * screen may have shrunk, been unplugged or rearranged since, so the window goes onto the screen it
 * overlaps most (the nearest when it overlaps none), shrunk to fit it and moved fully onto it.
 * Sizes no one would choose (a window manager's 200×200 stand-in) are neither saved nor restored.
 */
public final class WindowPlacement {

  /** Smaller than this, saved bounds are a stand-in, not a size the user chose. */
  public static final double SMALLEST_WIDTH = 400;

  public static final double SMALLEST_HEIGHT = 300;

  private WindowPlacement() {}

  /** Whether a window of this size is worth remembering for the next start. */
  public static boolean worthSaving(double width, double height) {
    return width >= SMALLEST_WIDTH && height >= SMALLEST_HEIGHT;
  }

  /**
   * The bounds to reopen at, or empty to open as on a first start.
   *
   * @param saved the bounds saved last time, or null
   * @param screens the usable area of every screen now (visual bounds), the primary first
   */
  public static Optional<Rectangle2D> restore(Rectangle2D saved, List<Rectangle2D> screens) {
    if (saved == null
        || screens.isEmpty()
        || !worthSaving(saved.getWidth(), saved.getHeight())
        || !Double.isFinite(saved.getMinX())
        || !Double.isFinite(saved.getMinY())) {
      return Optional.empty();
    }
    Rectangle2D screen =
        screens.stream()
            .max(Comparator.comparingDouble(candidate -> overlap(candidate, saved)))
            .filter(best -> overlap(best, saved) > 0)
            .orElseGet(() -> nearest(screens, saved));
    double width = Math.min(saved.getWidth(), screen.getWidth());
    double height = Math.min(saved.getHeight(), screen.getHeight());
    double x = clamp(saved.getMinX(), screen.getMinX(), screen.getMaxX() - width);
    double y = clamp(saved.getMinY(), screen.getMinY(), screen.getMaxY() - height);
    return Optional.of(new Rectangle2D(x, y, width, height));
  }

  private static double overlap(Rectangle2D one, Rectangle2D other) {
    double width =
        Math.min(one.getMaxX(), other.getMaxX()) - Math.max(one.getMinX(), other.getMinX());
    double height =
        Math.min(one.getMaxY(), other.getMaxY()) - Math.max(one.getMinY(), other.getMinY());
    return width > 0 && height > 0 ? width * height : 0;
  }

  /** The screen closest to a window that overlaps none (a screen that moved or went away). */
  private static Rectangle2D nearest(List<Rectangle2D> screens, Rectangle2D saved) {
    return screens.stream()
        .min(Comparator.comparingDouble(screen -> distance(screen, saved)))
        .orElse(screens.get(0));
  }

  private static double distance(Rectangle2D one, Rectangle2D other) {
    double dx =
        Math.max(0, Math.max(one.getMinX() - other.getMaxX(), other.getMinX() - one.getMaxX()));
    double dy =
        Math.max(0, Math.max(one.getMinY() - other.getMaxY(), other.getMinY() - one.getMaxY()));
    return Math.hypot(dx, dy);
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
