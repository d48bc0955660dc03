package dev.asciicall.terminal;

/**
 * Colours of a terminal cell packed in an {@code int}, so a screen of them is a plain array: {@link
 * #DEFAULT} (the terminal's own foreground or background), a 24-bit colour {@code 0xRRGGBB}, or an
 * entry of the xterm 256-colour palette (0–15 are the terminal's 16 named colours).
 */
public final class TermColor {

  /** The terminal's default colour (SGR 39 / 49): fits light and dark themes alike. */
  public static final int DEFAULT = -1;

  private static final int INDEXED = 0x1000000;

  /** The xterm 6×6×6 cube's channel levels. */
  static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};

  /** xterm's default values for the 16 named colours, the usual reference when downgrading. */
  private static final int[] NAMED = {
    0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
    0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF
  };

  private TermColor() {}

  /** A 24-bit colour from {@code 0xRRGGBB} (higher bits are ignored). */
  public static int rgb(int rgb) {
    return rgb & 0xFFFFFF;
  }

  public static int rgb(int red, int green, int blue) {
    return (red & 0xFF) << 16 | (green & 0xFF) << 8 | blue & 0xFF;
  }

  /** Entry {@code index} (0–255) of the xterm palette. */
  public static int indexed(int index) {
    if (index < 0 || index > 255) {
      throw new IllegalArgumentException("palette index must be 0..255: " + index);
    }
    return INDEXED | index;
  }

  public static boolean isDefault(int color) {
    return color == DEFAULT;
  }

  public static boolean isIndexed(int color) {
    return color != DEFAULT && (color & INDEXED) != 0;
  }

  public static boolean isRgb(int color) {
    return color != DEFAULT && (color & INDEXED) == 0;
  }

  /** The palette index of an {@link #isIndexed} colour. */
  public static int index(int color) {
    return color & 0xFF;
  }

  /**
   * The 24-bit value of a colour: itself, or the xterm default for a palette entry; {@code -1} for
   * {@link #DEFAULT}.
   */
  public static int toRgb(int color) {
    if (color == DEFAULT) {
      return -1;
    }
    if (!isIndexed(color)) {
      return color;
    }
    int index = index(color);
    if (index < 16) {
      return NAMED[index];
    }
    if (index >= 232) {
      int grey = 8 + 10 * (index - 232);
      return grey << 16 | grey << 8 | grey;
    }
    int cube = index - 16;
    return CUBE_LEVELS[cube / 36] << 16 | CUBE_LEVELS[cube / 6 % 6] << 8 | CUBE_LEVELS[cube % 6];
  }

  static int namedRgb(int index) {
    return NAMED[index];
  }

  /** Readable form for tests and messages: {@code default}, {@code #ff8800}, {@code 256:196}. */
  public static String describe(int color) {
    if (color == DEFAULT) {
      return "default";
    }
    return isIndexed(color) ? "256:" + index(color) : String.format("#%06x", color);
  }
}
