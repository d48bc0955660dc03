package dev.asciicall.testing;

import dev.asciicall.terminal.CellStyle;
import dev.asciicall.terminal.Screen;
import dev.asciicall.terminal.TermColor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small in-memory terminal for tests: interprets the bytes a program writes (printable text with
 * xterm's deferred wrap, CR/LF/BS, cursor moves CUU/CUD/CUF/CUB/CNL/CPL/CHA/VPA/CUP, erase ED/EL,
 * SGR with bold, reverse, 30–37, 90–97, 40–47, 100–107, 38;5 / 48;5, 38;2 / 48;2, 39, 49, and the
 * private modes 25 cursor, 7 autowrap, 1049 alternate screen; queries are ignored) and rebuilds the
 * grid of cells, so a test can compare what a user would see with what was meant. Anything else is
 * an error: a stray or malformed sequence fails the test instead of passing unnoticed.
 *
 * <p>Colours are kept as {@link TermColor} values and styles as {@link CellStyle} bits, so a grid
 * compares directly with a {@link Screen}. For the terminal front end and for asciicast recordings
 * (whose output events are exactly such bytes).
 */
public final class AnsiTerminal {

  private final int columns;
  private final int rows;
  private AnsiGrid main;
  private AnsiGrid alternate;
  private AnsiGrid grid;
  private int row;
  private int column;
  private boolean wrapPending;
  private int savedRow;
  private int savedColumn;
  private int foreground = TermColor.DEFAULT;
  private int background = TermColor.DEFAULT;
  private byte style = CellStyle.PLAIN;
  private boolean cursorVisible = true;
  private boolean autowrap = true;
  private boolean alternateScreen;
  private long bytesFed;
  private long cellsPrinted;

  private enum State {
    GROUND,
    ESCAPE,
    CSI,
    OSC,
    OSC_ESCAPE
  }

  private State state = State.GROUND;
  private final StringBuilder sequence = new StringBuilder();

  public AnsiTerminal(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
    main = new AnsiGrid(columns, rows);
    alternate = new AnsiGrid(columns, rows);
    grid = main;
  }

  public AnsiTerminal feed(byte[] bytes) {
    bytesFed += bytes.length;
    return feed(new String(bytes, StandardCharsets.UTF_8), false);
  }

  public AnsiTerminal feed(String text) {
    return feed(text, true);
  }

  private AnsiTerminal feed(String text, boolean countBytes) {
    if (countBytes) {
      bytesFed += text.getBytes(StandardCharsets.UTF_8).length;
    }
    for (int i = 0; i < text.length(); i++) {
      accept(text.charAt(i));
    }
    return this;
  }

  private void accept(char c) {
    switch (state) {
      case GROUND -> ground(c);
      case ESCAPE -> escape(c);
      case CSI -> {
        if (c >= 0x40 && c <= 0x7E) {
          csi(sequence.toString(), c);
          state = State.GROUND;
        } else if (c >= 0x20 && c <= 0x3F) {
          sequence.append(c);
        } else {
          throw new IllegalStateException("control 0x" + Integer.toHexString(c) + " inside CSI");
        }
      }
      case OSC -> {
        if (c == 0x07) {
          state = State.GROUND;
        } else if (c == 0x1B) {
          state = State.OSC_ESCAPE;
        }
      }
      case OSC_ESCAPE -> state = c == '\\' ? State.GROUND : State.OSC;
    }
  }

