package dev.asciicall.app;

/**
 * The window's first size: a sensible share of the screen, never smaller than the layout needs (the
 * lobby's card beside a picture, the call toolbar in full) unless the screen itself is smaller, and
 * centred. Plain arithmetic, so it is tested without a screen.
 *
 * @param x left edge on the screen
 * @param y top edge on the screen
 */
record WindowSize(double x, double y, double width, double height) {

  /** Share of the screen's usable area a first window takes. */
  static final double SHARE = 0.7;

  /** The smallest comfortable first window. */
  static final double PREFERRED_MIN_WIDTH = 960;

  static final double PREFERRED_MIN_HEIGHT = 640;

  /** The smallest the user can make it: the toolbar and the lobby still fit without cuts. */
  static final double MIN_WIDTH = 800;

  static final double MIN_HEIGHT = 560;

  /**
   * The first window on a screen whose usable area (without panels and docks) starts at {@code
   * screenX, screenY} and is {@code screenWidth × screenHeight}.
   */
  static WindowSize firstLaunch(
      double screenX, double screenY, double screenWidth, double screenHeight) {
    double width = Math.min(screenWidth, Math.max(PREFERRED_MIN_WIDTH, screenWidth * SHARE));
    double height = Math.min(screenHeight, Math.max(PREFERRED_MIN_HEIGHT, screenHeight * SHARE));
    width = Math.floor(width);
    height = Math.floor(height);
    return new WindowSize(
        screenX + Math.floor((screenWidth - width) / 2),
        screenY + Math.floor((screenHeight - height) / 2),
        width,
        height);
  }

  /** The minimum size, but never more than the screen offers. */
  static double minWidth(double screenWidth) {
    return Math.min(MIN_WIDTH, screenWidth);
  }

  static double minHeight(double screenHeight) {
    return Math.min(MIN_HEIGHT, screenHeight);
  }
}
