package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class CallScreenTest {

  @Test
  void fourTilesFillAWideTerminalAsTwoByTwoAndReflowWhenItNarrows() {
    Rect wide = new Rect(0, 0, 200, 55);
    List<Rect> grid = TileLayout.grid(4, wide, CallScreen.DEFAULT_ASPECT);
    assertTiles(grid, wide, 4);
    assertThat(distinct(grid, true)).as("columns").isEqualTo(2);
    assertThat(distinct(grid, false)).as("rows").isEqualTo(2);

    Rect flat = new Rect(0, 0, 200, 14);
    List<Rect> row = TileLayout.grid(4, flat, CallScreen.DEFAULT_ASPECT);
    assertTiles(row, flat, 4);
    assertThat(distinct(row, false)).as("one row").isEqualTo(1);

    Rect tall = new Rect(0, 0, 60, 70);
    List<Rect> column = TileLayout.grid(4, tall, CallScreen.DEFAULT_ASPECT);
    assertTiles(column, tall, 4);
    assertThat(distinct(column, true)).as("one column").isEqualTo(1);
  }

  @Test
  void aShortLastRowIsCentredAndTilesKeepThePicturesAspect() {
    Rect area = new Rect(0, 0, 160, 50);
    List<Rect> grid = TileLayout.grid(3, area, 2.0);

    assertTiles(grid, area, 3);
    Rect first = grid.get(0);
    assertThat((double) first.width() / (first.height() - 1)).isBetween(1.8, 2.2);
    if (grid.get(2).y() != first.y()) {
      int lastCentre = grid.get(2).x() + grid.get(2).width() / 2;
      assertThat(lastCentre).isBetween(area.width() / 2 - 1, area.width() / 2 + 1);
    }
  }

  @Test
  void aTooSmallTerminalSaysSo() {
    assertThat(TileLayout.grid(4, new Rect(0, 0, 30, 2), 2.5)).isEmpty();

    Screen screen = new Screen(24, 3);
    CallScreen.draw(view(4), KeyState.INITIAL, KeyMap.CALL, ColorLevel.TRUECOLOR, screen);

    assertThat(text(screen)).contains("make the terminal la");
  }

  @Test
  void tilesCarryNamesMarksAndSafetyCodesOnRequest() {
    List<TileView> tiles = new ArrayList<>();
    tiles.add(new TileView("Ann", frame(40, 15, 'a'), true, true, false, false, "", false));
    tiles.add(
        new TileView("Bob", frame(40, 15, 'b'), false, false, true, false, "1234 5678", false));
    tiles.add(new TileView("Eve", null, false, false, false, true, "9999 0000", true));
    CallView view =
        new CallView("standup", "", tiles, List.of("* Bob joined", "Bob: hello"), "sent 30 fps");
    Screen screen = new Screen(120, 40);

    CallScreen.draw(view, KeyState.INITIAL, KeyMap.CALL, ColorLevel.TRUECOLOR, screen);
    String plain = text(screen);
    CallScreen.draw(
        view,
        new KeyState(KeyState.Mode.COMMANDS, "", false, true),
        KeyMap.CALL,
        ColorLevel.TRUECOLOR,
        screen);
    String withCodes = text(screen);

    assertThat(plain).contains("Ann (you) [muted]", "Bob [camera off]", "Eve [key changed!]");
    assertThat(plain).contains("camera off", "waiting for video…");
    assertThat(plain).doesNotContain("1234 5678");
    assertThat(withCodes)
        .contains("Bob [camera off] · 1234 5678", "Eve [key changed!] · 9999 0000");
    assertThat(plain).contains("aaaa").doesNotContain("bbbb");
    assertThat(screen.rowText(36)).startsWith("* Bob joined");
    assertThat(screen.rowText(37)).startsWith("Bob: hello");
    assertThat(screen.rowText(39))
        .startsWith(" standup · 3 people · sent 30 fps")
        .endsWith("? help ");
    assertThat(screen.style(0, 39)).isEqualTo(CellStyle.REVERSE);
  }

  @Test
  void theChatInputShowsWhatIsTypedAndTheHelpOverlayTheKeys() {
    Screen screen = new Screen(80, 30);
    KeyState typing = new KeyState(KeyState.Mode.CHAT_INPUT, "hello there", true, false);

    CallScreen.draw(view(2), typing, KeyMap.CALL, ColorLevel.TRUECOLOR, screen);

    assertThat(screen.rowText(28)).startsWith("chat> hello there ");
    assertThat(screen.style(17, 28)).isEqualTo(CellStyle.REVERSE);
    assertThat(text(screen))
        .contains("m       mute / unmute the microphone", "q       leave the call");
  }

  @Test
  void resizingTheScreenReflowsTheTiles() {
    CallView view = view(4);
    Screen wide = new Screen(200, 60);
    Screen narrow = new Screen(40, 60);

    CallScreen.draw(view, KeyState.INITIAL, KeyMap.CALL, ColorLevel.TRUECOLOR, wide);
    CallScreen.draw(view, KeyState.INITIAL, KeyMap.CALL, ColorLevel.TRUECOLOR, narrow);

    // Titles side by side on the wide screen, one above the other on the narrow one.
    assertThat(rowsContaining(wide, "P0")).isEqualTo(rowsContaining(wide, "P1"));
    assertThat(rowsContaining(narrow, "P0")).isLessThan(rowsContaining(narrow, "P1"));
  }

  @Test
  void aLongChatLineWrapsAndTheNewestRowsShow() {
    String address = "* hosting 'retro': others join with: asciicall join 192.168.1.20:54555";
    CallView view =
        new CallView(
            "retro", "", List.of(), List.of("* old line", "Bob: hi", address), "sent 30 fps");
    Screen screen = new Screen(40, 24);

    CallScreen.draw(view, KeyState.INITIAL, KeyMap.CALL, ColorLevel.NONE, screen);

    // 24 rows keep 3 chat rows, just above the input and status lines.
    assertThat(screen.rowText(19).strip()).isEqualTo("Bob: hi");
    assertThat(screen.rowText(20).strip()).isEqualTo("* hosting 'retro': others join with:");
    assertThat(screen.rowText(21).strip()).isEqualTo("asciicall join 192.168.1.20:54555");
    assertThat(text(screen)).doesNotContain("old line");
    assertThat(CallScreen.wrap("abcdefghij", 4)).containsExactly("abcd", "  ef", "  gh", "  ij");
  }

  @Test
  void theLineAboveTheStatusSaysWhatIsWrongThenTheKeys() {
    CallView view = new CallView("preview", "No camera found", List.of(), List.of(), "Demo");
    Screen screen = new Screen(100, 20);

    CallScreen.draw(view, KeyState.INITIAL, KeyMap.PREVIEW, ColorLevel.NONE, screen);

    assertThat(screen.rowText(18)).startsWith("No camera found").endsWith(CallScreen.PREVIEW_HINTS);
    assertThat(screen.rowText(19)).startsWith(" preview · Demo").doesNotContain("No camera");
    Screen narrow = new Screen(30, 20);
    CallScreen.draw(view, KeyState.INITIAL, KeyMap.PREVIEW, ColorLevel.NONE, narrow);
    assertThat(narrow.rowText(18).strip()).as("the message wins").isEqualTo("No camera found");
  }

  private static CallView view(int people) {
    List<TileView> tiles = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      tiles.add(
          new TileView(
              "P" + i, frame(64, 24, (char) ('a' + i)), i == 0, false, false, false, "", false));
    }
    return new CallView("call", "", tiles, List.of(), "");
  }

  static AsciiFrame frame(int columns, int rows, char glyph) {
    Palette palette = Palette.custom(" " + glyph);
    byte[] indices = new byte[columns * rows];
    java.util.Arrays.fill(indices, (byte) 1);
    return AsciiFrame.of(columns, rows, palette, RenderMode.DENSITY, indices, null, null);
  }

  private static int rowsContaining(Screen screen, String text) {
    for (int row = 0; row < screen.rows(); row++) {
      if (screen.rowText(row).contains(text)) {
        return row;
      }
    }
    return -1;
  }

  private static String text(Screen screen) {
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < screen.rows(); row++) {
      text.append(screen.rowText(row)).append('\n');
    }
    return text.toString();
  }

  private static void assertTiles(List<Rect> tiles, Rect area, int count) {
    assertThat(tiles).hasSize(count);
    for (int i = 0; i < tiles.size(); i++) {
      assertThat(area.contains(tiles.get(i))).as("tile %d inside", i).isTrue();
      assertThat(tiles.get(i).height()).as("a title and a picture").isGreaterThanOrEqualTo(2);
      for (int j = i + 1; j < tiles.size(); j++) {
        assertThat(tiles.get(i).overlaps(tiles.get(j))).as("tiles %d and %d", i, j).isFalse();
      }
    }
  }

  private static long distinct(List<Rect> tiles, boolean columns) {
    return tiles.stream().mapToInt(r -> columns ? r.x() : r.y()).distinct().count();
  }
}
