package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.testing.AnsiTerminal;
import dev.asciicall.testing.UnitTest;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

@UnitTest
class FrameDrawerTest {

  @Test
  void aCustomPaletteIsDrawnFromTheSendersIndicesAndGlyphs() {
    Palette palette = Palette.custom(" ░▒▓█xyz");
    byte[] indices = {0, 1, 2, 3, 4, 5, 6, 7};
    AsciiFrame frame = AsciiFrame.of(8, 1, palette, RenderMode.DENSITY, indices, null, null);
    Screen screen = new Screen(8, 1);

    FrameDrawer.draw(frame, screen.bounds(), ColorLevel.TRUECOLOR, screen);

    assertThat(screen.rowText(0)).isEqualTo(" ░▒▓█xyz");
    assertThat(screen.foreground(1, 0))
        .as("no colour sent: the terminal's own")
        .isEqualTo(TermColor.DEFAULT);
  }

  @Test
  void colourFramesKeepEachCellsColour() {
    int[] fg = {0xFF0000, 0x00FF00, 0x0000FF};
    AsciiFrame frame =
        AsciiFrame.of(3, 1, Palette.CLASSIC, RenderMode.DENSITY, new byte[] {5, 6, 7}, fg, null);
    Screen screen = new Screen(3, 1);

    FrameDrawer.draw(frame, screen.bounds(), ColorLevel.TRUECOLOR, screen);

    assertThat(screen.foreground(0, 0)).isEqualTo(TermColor.rgb(0xFF0000));
    assertThat(screen.foreground(2, 0)).isEqualTo(TermColor.rgb(0x0000FF));
    assertThat(screen.background(2, 0)).isEqualTo(TermColor.DEFAULT);
    assertThat(screen.rowText(0)).isEqualTo(frame.rowText(0));
  }

  @Test
  void halfBlocksAreUpperHalvesWithBothColoursAndShadesWithoutColour() {
    int[] top = {0xFFFFFF, 0x000000};
    int[] bottom = {0xFFFFFF, 0x000000};
    AsciiFrame frame =
        AsciiFrame.of(2, 1, Palette.HALF_BLOCK, RenderMode.HALF_BLOCK, new byte[2], top, bottom);
    Screen coloured = new Screen(2, 1);
    Screen plain = new Screen(2, 1);

    FrameDrawer.draw(frame, coloured.bounds(), ColorLevel.XTERM_256, coloured);
    FrameDrawer.draw(frame, plain.bounds(), ColorLevel.NONE, plain);

    assertThat(coloured.rowText(0)).isEqualTo("▀▀");
    assertThat(coloured.foreground(0, 0)).isEqualTo(TermColor.rgb(0xFFFFFF));
    assertThat(coloured.background(1, 0)).isEqualTo(TermColor.rgb(0x000000));
    assertThat(plain.rowText(0)).isEqualTo(Palette.SHORT.glyph(Palette.SHORT.size() - 1) + " ");
  }

  @Test
  void brailleIsDrawnAsSent() {
    byte[] indices = {(byte) 0xFF, 0x01, 0x00};
    AsciiFrame frame =
        AsciiFrame.of(3, 1, Palette.BRAILLE, RenderMode.BRAILLE, indices, null, null);
    Screen screen = new Screen(3, 1);

    FrameDrawer.draw(frame, screen.bounds(), ColorLevel.TRUECOLOR, screen);

    assertThat(screen.rowText(0)).isEqualTo("⣿⠁⠀");
  }

  @Test
  void aFrameIsScaledToItsTileKeepingItsAspectAndCentred() {
    assertThat(FrameDrawer.fit(128, 37, new Rect(0, 0, 64, 37))).isEqualTo(new Rect(0, 9, 64, 19));
    assertThat(FrameDrawer.fit(128, 37, new Rect(10, 5, 200, 20)))
        .isEqualTo(new Rect(75, 5, 69, 20));
    assertThat(FrameDrawer.fit(40, 10, new Rect(0, 0, 80, 20))).isEqualTo(new Rect(0, 0, 80, 20));

    // Nearest cell: halving a 4x2 frame keeps every other column.
    Palette palette = Palette.custom("abcdefgh");
    byte[] indices = {0, 1, 2, 3, 4, 5, 6, 7};
    AsciiFrame frame = AsciiFrame.of(4, 2, palette, RenderMode.DENSITY, indices, null, null);
    Screen screen = new Screen(2, 1);
    FrameDrawer.draw(frame, screen.bounds(), ColorLevel.TRUECOLOR, screen);
    assertThat(screen.rowText(0)).isEqualTo("fh");
  }

  @Test
  void aDrawnFrameReachesTheTerminalCellForCell() throws Exception {
    int columns = 30;
    int rows = 8;
    byte[] indices = new byte[columns * rows];
    int[] fg = new int[columns * rows];
    int[] bg = new int[columns * rows];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = (byte) (i % Palette.LONG.size());
      fg[i] = i * 0x010305 & 0xFFFFFF;
      bg[i] = i * 0x050301 & 0xFFFFFF;
    }
    AsciiFrame frame =
        AsciiFrame.of(columns, rows, Palette.LONG, RenderMode.DENSITY, indices, fg, bg);
    Screen screen = new Screen(columns, rows);
    FrameDrawer.draw(frame, screen.bounds(), ColorLevel.TRUECOLOR, screen);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();

    new ScreenWriter(sink, ColorLevel.TRUECOLOR).write(screen);
    AnsiTerminal terminal = new AnsiTerminal(columns, rows).feed(sink.toByteArray());

    for (int row = 0; row < rows; row++) {
      assertThat(terminal.rowText(row)).isEqualTo(frame.rowText(row));
      for (int column = 0; column < columns; column++) {
        if (frame.glyph(column, row) != ' ') {
          assertThat(terminal.foreground(column, row)).isEqualTo(frame.foreground(column, row));
        }
        assertThat(terminal.background(column, row)).isEqualTo(frame.background(column, row));
      }
    }
  }
}
