package dev.asciicall.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a whole terminal screen from a {@link CallView} and the {@link KeyState}: the tile grid
 * ({@link TileLayout}), each tile's title with its marks and its picture ({@link FrameDrawer}), the
 * chat strip, the chat input line, the status line and, on {@code ?}, the help overlay. A pure
 * function of its inputs, so a test draws a screen and reads it back.
 */
public final class CallScreen {

  /** A 4:3 picture in cells 1.93 times as tall as wide (the app font's measured cell). */
  static final double DEFAULT_ASPECT = 4.0 / 3.0 * 1.9335;

  private static final int DEFAULT = TermColor.DEFAULT;
  private static final byte BOLD = CellStyle.BOLD;

  static final String CALL_HINTS = "t chat · m mute · v camera · s codes · ? help · q leave";
  static final String PREVIEW_HINTS = "p style · c colour · d/D detail · ? help · q quit";

  private CallScreen() {}

  public static void draw(
      CallView view, KeyState keys, KeyMap keyMap, ColorLevel level, Screen screen) {
    screen.clear();
    ScreenLayout layout = ScreenLayout.of(screen.columns(), screen.rows(), keyMap);
    List<Rect> tiles = TileLayout.grid(view.tiles().size(), layout.tiles(), aspect(view));
    if (tiles.isEmpty()) {
      centred(screen, layout.tiles(), "make the terminal larger", CellStyle.PLAIN);
    }
    for (int i = 0; i < tiles.size(); i++) {
      drawTile(view.tiles().get(i), tiles.get(i), keys.safetyCodesShown(), level, screen);
    }
    drawChat(view.chat(), layout.chat(), screen);
    drawInput(view, keys, keyMap, layout.input(), screen);
    drawStatus(view, keyMap, layout, screen);
    if (keys.helpShown()) {
      HelpOverlay.draw(keyMap, screen);
    }
  }

  private static double aspect(CallView view) {
    for (TileView tile : view.tiles()) {
      if (tile.frame() != null) {
        return (double) tile.frame().columns() / tile.frame().rows();
      }
    }
    return DEFAULT_ASPECT;
  }

  private static void drawTile(
      TileView tile, Rect rect, boolean safetyCodes, ColorLevel level, Screen screen) {
    byte titleStyle = tile.speaking() ? CellStyle.REVERSE : CellStyle.PLAIN;
    screen.fill(new Rect(rect.x(), rect.y(), rect.width(), 1), ' ', DEFAULT, DEFAULT, titleStyle);
    StringBuilder marks = new StringBuilder();
    if (tile.muted()) {
      marks.append(" [muted]");
    }
    if (tile.cameraOff()) {
      marks.append(" [camera off]");
    }
    if (tile.keyChanged()) {
      marks.append(" [key changed!]");
    }
    if (safetyCodes && !tile.safetyCode().isEmpty()) {
      marks.append(" · ").append(tile.safetyCode());
    }
    String name = tile.self() ? tile.name() + " (you)" : tile.name();
    int nameRoom = Math.max(1, rect.width() - marks.length());
    int x =
        screen.text(
            rect.x(),
            rect.y(),
            ellipsize(name, nameRoom),
            nameRoom,
            DEFAULT,
            DEFAULT,
            (byte) (titleStyle | CellStyle.BOLD));
    screen.text(x, rect.y(), marks.toString(), rect.right() - x, DEFAULT, DEFAULT, titleStyle);
    Rect picture = new Rect(rect.x(), rect.y() + 1, rect.width(), rect.height() - 1);
    if (tile.frame() != null && !tile.cameraOff()) {
      FrameDrawer.draw(tile.frame(), picture, level, screen);
    } else {
      centred(
          screen, picture, tile.cameraOff() ? "camera off" : "waiting for video…", CellStyle.PLAIN);
    }
  }

  private static void drawChat(List<String> lines, Rect area, Screen screen) {
    if (area.isEmpty()) {
      return;
    }
    // The newest line sits just above the input line, older ones above it; a long line wraps,
    // its further rows indented, so a chat line or an address is read whole.
    List<String> rows = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0 && rows.size() < area.height(); i--) {
      List<String> wrapped = wrap(lines.get(i), area.width());
      for (int j = wrapped.size() - 1; j >= 0 && rows.size() < area.height(); j--) {
        rows.add(wrapped.get(j));
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      screen.text(
          0, area.bottom() - 1 - i, rows.get(i), area.width(), DEFAULT, DEFAULT, CellStyle.PLAIN);
    }
  }

