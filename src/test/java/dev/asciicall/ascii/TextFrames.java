package dev.asciicall.ascii;

/** Frames written as text, for tests that draw, save or compare a known picture. */
public final class TextFrames {

  private TextFrames() {}

  /** A single-colour frame of these lines (all of one length), in a palette of their characters. */
  public static AsciiFrame ofLines(String... lines) {
    int columns = lines[0].length();
    StringBuilder glyphs = new StringBuilder();
    byte[] indices = new byte[columns * lines.length];
    for (int row = 0; row < lines.length; row++) {
      if (lines[row].length() != columns) {
        throw new IllegalArgumentException("all lines must have " + columns + " characters");
      }
      for (int column = 0; column < columns; column++) {
        char glyph = lines[row].charAt(column);
        int index = glyphs.indexOf(String.valueOf(glyph));
        if (index < 0) {
          index = glyphs.length();
          glyphs.append(glyph);
        }
        indices[row * columns + column] = (byte) index;
      }
    }
    return AsciiFrame.of(
        columns,
        lines.length,
        new Palette("text", glyphs.toString()),
        RenderMode.DENSITY,
        indices,
        null,
        null);
  }
}
