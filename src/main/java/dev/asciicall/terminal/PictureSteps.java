package dev.asciicall.terminal;

import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.Mirror;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.ascii.Sizing;
import java.util.Locale;

/**
 * What the picture keys do to my own picture's settings, as pure functions: {@code p} the next
 * style (the window's palette slider, sparse to rich), {@code c} colour on or off, {@code d} /
 * {@code D} more or fewer columns.
 */
public final class PictureSteps {

  /** The narrowest picture {@code D} goes to; below it a face is a guess. */
  public static final int MIN_COLUMNS = 16;

  /** The widest picture {@code d} goes to, as the window's detail slider. */
  public static final int MAX_COLUMNS = 200;

  static final int DETAIL_STEP = 8;

  /** The styles {@code p} steps through, in the window's order. */
  public enum Style {
    SHORT("Short", Palette.SHORT, RenderMode.DENSITY),
    CLASSIC("Classic", Palette.CLASSIC, RenderMode.DENSITY),
    LONG("Long", Palette.LONG, RenderMode.DENSITY),
    SHAPES("Shapes", Palette.LONG, RenderMode.SHAPE),
    SHADES("Shades", Palette.SHADES, RenderMode.DENSITY),
    BRAILLE("Braille", Palette.BRAILLE, RenderMode.BRAILLE),
    HALF_BLOCKS("Half blocks", Palette.HALF_BLOCK, RenderMode.HALF_BLOCK);

    private final String label;
    private final Palette palette;
    private final RenderMode mode;

    Style(String label, Palette palette, RenderMode mode) {
      this.label = label;
      this.palette = palette;
      this.mode = mode;
    }

    public String label() {
      return label;
    }

    ConversionSettings apply(ConversionSettings settings) {
      return settings.withPalette(palette).withMode(mode);
    }

    /** The style {@code settings} draw with; a custom palette counts as the nearest, Long. */
    static Style of(ConversionSettings settings) {
      switch (settings.mode()) {
        case SHAPE:
          return SHAPES;
        case BRAILLE:
          return BRAILLE;
        case HALF_BLOCK:
          return HALF_BLOCKS;
        default:
          break;
      }
      for (Style style : values()) {
        if (style.mode == RenderMode.DENSITY && style.palette.equals(settings.palette())) {
          return style;
        }
      }
      return LONG;
    }
  }

  private PictureSteps() {}

  /**
   * The settings a picture starts with in the terminal: the engine's defaults at {@code columns},
   * mirrored like a mirror (as the window's preview).
   */
  public static ConversionSettings initial(int columns) {
    return ConversionSettings.defaults()
        .withColumns(clampColumns(columns))
        .withMirror(Mirror.HORIZONTAL);
  }

  /** {@code p}: the next style, after the last the first again. */
  public static ConversionSettings nextStyle(ConversionSettings settings) {
    Style[] styles = Style.values();
    return styles[(Style.of(settings).ordinal() + 1) % styles.length].apply(settings);
  }

  /** {@code c}: per-cell colour on, or off. */
  public static ConversionSettings toggleColor(ConversionSettings settings) {
    return settings.withColor(
        settings.color() == ColorCapture.PER_CELL
            ? ColorCapture.MONOCHROME
            : ColorCapture.PER_CELL);
  }

  /** {@code d}: {@value #DETAIL_STEP} columns more, at most {@value #MAX_COLUMNS}. */
  public static ConversionSettings moreDetail(ConversionSettings settings) {
    return withColumns(settings, columns(settings) + DETAIL_STEP);
  }

  /** {@code D}: {@value #DETAIL_STEP} columns fewer, at least {@value #MIN_COLUMNS}. */
  public static ConversionSettings lessDetail(ConversionSettings settings) {
    return withColumns(settings, columns(settings) - DETAIL_STEP);
  }

  /** The settings at {@code columns} (kept within the limits), the rest unchanged. */
  public static ConversionSettings withColumns(ConversionSettings settings, int columns) {
    int clamped = clampColumns(columns);
    return clamped == columns(settings) ? settings : settings.withColumns(clamped);
  }

  /** The columns the settings ask for; a ratio counts as the engine's default width. */
  public static int columns(ConversionSettings settings) {
    return settings.sizing() instanceof Sizing.ByColumns byColumns
        ? byColumns.columns()
        : ConversionSettings.DEFAULT_COLUMNS;
  }

  /** For the status line, e.g. {@code Long · 80 columns · colour}. */
  public static String describe(ConversionSettings settings) {
    return String.format(
        Locale.ROOT,
        "%s · %d columns%s",
        Style.of(settings).label(),
        columns(settings),
        settings.color() == ColorCapture.PER_CELL || settings.mode() == RenderMode.HALF_BLOCK
            ? " · colour"
            : "");
  }

  private static int clampColumns(int columns) {
    return Math.max(MIN_COLUMNS, Math.min(MAX_COLUMNS, columns));
  }
}
