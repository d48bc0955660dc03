package dev.asciicall.terminal;

/** A terminal's size in cells. */
public record TerminalSize(int columns, int rows) {

  /** What to assume when a terminal cannot say (a pipe, an emulator that answers 0×0). */
  public static final TerminalSize FALLBACK = new TerminalSize(80, 24);

  public TerminalSize {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "a terminal has at least one cell: " + columns + "x" + rows);
    }
  }
}
