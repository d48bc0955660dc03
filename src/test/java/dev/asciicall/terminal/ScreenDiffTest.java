package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.AnsiTerminal;
import dev.asciicall.testing.UnitTest;
import java.util.Random;
import org.junit.jupiter.api.Test;

@UnitTest
class ScreenDiffTest {

  private static final int[] SOME_COLORS = {
    TermColor.DEFAULT,
    TermColor.rgb(0xFF8800),
    TermColor.rgb(0x102030),
    TermColor.indexed(1),
    TermColor.indexed(12),
    TermColor.indexed(196),
    TermColor.indexed(244)
  };

  @Test
  void aFullRedrawShowsEveryCellAsMeant() {
    Screen screen = randomScreen(new Random(1), 40, 12);
    AnsiTerminal terminal = new AnsiTerminal(40, 12);

    terminal.feed(ScreenDiff.bytes(null, screen));

    assertThat(terminal.differenceFrom(screen)).isNull();
  }

  @Test
  void aSecondFrameWithAFewChangedCellsWritesOnlyThose() {
    Screen first = randomScreen(new Random(2), 80, 24);
    Screen second = new Screen(80, 24);
    second.copyFrom(first);
    int[][] changes = {{3, 1}, {40, 5}, {79, 10}, {0, 23}, {60, 17}};
    for (int[] cell : changes) {
      second.set(
          cell[0], cell[1], 'Z', TermColor.rgb(0x00FF00), TermColor.DEFAULT, CellStyle.PLAIN);
    }
    AnsiTerminal terminal = new AnsiTerminal(80, 24);
    terminal.feed(ScreenDiff.bytes(null, first));
    long fullBytes = terminal.bytesFed();
    long fullCells = terminal.cellsPrinted();

    byte[] update = ScreenDiff.bytes(first, second);
    terminal.feed(update);

    assertThat(terminal.differenceFrom(second)).isNull();
    assertThat(terminal.cellsPrinted() - fullCells).isEqualTo(changes.length);
    // A move (≤ 8 bytes), a colour (≤ 19 bytes) and the glyph for each changed cell.
    assertThat(update.length).isLessThanOrEqualTo(changes.length * 28);
    assertThat(fullBytes).isGreaterThan(50L * update.length);
  }

  @Test
  void anUnchangedScreenWritesNothing() {
    Screen screen = randomScreen(new Random(3), 30, 10);
    Screen same = new Screen(30, 10);
    same.copyFrom(screen);

    assertThat(ScreenDiff.bytes(screen, same)).isEmpty();
  }

  @Test
  void aShortUnchangedRunInTheSameColoursIsRewrittenRatherThanJumped() {
    Screen before = new Screen(20, 3);
    before.text(0, 1, "abcdefgh", 20, TermColor.DEFAULT, TermColor.DEFAULT, CellStyle.PLAIN);
    Screen after = new Screen(20, 3);
    after.copyFrom(before);
    after.set(2, 1, 'X', TermColor.DEFAULT, TermColor.DEFAULT, CellStyle.PLAIN);
    after.set(4, 1, 'Y', TermColor.DEFAULT, TermColor.DEFAULT, CellStyle.PLAIN);

    String update = ScreenDiff.text(before, after);

    // One move, one reset, then "XdY": rewriting 'd' (1 byte) beats ESC[C (3 bytes).
    assertThat(update).isEqualTo("\u001b[2;3H\u001b[mXdY");
  }

