package dev.asciicall.terminal;

import java.nio.charset.StandardCharsets;

/**
 * The bytes that take a terminal showing one {@link Screen} to showing the next: only the cells
 * that differ, with the cheapest cursor moves between them (a short run of unchanged cells in the
 * current colours is rewritten when that is shorter than jumping over it) and the shortest SGR
 * changes. A pure function of the two screens: it assumes nothing about the cursor or the colours
 * the terminal was left in (the first move is absolute, the first SGR starts with a reset), so the
 * output of each refresh stands alone, as one output event of an asciicast recording does.
 *
 * <p>Colours are written as they are in the screens; bring them to the terminal's {@link
 * ColorLevel} first ({@link Screen#copyFrom(Screen, ColorLevel)}). A blank cell's foreground shows
 * nowhere (unless reversed), so it neither makes a cell differ nor costs an SGR change.
 */
public final class ScreenDiff {

  /** Longest run of unchanged cells worth rewriting instead of moving: {@code ESC[nC} is ≤ 5. */
  private static final int MAX_REWRITTEN_GAP = 6;

  private final Screen before;
  private final Screen after;
  private final AnsiBuffer out;
  private final int columns;
  private final SgrState sgr = new SgrState();
  private final SgrState trial = new SgrState();
  private final AnsiBuffer scratch = new AnsiBuffer(64);
  private int cursorRow = -1;
  private int cursorColumn = -1;

  private ScreenDiff(Screen before, Screen after, AnsiBuffer out) {
    boolean comparable =
        before != null && before.columns() == after.columns() && before.rows() == after.rows();
    this.before = comparable ? before : null;
    this.after = after;
    this.out = out;
    this.columns = after.columns();
  }

  /**
   * Appends the bytes that turn a terminal showing {@code before} into one showing {@code after};
   * with {@code before} null (or of another size) every cell is written: a full redraw.
   */
  public static void append(Screen before, Screen after, AnsiBuffer out) {
    new ScreenDiff(before, after, out).write();
  }

  public static byte[] bytes(Screen before, Screen after) {
    AnsiBuffer out = new AnsiBuffer();
    append(before, after, out);
    return out.toByteArray();
  }

  /** As {@link #bytes}, decoded: the text of an asciicast output event. */
  public static String text(Screen before, Screen after) {
    return new String(bytes(before, after), StandardCharsets.UTF_8);
  }

  private void write() {
    for (int row = 0; row < after.rows(); row++) {
      int base = row * columns;
      int column = 0;
      while (true) {
        while (column < columns && !changed(base + column)) {
          column++;
        }
        if (column == columns) {
          break;
        }
        moveTo(row, column);
        writeCell(row, column);
        column++;
      }
    }
  }

  private boolean changed(int cell) {
    if (before == null) {
      return true;
    }
    char glyph = after.glyphAt(cell);
    byte style = after.styleAt(cell);
    if (glyph != before.glyphAt(cell)
        || style != before.styleAt(cell)
        || after.backgroundAt(cell) != before.backgroundAt(cell)) {
      return true;
    }
    return foregroundMatters(glyph, style) && after.foregroundAt(cell) != before.foregroundAt(cell);
  }

  private static boolean foregroundMatters(char glyph, byte style) {
    return glyph != ' ' || (style & CellStyle.REVERSE) != 0;
  }

  private void moveTo(int row, int column) {
    if (cursorRow == row && cursorColumn >= 0 && cursorColumn < column) {
      int gap = column - cursorColumn;
      if (gap <= MAX_REWRITTEN_GAP && rewritingIsCheaper(row, column)) {
        while (cursorColumn < column) {
          writeCell(row, cursorColumn);
        }
        return;
      }
    }
    CursorMoves.move(cursorRow, cursorColumn, row, column, out);
    cursorRow = row;
    cursorColumn = column;
  }

  /** Whether rewriting the unchanged cells up to {@code column} costs less than a cursor move. */
  private boolean rewritingIsCheaper(int row, int column) {
    int base = row * columns;
    trial.copyFrom(sgr);
    scratch.clear();
    for (int x = cursorColumn; x < column; x++) {
      int cell = base + x;
      char glyph = after.glyphAt(cell);
      byte style = after.styleAt(cell);
      trial.moveTo(
          after.foregroundAt(cell),
          after.backgroundAt(cell),
          style,
          foregroundMatters(glyph, style),
          scratch);
      scratch.utf8(glyph);
    }
    int rewrite = scratch.size() + sgrCost(trial, base + column);
    int jump = CursorMoves.cost(cursorRow, cursorColumn, row, column) + sgrCost(sgr, base + column);
    return rewrite < jump;
  }

  private int sgrCost(SgrState from, int cell) {
    SgrState copy = new SgrState(from);
    AnsiBuffer probe = new AnsiBuffer(48);
    char glyph = after.glyphAt(cell);
    byte style = after.styleAt(cell);
    copy.moveTo(
        after.foregroundAt(cell),
        after.backgroundAt(cell),
        style,
        foregroundMatters(glyph, style),
        probe);
    return probe.size();
  }

  private void writeCell(int row, int column) {
    int cell = row * columns + column;
    char glyph = after.glyphAt(cell);
    byte style = after.styleAt(cell);
    sgr.moveTo(
        after.foregroundAt(cell),
        after.backgroundAt(cell),
        style,
        foregroundMatters(glyph, style),
        out);
    out.utf8(glyph);
    if (column + 1 < columns) {
      cursorColumn = column + 1;
    } else {
      // At the right edge terminals differ (deferred wrap, or none with autowrap off): forget.
      cursorRow = -1;
      cursorColumn = -1;
    }
  }
}