  private void ground(char c) {
    switch (c) {
      case 0x1B -> state = State.ESCAPE;
      case '\r' -> {
        column = 0;
        wrapPending = false;
      }
      case '\n' -> lineFeed();
      case '\b' -> {
        column = Math.max(0, column - 1);
        wrapPending = false;
      }
      case 0x07 -> {}
      default -> {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
          throw new IllegalStateException("unexpected control 0x" + Integer.toHexString(c));
        }
        print(c);
      }
    }
  }

  private void escape(char c) {
    switch (c) {
      case '[' -> {
        sequence.setLength(0);
        state = State.CSI;
      }
      case ']' -> state = State.OSC;
      case '7' -> {
        savedRow = row;
        savedColumn = column;
        state = State.GROUND;
      }
      case '8' -> {
        row = savedRow;
        column = savedColumn;
        wrapPending = false;
        state = State.GROUND;
      }
      default -> throw new IllegalStateException("unsupported escape ESC " + c);
    }
  }

  private void print(char c) {
    if (wrapPending && autowrap) {
      column = 0;
      lineFeed();
    }
    wrapPending = false;
    grid.set(column, row, c, foreground, background, style);
    cellsPrinted++;
    if (column == columns - 1) {
      wrapPending = autowrap;
    } else {
      column++;
    }
  }

  private void lineFeed() {
    wrapPending = false;
    if (row == rows - 1) {
      grid.scrollUp();
    } else {
      row++;
    }
  }

  private void csi(String body, char command) {
    if ((body.endsWith("$") && command == 'p')
        || (body.equals("?") && command == 'u')
        || command == 'c') {
      return; // queries (DECRQM, kitty keyboard, device attributes): nothing changes on screen
    }
    boolean privateMode = body.startsWith("?");
    int[] params = params(privateMode ? body.substring(1) : body);
    if (privateMode) {
      if (command != 'h' && command != 'l') {
        throw new IllegalStateException("unsupported private sequence CSI " + body + command);
      }
      for (int mode : params) {
        setMode(mode, command == 'h');
      }
      return;
    }
    int first = params.length > 0 ? params[0] : 0;
    int count = Math.max(1, first);
    switch (command) {
      case 'A' -> moveCursor(row - count, column);
      case 'B' -> moveCursor(row + count, column);
      case 'C' -> moveCursor(row, column + count);
      case 'D' -> moveCursor(row, column - count);
      case 'E' -> moveCursor(row + count, 0);
      case 'F' -> moveCursor(row - count, 0);
      case 'G' -> moveCursor(row, count - 1);
      case 'd' -> moveCursor(count - 1, column);
      case 'H', 'f' -> moveCursor(count - 1, params.length > 1 ? Math.max(1, params[1]) - 1 : 0);
      case 'J' -> eraseDisplay(first);
      case 'K' -> eraseLine(first);
      case 'm' -> sgr(params);
      default -> throw new IllegalStateException("unsupported sequence CSI " + body + command);
    }
  }

  private void moveCursor(int newRow, int newColumn) {
    row = Math.max(0, Math.min(rows - 1, newRow));
    column = Math.max(0, Math.min(columns - 1, newColumn));
    wrapPending = false;
  }

  private void setMode(int mode, boolean on) {
    switch (mode) {
      case 25 -> cursorVisible = on;
      case 7 -> autowrap = on;
      case 1049 -> {
        if (on && !alternateScreen) {
          savedRow = row;
          savedColumn = column;
          alternate = new AnsiGrid(columns, rows);
          grid = alternate;
        } else if (!on && alternateScreen) {
          grid = main;
          row = savedRow;
          column = savedColumn;
        }
        alternateScreen = on;
      }
      case 1000, 1002, 1006, 2004 -> {}
      default -> throw new IllegalStateException("unsupported private mode " + mode);
    }
  }

  private void eraseDisplay(int mode) {
    switch (mode) {
      case 0 -> {
        eraseLine(0);
        for (int r = row + 1; r < rows; r++) {
          grid.erase(0, columns, r, background);
        }
      }
      case 1 -> {
        eraseLine(1);
        for (int r = 0; r < row; r++) {
          grid.erase(0, columns, r, background);
        }
      }
      case 2, 3 -> {
        for (int r = 0; r < rows; r++) {
          grid.erase(0, columns, r, background);
        }
      }
      default -> throw new IllegalStateException("unsupported erase mode " + mode);
    }
  }

  private void eraseLine(int mode) {
    switch (mode) {
      case 0 -> grid.erase(column, columns, row, background);
      case 1 -> grid.erase(0, column + 1, row, background);
      case 2 -> grid.erase(0, columns, row, background);
      default -> throw new IllegalStateException("unsupported erase mode " + mode);
    }
  }

  private void sgr(int[] params) {
    if (params.length == 0) {
      params = new int[] {0};
    }
    for (int i = 0; i < params.length; i++) {
      int p = params[i];
      if (p == 0) {
        foreground = TermColor.DEFAULT;
        background = TermColor.DEFAULT;
        style = CellStyle.PLAIN;
      } else if (p == 1) {
        style |= CellStyle.BOLD;
      } else if (p == 22) {
        style &= ~CellStyle.BOLD;
      } else if (p == 7) {
        style |= CellStyle.REVERSE;
      } else if (p == 27) {
        style &= ~CellStyle.REVERSE;
      } else if (p >= 30 && p <= 37) {
        foreground = TermColor.indexed(p - 30);
      } else if (p >= 90 && p <= 97) {
        foreground = TermColor.indexed(p - 90 + 8);
      } else if (p >= 40 && p <= 47) {
        background = TermColor.indexed(p - 40);
      } else if (p >= 100 && p <= 107) {
        background = TermColor.indexed(p - 100 + 8);
      } else if (p == 39) {
        foreground = TermColor.DEFAULT;
      } else if (p == 49) {
        background = TermColor.DEFAULT;
      } else if (p == 38 || p == 48) {
        int color;
        if (i + 2 < params.length && params[i + 1] == 5) {
          color = TermColor.indexed(params[i + 2]);
          i += 2;
        } else if (i + 4 < params.length && params[i + 1] == 2) {
          color =
              TermColor.rgb(
                  checkByte(params[i + 2]), checkByte(params[i + 3]), checkByte(params[i + 4]));
          i += 4;
        } else {
          throw new IllegalStateException(
              "malformed extended colour in SGR " + Arrays.toString(params));
        }
        if (p == 38) {
          foreground = color;
        } else {
          background = color;
        }
      } else {
        throw new IllegalStateException("unsupported SGR " + p);
      }
    }
  }

  private static int checkByte(int value) {
    if (value < 0 || value > 255) {
      throw new IllegalStateException("colour component out of range: " + value);
    }
    return value;
  }

  private static int[] params(String body) {
    if (body.isEmpty()) {
      return new int[0];
    }
    String[] parts = body.split(";", -1);
    int[] values = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        values[i] = 0;
      } else if (!parts[i].chars().allMatch(Character::isDigit)) {
        throw new IllegalStateException("malformed parameter '" + parts[i] + "' in CSI " + body);
      } else {
        values[i] = Integer.parseInt(parts[i]);
      }
    }
    return values;
  }

  // What a test reads.

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public char glyph(int x, int y) {
    return grid.glyphs[y * columns + x];
  }

  public int foreground(int x, int y) {
    return grid.foreground[y * columns + x];
  }

  public int background(int x, int y) {
    return grid.background[y * columns + x];
  }

  public byte style(int x, int y) {
    return grid.styles[y * columns + x];
  }

  public String rowText(int y) {
    return new String(grid.glyphs, y * columns, columns);
  }

  /** All rows, joined with newlines: what {@code tmux capture-pane -p} would print. */
  public String text() {
    List<String> lines = new ArrayList<>();
    for (int y = 0; y < rows; y++) {
      lines.add(rowText(y));
    }
    return String.join("\n", lines);
  }

  public boolean cursorVisible() {
    return cursorVisible;
  }

  public boolean autowrap() {
    return autowrap;
  }

  public boolean alternateScreen() {
    return alternateScreen;
  }

  public int cursorRow() {
    return row;
  }

  public int cursorColumn() {
    return column;
  }

  /** Bytes interpreted so far. */
  public long bytesFed() {
    return bytesFed;
  }

  /** Glyphs printed so far (each cell written counts, rewritten or not). */
  public long cellsPrinted() {
    return cellsPrinted;
  }

  /**
   * The first cell that looks different from {@code expected}, described, or null when every cell
   * looks the same. A blank's foreground shows nowhere (unless reversed), so it is not compared.
   */
  public String differenceFrom(Screen expected) {
    if (expected.columns() != columns || expected.rows() != rows) {
      return "size " + expected.columns() + "x" + expected.rows() + " vs " + columns + "x" + rows;
    }
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        char glyph = expected.glyph(x, y);
        byte cellStyle = expected.style(x, y);
        boolean foregroundShows = glyph != ' ' || (cellStyle & CellStyle.REVERSE) != 0;
        if (glyph != glyph(x, y)
            || cellStyle != style(x, y)
            || expected.background(x, y) != background(x, y)
            || (foregroundShows && expected.foreground(x, y) != foreground(x, y))) {
          return String.format(
              "cell %d,%d: expected '%c' %s on %s style %d, shown '%c' %s on %s style %d",
              x,
              y,
              glyph,
              TermColor.describe(expected.foreground(x, y)),
              TermColor.describe(expected.background(x, y)),
              cellStyle,
              glyph(x, y),
              TermColor.describe(foreground(x, y)),
              TermColor.describe(background(x, y)),
              style(x, y));
        }
      }
    }
    return null;
  }
}
