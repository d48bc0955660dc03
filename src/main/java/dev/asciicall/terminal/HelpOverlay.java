package dev.asciicall.terminal;

import java.util.ArrayList;
import java.util.List;

/** The {@code ?} overlay: a box in the middle of the screen listing the keys. */
final class HelpOverlay {

  private HelpOverlay() {}

  static List<String> lines(KeyMap keyMap) {
    List<String> lines = new ArrayList<>();
    lines.add("Keys");
    if (keyMap == KeyMap.CALL) {
      lines.add("m       mute / unmute the microphone");
      lines.add("v       camera off / on");
      lines.add("t       chat: type, Enter sends, Esc drops");
      lines.add("s       show / hide safety codes");
    }
    String mine = keyMap == KeyMap.CALL ? " of what I send" : "";
    lines.add("p       next palette / mode" + mine);
    lines.add("c       colour on / off" + (keyMap == KeyMap.CALL ? " in what I send" : ""));
    lines.add("d / D   more / less detail");
    lines.add("Ctrl+L  redraw the screen");
    lines.add("?       this help (Esc closes it)");
    lines.add(
        keyMap == KeyMap.CALL
            ? "q       leave the call (also Ctrl+C)"
            : "q       quit (also Ctrl+C)");
    return lines;
  }

  static void draw(KeyMap keyMap, Screen screen) {
    List<String> lines = lines(keyMap);
    int inner = lines.stream().mapToInt(String::length).max().orElse(0) + 2;
    int width = Math.min(screen.columns(), inner + 2);
    int height = Math.min(screen.rows(), lines.size() + 2);
    Rect box =
        new Rect((screen.columns() - width) / 2, (screen.rows() - height) / 2, width, height);
    int fg = TermColor.DEFAULT;
    int bg = TermColor.DEFAULT;
    screen.fill(box, ' ', fg, bg, CellStyle.PLAIN);
    for (int x = box.x() + 1; x < box.right() - 1; x++) {
      screen.set(x, box.y(), '─', fg, bg, CellStyle.PLAIN);
      screen.set(x, box.bottom() - 1, '─', fg, bg, CellStyle.PLAIN);
    }
    for (int y = box.y() + 1; y < box.bottom() - 1; y++) {
      screen.set(box.x(), y, '│', fg, bg, CellStyle.PLAIN);
      screen.set(box.right() - 1, y, '│', fg, bg, CellStyle.PLAIN);
    }
    screen.set(box.x(), box.y(), '┌', fg, bg, CellStyle.PLAIN);
    screen.set(box.right() - 1, box.y(), '┐', fg, bg, CellStyle.PLAIN);
    screen.set(box.x(), box.bottom() - 1, '└', fg, bg, CellStyle.PLAIN);
    screen.set(box.right() - 1, box.bottom() - 1, '┘', fg, bg, CellStyle.PLAIN);
    for (int i = 0; i < lines.size() && i < height - 2; i++) {
      byte style = i == 0 ? CellStyle.BOLD : CellStyle.PLAIN;
      screen.text(box.x() + 2, box.y() + 1 + i, lines.get(i), width - 4, fg, bg, style);
    }
  }
}
