package dev.asciicall.terminal;

/**
 * How many colours the terminal shows, from none to 24-bit, and how a colour is brought down to
 * what it can show. Downgrades pick the nearest colour by squared RGB distance: 24-bit goes to the
 * xterm 6×6×6 cube or the 24 greys (never to the 16 named colours, whose values each theme
 * changes), and to 16 colours against xterm's default values of those.
 */
public enum ColorLevel {
  /** No colour at all (NO_COLOR, {@code TERM=dumb}, {@code --color=none}); glyphs only. */
  NONE,
  /** SGR 30–37 / 90–97. */
  ANSI_16,
  /** SGR 38;5;n. */
  XTERM_256,
  /** SGR 38;2;r;g;b. */
  TRUECOLOR;

  /** The level as {@code --color} names it: none, 16, 256, truecolor. */
  public String option() {
    return switch (this) {
      case NONE -> "none";
      case ANSI_16 -> "16";
      case XTERM_256 -> "256";
      case TRUECOLOR -> "truecolor";
    };
  }

  /**
   * The colour as this level writes it: unchanged, a palette entry, or {@link TermColor#DEFAULT}.
   */
  public int convert(int color) {
    if (color == TermColor.DEFAULT) {
      return color;
    }
    switch (this) {
      case NONE:
        return TermColor.DEFAULT;
      case ANSI_16:
        return TermColor.isIndexed(color) && TermColor.index(color) < 16
            ? color
            : TermColor.indexed(nearestNamed(TermColor.toRgb(color)));
      case XTERM_256:
        return TermColor.isIndexed(color) ? color : TermColor.indexed(nearest256(color));
      default:
        return color;
    }
  }

  /** The xterm palette entry (16–255) nearest to a 24-bit colour. */
  static int nearest256(int rgb) {
    int red = rgb >> 16 & 0xFF;
    int green = rgb >> 8 & 0xFF;
    int blue = rgb & 0xFF;
    int cubeRed = nearestCubeLevel(red);
    int cubeGreen = nearestCubeLevel(green);
    int cubeBlue = nearestCubeLevel(blue);
    int cubeIndex = 16 + 36 * cubeRed + 6 * cubeGreen + cubeBlue;
    int cubeDistance =
        distance(
            red,
            green,
            blue,
            TermColor.CUBE_LEVELS[cubeRed],
            TermColor.CUBE_LEVELS[cubeGreen],
            TermColor.CUBE_LEVELS[cubeBlue]);
    // Greys run 8, 18, ..., 238: the step nearest the mean is the nearest grey.
    int mean = (red + green + blue) / 3;
    int greyStep = Math.max(0, Math.min(23, Math.round((mean - 8) / 10f)));
    int grey = 8 + 10 * greyStep;
    int greyDistance = distance(red, green, blue, grey, grey, grey);
    return greyDistance < cubeDistance ? 232 + greyStep : cubeIndex;
  }

  /** The named colour (0–15) nearest to a 24-bit colour, by xterm's default values. */
  static int nearestNamed(int rgb) {
    int red = rgb >> 16 & 0xFF;
    int green = rgb >> 8 & 0xFF;
    int blue = rgb & 0xFF;
    int best = 0;
    int bestDistance = Integer.MAX_VALUE;
    for (int index = 0; index < 16; index++) {
      int named = TermColor.namedRgb(index);
      int d = distance(red, green, blue, named >> 16, named >> 8 & 0xFF, named & 0xFF);
      if (d < bestDistance) {
        bestDistance = d;
        best = index;
      }
    }
    return best;
  }

  private static int nearestCubeLevel(int value) {
    // Midpoints between the levels 0, 95, 135, 175, 215, 255.
    if (value < 48) {
      return 0;
    }
    if (value < 115) {
      return 1;
    }
    // Levels 1..5 are 55 + 40 i, so rounding (value - 55) / 40 is flooring (value - 35) / 40.
    return (value - 35) / 40;
  }

  private static int distance(int r1, int g1, int b1, int r2, int g2, int b2) {
    int dr = r1 - r2;
    int dg = g1 - g2;
    int db = b1 - b2;
    return dr * dr + dg * dg + db * db;
  }
}
