package dev.asciicall.terminal;

/**
 * The shortest sequence that takes the cursor from where it is to a cell: absolute (CUP), or
 * relative (CUU/CUD, then CUF/CUB, CR or CHA). Rows and columns are 0-based here, 1-based on the
 * wire. Only moves every VT100-style terminal knows, none that can scroll.
 */
final class CursorMoves {

  private CursorMoves() {}

  /** Appends the cheapest move; {@code fromRow < 0} means the cursor position is unknown. */
  static void move(int fromRow, int fromColumn, int toRow, int toColumn, AnsiBuffer out) {
    if (fromRow == toRow && fromColumn == toColumn) {
      return;
    }
    int absolute = absoluteCost(toRow, toColumn);
    if (fromRow < 0 || fromColumn < 0) {
      absolute(toRow, toColumn, out);
      return;
    }
    int vertical = verticalCost(toRow - fromRow);
    int horizontalKind = cheapestHorizontal(fromColumn, toColumn);
    int horizontal = horizontalCost(horizontalKind, fromColumn, toColumn);
    if (absolute <= vertical + horizontal) {
      absolute(toRow, toColumn, out);
      return;
    }
    vertical(toRow - fromRow, out);
    horizontal(horizontalKind, fromColumn, toColumn, out);
  }

  /** What {@link #move} would append, in bytes. */
  static int cost(int fromRow, int fromColumn, int toRow, int toColumn) {
    if (fromRow == toRow && fromColumn == toColumn) {
      return 0;
    }
    int absolute = absoluteCost(toRow, toColumn);
    if (fromRow < 0 || fromColumn < 0) {
      return absolute;
    }
    int kind = cheapestHorizontal(fromColumn, toColumn);
    return Math.min(
        absolute, verticalCost(toRow - fromRow) + horizontalCost(kind, fromColumn, toColumn));
  }

  private static final int NONE = 0;
  private static final int RELATIVE = 1;
  private static final int RETURN = 2;
  private static final int RETURN_FORWARD = 3;
  private static final int COLUMN_ABSOLUTE = 4;

  private static int cheapestHorizontal(int from, int to) {
    if (from == to) {
      return NONE;
    }
    if (to == 0) {
      return RETURN;
    }
    int best = RELATIVE;
    int bestCost = horizontalCost(RELATIVE, from, to);
    for (int kind : new int[] {RETURN_FORWARD, COLUMN_ABSOLUTE}) {
      int cost = horizontalCost(kind, from, to);
      if (cost < bestCost) {
        best = kind;
        bestCost = cost;
      }
    }
    return best;
  }

  private static int horizontalCost(int kind, int from, int to) {
    switch (kind) {
      case NONE:
        return 0;
      case RELATIVE:
        return csiCountCost(Math.abs(to - from));
      case RETURN:
        return 1;
      case RETURN_FORWARD:
        return 1 + csiCountCost(to);
      default:
        return csiCountCost(to + 1);
    }
  }

  private static void horizontal(int kind, int from, int to, AnsiBuffer out) {
    switch (kind) {
      case NONE:
        return;
      case RELATIVE:
        csiCount(Math.abs(to - from), to > from ? 'C' : 'D', out);
        return;
      case RETURN:
        out.ascii('\r');
        return;
      case RETURN_FORWARD:
        out.ascii('\r');
        csiCount(to, 'C', out);
        return;
      default:
        csiCount(to + 1, 'G', out);
    }
  }

  private static int verticalCost(int rows) {
    return rows == 0 ? 0 : csiCountCost(Math.abs(rows));
  }

  private static void vertical(int rows, AnsiBuffer out) {
    if (rows != 0) {
      csiCount(Math.abs(rows), rows > 0 ? 'B' : 'A', out);
    }
  }

  private static int absoluteCost(int row, int column) {
    if (column == 0) {
      return row == 0 ? 3 : 3 + AnsiBuffer.digits(row + 1);
    }
    return 4 + AnsiBuffer.digits(row + 1) + AnsiBuffer.digits(column + 1);
  }

  private static void absolute(int row, int column, AnsiBuffer out) {
    out.ascii('\u001b').ascii('[');
    if (row > 0 || column > 0) {
      out.decimal(row + 1);
    }
    if (column > 0) {
      out.ascii(';').decimal(column + 1);
    }
    out.ascii('H');
  }

  /** {@code ESC [ n X}, the 1 left out as every terminal defaults it. */
  private static int csiCountCost(int count) {
    return count == 1 ? 3 : 3 + AnsiBuffer.digits(count);
  }

  private static void csiCount(int count, char command, AnsiBuffer out) {
    out.ascii('\u001b').ascii('[');
    if (count != 1) {
      out.decimal(count);
    }
    out.ascii(command);
  }
}
