package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.testing.AnsiTerminal;
import dev.asciicall.testing.UnitTest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class ScreenWriterTest {

  @Test
  void aCallScreenThenAFewChangedCellsWritesOnlyThoseCells() throws Exception {
    CountingSink sink = new CountingSink();
    ScreenWriter writer = new ScreenWriter(sink, ColorLevel.XTERM_256);
    AnsiTerminal terminal = new AnsiTerminal(100, 30);
    Screen screen = new Screen(100, 30);
    byte[] indices = new byte[48 * 18];
    int[] colours = new int[48 * 18];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = (byte) (i * 7 % Palette.LONG.size());
      colours[i] = i * 0x030507 & 0xFFFFFF;
    }
    CallScreen.draw(
        view(indices, colours), KeyState.INITIAL, KeyMap.CALL, ColorLevel.XTERM_256, screen);
    writer.write(screen);
    terminal.feed(sink.take());
    long cellsAfterFirst = terminal.cellsPrinted();

    for (int i : new int[] {0, 100, 500, 860}) {
      indices[i] = (byte) ((indices[i] + 1) % Palette.LONG.size());
    }
    CallScreen.draw(
        view(indices, colours), KeyState.INITIAL, KeyMap.CALL, ColorLevel.XTERM_256, screen);
    int written = writer.write(screen);
    terminal.feed(sink.take());

    Screen expected = new Screen(100, 30);
    expected.copyFrom(screen, ColorLevel.XTERM_256);
    assertThat(terminal.differenceFrom(expected)).isNull();
    assertThat(terminal.cellsPrinted() - cellsAfterFirst)
        .as("cells written for 4 changed frame cells, scaled into a tile")
        .isBetween(1L, 16L);
    assertThat(written).isLessThan(200);
    assertThat(cellsAfterFirst).isEqualTo(100 * 30);
  }

  @Test
  void nothingChangedWritesNothingAndRedrawAllWritesEverything() throws Exception {
    CountingSink sink = new CountingSink();
    ScreenWriter writer = new ScreenWriter(sink, ColorLevel.TRUECOLOR);
    Screen screen = ScreenDiffTest.randomScreen(new java.util.Random(9), 40, 10);

    int first = writer.write(screen);
    int second = writer.write(screen);
    writer.redrawAll();
    int third = writer.write(screen);

    assertThat(second).isZero();
    assertThat(third).isEqualTo(first);
    assertThat(writer.bytesWritten()).isEqualTo(2L * first);
    assertThat(sink.flushes).isEqualTo(2);
  }

  @Test
  void aNewSizeIsDrawnWhole() throws Exception {
    CountingSink sink = new CountingSink();
    ScreenWriter writer = new ScreenWriter(sink, ColorLevel.TRUECOLOR);
    writer.write(ScreenDiffTest.randomScreen(new java.util.Random(10), 40, 10));
    sink.take();
    Screen larger = ScreenDiffTest.randomScreen(new java.util.Random(11), 50, 12);

    writer.write(larger);
    AnsiTerminal terminal = new AnsiTerminal(50, 12).feed(sink.take());

    assertThat(terminal.differenceFrom(larger)).isNull();
  }

  private static CallView view(byte[] indices, int[] colours) {
    AsciiFrame frame =
        AsciiFrame.of(48, 18, Palette.LONG, RenderMode.DENSITY, indices, colours, null);
    TileView tile = new TileView("Ann", frame, false, false, false, false, "", false);
    return new CallView("call", "", List.of(tile), List.of(), "");
  }

  /** Collects what is written and counts the flushes (one per refresh). */
  static final class CountingSink extends ByteArrayOutputStream {
    int flushes;

    @Override
    public void flush() {
      flushes++;
    }

    byte[] take() {
      byte[] bytes = toByteArray();
      reset();
      return bytes;
    }
  }
}
