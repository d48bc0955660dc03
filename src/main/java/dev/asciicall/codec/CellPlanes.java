package dev.asciicall.codec;

/**
 * The planes of one frame as ints, colours already quantised to {@link Rgb444}, in arrays reused
 * from frame to frame by one encoder or decoder.
 */
final class CellPlanes {

  int cells;
  int[] glyphs = new int[0];
  int[] foreground = new int[0];
  int[] background = new int[0];

  void resize(int cellCount) {
    cells = cellCount;
    if (glyphs.length < cellCount) {
      glyphs = new int[cellCount];
      foreground = new int[cellCount];
      background = new int[cellCount];
    }
  }

  void load(GlyphGrid grid) {
    resize(grid.columns() * grid.rows());
    byte[] indices = grid.glyphIndices();
    for (int i = 0; i < cells; i++) {
      glyphs[i] = indices[i] & 0xFF;
    }
    pack(grid.foreground(), foreground);
    pack(grid.background(), background);
  }

  /** Makes this the other frame moved by a {@link GlobalMotion} shift. */
  void shiftedFrom(CellPlanes other, int columns, int rows, int shift) {
    resize(other.cells);
    if (shift == GlobalMotion.encode(0, 0)) {
      System.arraycopy(other.glyphs, 0, glyphs, 0, cells);
      System.arraycopy(other.foreground, 0, foreground, 0, cells);
      System.arraycopy(other.background, 0, background, 0, cells);
      return;
    }
    GlobalMotion.apply(other.glyphs, glyphs, columns, rows, shift);
    GlobalMotion.apply(other.foreground, foreground, columns, rows, shift);
    GlobalMotion.apply(other.background, background, columns, rows, shift);
  }

  byte[] glyphBytes() {
    byte[] result = new byte[cells];
    for (int i = 0; i < cells; i++) {
      result[i] = (byte) glyphs[i];
    }
    return result;
  }

  static int[] unpack(int[] plane, int cells) {
    int[] result = new int[cells];
    for (int i = 0; i < cells; i++) {
      result[i] = Rgb444.unpack(plane[i]);
    }
    return result;
  }

  private void pack(int[] colors, int[] plane) {
    if (colors == null) {
      return;
    }
    for (int i = 0; i < cells; i++) {
      plane[i] = Rgb444.pack(colors[i]);
    }
  }
}
