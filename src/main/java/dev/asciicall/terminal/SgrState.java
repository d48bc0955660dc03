package dev.asciicall.terminal;

/**
 * The graphic rendition (SGR) the terminal is in while one refresh is written, and the shortest
 * {@code ESC [ … m} that takes it to a cell's colours and style. Starts unknown, so every refresh
 * stands on its own (a recording can be cut anywhere between refreshes). Not thread-safe.
 */
final class SgrState {

  private boolean known;
  private int foreground;
  private int background;
  private byte style;

  SgrState() {}

  SgrState(SgrState other) {
    copyFrom(other);
  }

  void copyFrom(SgrState other) {
    known = other.known;
    foreground = other.foreground;
    background = other.background;
    style = other.style;
  }

  /**
   * Appends what takes the terminal to these colours and style (nothing when already there) and
   * remembers them.
   *
   * @param foregroundMatters false for a blank without reverse video, whose foreground shows
   *     nowhere: then the current one is kept
   */
  void moveTo(int fg, int bg, byte cellStyle, boolean foregroundMatters, AnsiBuffer out) {
    boolean fgChanges = foregroundMatters && (!known || fg != foreground);
    if (known && !fgChanges && bg == background && cellStyle == style) {
      return;
    }
    out.ascii('\u001b').ascii('[');
    boolean first = true;
    if (!known) {
      // Reset first: whatever the terminal had, from us or from anyone else.
      int resetFg = foregroundMatters ? fg : TermColor.DEFAULT;
      boolean more =
          cellStyle != CellStyle.PLAIN || resetFg != TermColor.DEFAULT || bg != TermColor.DEFAULT;
      if (more) {
        out.ascii('0');
        first = false;
      }
      first = styleOn(cellStyle, first, out);
      if (resetFg != TermColor.DEFAULT) {
        first = color(resetFg, 30, first, out);
      }
      if (bg != TermColor.DEFAULT) {
        color(bg, 40, first, out);
      }
      known = true;
      foreground = resetFg;
    } else {
      int removed = style & ~cellStyle;
      if ((removed & CellStyle.BOLD) != 0) {
        first = param(22, first, out);
      }
      if ((removed & CellStyle.REVERSE) != 0) {
        first = param(27, first, out);
      }
      first = styleOn((byte) (cellStyle & ~style), first, out);
      if (fgChanges) {
        first = color(fg, 30, first, out);
        foreground = fg;
      }
      if (bg != background) {
        color(bg, 40, first, out);
      }
    }
    background = bg;
    style = cellStyle;
    out.ascii('m');
  }

  private static boolean styleOn(byte bits, boolean first, AnsiBuffer out) {
    if ((bits & CellStyle.BOLD) != 0) {
      first = param(1, first, out);
    }
    if ((bits & CellStyle.REVERSE) != 0) {
      first = param(7, first, out);
    }
    return first;
  }

  /** {@code base} is 30 for the foreground, 40 for the background. */
  private static boolean color(int color, int base, boolean first, AnsiBuffer out) {
    if (!first) {
      out.ascii(';');
    }
    if (color == TermColor.DEFAULT) {
      out.decimal(base + 9);
    } else if (TermColor.isIndexed(color)) {
      int index = TermColor.index(color);
      if (index < 8) {
        out.decimal(base + index);
      } else if (index < 16) {
        out.decimal(base + 60 + index - 8);
      } else {
        out.decimal(base + 8).ascii(";5;").decimal(index);
      }
    } else {
      out.decimal(base + 8)
          .ascii(";2;")
          .decimal(color >> 16 & 0xFF)
          .ascii(';')
          .decimal(color >> 8 & 0xFF)
          .ascii(';')
          .decimal(color & 0xFF);
    }
    return false;
  }

  private static boolean param(int value, boolean first, AnsiBuffer out) {
    if (!first) {
      out.ascii(';');
    }
    out.decimal(value);
    return false;
  }
}
