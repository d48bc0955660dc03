package dev.asciicall.terminal;

/** Attribute bits of a cell, or-ed into a {@code byte}: SGR 1/22 and 7/27. */
public final class CellStyle {

  public static final byte PLAIN = 0;
  public static final byte BOLD = 1;
  public static final byte REVERSE = 2;

  static final int ALL = BOLD | REVERSE;

  private CellStyle() {}
}