  /** {@code text} in rows of {@code width}, broken at spaces where it can; later rows indented. */
  static List<String> wrap(String text, int width) {
    List<String> rows = new ArrayList<>();
    String rest = text;
    String indent = "";
    while (!rest.isEmpty()) {
      int room = width - indent.length();
      if (room < 1) {
        break;
      }
      if (rest.length() <= room) {
        rows.add(indent + rest);
        break;
      }
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= room / 2) {
        cut = room; // no space late enough: break the word
      }
      rows.add(indent + rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
      indent = "  ";
    }
    return rows;
  }

  /**
   * The line above the status line: the chat input while typing; else the message (a problem, or
   * what a key did) on the left and the key hints on the right, as far as they fit.
   */
  private static void drawInput(
      CallView view, KeyState keys, KeyMap keyMap, Rect area, Screen screen) {
    if (area.isEmpty()) {
      return;
    }
    if (!keys.typing()) {
      String hints = keyMap == KeyMap.CALL ? CALL_HINTS : PREVIEW_HINTS;
      String message = view.message();
      int x = 0;
      if (!message.isEmpty()) {
        boolean hintsFit = message.length() + 3 + hints.length() <= area.width();
        int room = hintsFit ? message.length() : area.width();
        x = screen.text(0, area.y(), ellipsize(message, room), room, DEFAULT, DEFAULT, BOLD);
        if (!hintsFit) {
          return;
        }
      }
      int hintsAt = message.isEmpty() ? 0 : Math.max(x + 3, area.width() - hints.length());
      screen.text(
          hintsAt, area.y(), hints, area.width() - hintsAt, DEFAULT, DEFAULT, CellStyle.PLAIN);
      return;
    }
    String prompt = "chat> ";
    int room = Math.max(0, area.width() - prompt.length() - 1);
    String draft = keys.chatDraft();
    // Show the end of a long line: that is where the typing happens.
    String shown = draft.length() > room ? draft.substring(draft.length() - room) : draft;
    int x = screen.text(0, area.y(), prompt, area.width(), DEFAULT, DEFAULT, BOLD);
    x = screen.text(x, area.y(), shown, area.width() - x, DEFAULT, DEFAULT, CellStyle.PLAIN);
    screen.set(x, area.y(), ' ', DEFAULT, DEFAULT, CellStyle.REVERSE); // the caret
  }

  /**
   * The status line: the call (or "preview"), how many people, the figures; the message too when
   * the terminal is too small for the line above.
   */
  private static void drawStatus(CallView view, KeyMap keyMap, ScreenLayout layout, Screen screen) {
    Rect area = layout.status();
    screen.fill(area, ' ', DEFAULT, DEFAULT, CellStyle.REVERSE);
    int people = view.tiles().size();
    StringBuilder left = new StringBuilder(" ").append(view.heading());
    if (keyMap == KeyMap.CALL) {
      left.append(" · ").append(people).append(people == 1 ? " person" : " people");
    }
    if (!view.stats().isEmpty()) {
      left.append(" · ").append(view.stats());
    }
    if (layout.input().isEmpty() && !view.message().isEmpty()) {
      left.append(" · ").append(view.message());
    }
    String right = "? help ";
    int room = Math.max(0, area.width() - right.length() - 1);
    screen.text(
        0, area.y(), ellipsize(left.toString(), room), room, DEFAULT, DEFAULT, CellStyle.REVERSE);
    if (area.width() > right.length()) {
      screen.text(
          area.width() - right.length(),
          area.y(),
          right,
          right.length(),
          DEFAULT,
          DEFAULT,
          CellStyle.REVERSE);
    }
  }

  static void centred(Screen screen, Rect area, String text, byte style) {
    if (area.isEmpty()) {
      return;
    }
    String shown = ellipsize(text, area.width());
    screen.text(
        area.x() + (area.width() - shown.length()) / 2,
        area.y() + area.height() / 2,
        shown,
        area.width(),
        DEFAULT,
        DEFAULT,
        style);
  }

  /** Cut to {@code width} characters, the last one an ellipsis when something was cut. */
  static String ellipsize(String text, int width) {
    if (width <= 0) {
      return "";
    }
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