  @Test
  void cursorMovesAreRelativeWhenThatIsShorter() {
    Screen before = new Screen(120, 50);
    Screen after = new Screen(120, 50);
    after.set(100, 40, 'a', TermColor.DEFAULT, TermColor.DEFAULT, CellStyle.PLAIN);
    after.set(103, 41, 'b', TermColor.DEFAULT, TermColor.DEFAULT, CellStyle.PLAIN);
    after.set(0, 45, 'c', TermColor.DEFAULT, TermColor.DEFAULT, CellStyle.PLAIN);

    String update = ScreenDiff.text(before, after);

    // 'a' by CUP (nothing known yet); 'b' one row down and two right: ESC[B ESC[2C (7 bytes)
    // beats ESC[42;104H (10); 'c' four rows down at the left edge: ESC[4B CR (5) beats ESC[46H (5)
    // only on a tie, where the absolute move is taken.
    assertThat(update).isEqualTo("\u001b[41;101H\u001b[ma\u001b[B\u001b[2Cb\u001b[46Hc");
    AnsiTerminal terminal = new AnsiTerminal(120, 50);
    terminal.feed(update);
    assertThat(terminal.differenceFrom(after)).isNull();
  }

  @Test
  void aBlankCellsForegroundNeitherCountsAsAChangeNorCostsAColour() {
    Screen before = new Screen(10, 1);
    before.fill(before.bounds(), ' ', TermColor.rgb(0x123456), TermColor.DEFAULT, CellStyle.PLAIN);
    Screen after = new Screen(10, 1);

    assertThat(ScreenDiff.bytes(before, after)).isEmpty();
  }

  @Test
  void aScreenOfAnotherSizeIsRedrawnWhole() {
    Screen small = randomScreen(new Random(4), 20, 5);
    Screen large = randomScreen(new Random(5), 30, 8);
    AnsiTerminal terminal = new AnsiTerminal(30, 8);

    terminal.feed(ScreenDiff.bytes(small, large));

    assertThat(terminal.differenceFrom(large)).isNull();
    assertThat(terminal.cellsPrinted()).isEqualTo(30 * 8);
  }

  @Test
  void controlCharactersFromNamesOrChatNeverReachTheTerminal() {
    Screen screen = new Screen(20, 2);
    screen.text(
        0,
        0,
        "Eve\u001b[2J\u0007\u202e",
        20,
        TermColor.DEFAULT,
        TermColor.DEFAULT,
        CellStyle.PLAIN);

    String bytes = ScreenDiff.text(null, screen);
    AnsiTerminal terminal = new AnsiTerminal(20, 2);
    terminal.feed(bytes);

    assertThat(terminal.rowText(0)).startsWith("Eve?[2J??");
    assertThat(bytes).doesNotContain("\u0007").doesNotContain("\u001b[2J");
  }

  @Test
  void randomChangesAlwaysLeaveTheTerminalShowingTheNextScreen() {
    Random random = new Random(6);
    for (int round = 0; round < 200; round++) {
      int columns = 1 + random.nextInt(60);
      int rows = 1 + random.nextInt(20);
      Screen before = randomScreen(random, columns, rows);
      Screen after = new Screen(columns, rows);
      after.copyFrom(before);
      int changes = random.nextInt(columns * rows / 3 + 1);
      for (int i = 0; i < changes; i++) {
        setRandomCell(random, after, random.nextInt(columns), random.nextInt(rows));
      }
      AnsiTerminal terminal = new AnsiTerminal(columns, rows);
      terminal.feed(ScreenDiff.bytes(null, before));

      terminal.feed(ScreenDiff.bytes(before, after));

      assertThat(terminal.differenceFrom(after)).as("round %d", round).isNull();
    }
  }

  static Screen randomScreen(Random random, int columns, int rows) {
    Screen screen = new Screen(columns, rows);
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        setRandomCell(random, screen, x, y);
      }
    }
    return screen;
  }

  private static void setRandomCell(Random random, Screen screen, int x, int y) {
    String glyphs = " .:-=+*#%@▀⣿⠁█";
    char glyph = glyphs.charAt(random.nextInt(glyphs.length()));
    int fg =
        random.nextInt(4) == 0
            ? TermColor.rgb(random.nextInt(0x1000000))
            : SOME_COLORS[random.nextInt(SOME_COLORS.length)];
    int bg = SOME_COLORS[random.nextInt(SOME_COLORS.length)];
    byte style = (byte) random.nextInt(4);
    screen.set(x, y, glyph, fg, bg, style);
  }
}
