package dev.asciicall.terminal;

/**
 * The bands of the terminal: tiles on top, then (in a call) a chat strip, the line for the chat
 * input, messages and key hints, and a status line at the bottom. Bands shrink away on small
 * terminals: the chat strip keeps 3 lines from 24 rows, 1 from 12; the input line needs 6 rows.
 */
public record ScreenLayout(Rect tiles, Rect chat, Rect input, Rect status) {

  public static ScreenLayout of(int columns, int rows, KeyMap keyMap) {
    Rect status = new Rect(0, rows - 1, columns, 1);
    int inputRows = rows >= 6 ? 1 : 0;
    int chatRows = keyMap != KeyMap.CALL ? 0 : rows >= 24 ? 3 : rows >= 12 ? 1 : 0;
    Rect input = new Rect(0, rows - 1 - inputRows, columns, inputRows);
    Rect chat = new Rect(0, input.y() - chatRows, columns, chatRows);
    Rect tiles = new Rect(0, 0, columns, chat.y());
    return new ScreenLayout(tiles, chat, input, status);
  }
}
