package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@UnitTest
class ColorLevelTest {

  @Test
  void truecolorKeepsEveryColour() {
    assertThat(ColorLevel.TRUECOLOR.convert(TermColor.rgb(0x123456)))
        .isEqualTo(TermColor.rgb(0x123456));
    assertThat(ColorLevel.TRUECOLOR.convert(TermColor.indexed(200)))
        .isEqualTo(TermColor.indexed(200));
  }

  @Test
  void xterm256TakesTheCubeOrTheGreyRamp() {
    // Exact cube colours land on themselves: 16 + 36 r + 6 g + b.
    assertThat(to256(0x000000)).isEqualTo(16);
    assertThat(to256(0xFFFFFF)).isEqualTo(231);
    assertThat(to256(0xFF0000)).isEqualTo(196);
    assertThat(to256(0x5F87AF)).isEqualTo(67);
    // Near-cube colours round to the nearest level of each channel.
    assertThat(to256(0xFA0505)).isEqualTo(196);
    assertThat(to256(0x8A8FD9)).isEqualTo(16 + 36 * 2 + 6 * 2 + 4);
    // Greys between the cube's greys go to the 24-step ramp (8, 18, ..., 238).
    assertThat(to256(0x808080)).isEqualTo(244);
    assertThat(to256(0x121212)).isEqualTo(233);
    assertThat(to256(0xEEEEEE)).isEqualTo(255);
    // A palette entry is kept as it is.
    assertThat(ColorLevel.XTERM_256.convert(TermColor.indexed(3))).isEqualTo(TermColor.indexed(3));
  }

  @Test
  void sixteenColoursPickTheNearestNamedColour() {
    assertThat(to16(0xFF0000)).isEqualTo(9);
    assertThat(to16(0xB00000)).isEqualTo(1);
    assertThat(to16(0x000000)).isEqualTo(0);
    assertThat(to16(0xFFFFFF)).isEqualTo(15);
    assertThat(to16(0x808080)).isEqualTo(8);
    assertThat(to16(0xD0D0D0)).isEqualTo(7);
    assertThat(to16(0xFFA500)).as("orange").isEqualTo(3);
    assertThat(to16(0x000080)).as("navy").isEqualTo(4);
    // 256-colour entries go through their RGB value.
    assertThat(ColorLevel.ANSI_16.convert(TermColor.indexed(46))).isEqualTo(TermColor.indexed(10));
    assertThat(ColorLevel.ANSI_16.convert(TermColor.indexed(12))).isEqualTo(TermColor.indexed(12));
  }

  @Test
  void noColourDropsEveryColour() {
    assertThat(ColorLevel.NONE.convert(TermColor.rgb(0xFF0000))).isEqualTo(TermColor.DEFAULT);
    assertThat(ColorLevel.NONE.convert(TermColor.indexed(9))).isEqualTo(TermColor.DEFAULT);
  }

  @Test
  void theDefaultColourStaysTheDefaultAtEveryLevel() {
    for (ColorLevel level : ColorLevel.values()) {
      assertThat(level.convert(TermColor.DEFAULT)).isEqualTo(TermColor.DEFAULT);
    }
  }

  @Test
  void paletteEntriesHaveXtermValues() {
    assertThat(TermColor.toRgb(TermColor.indexed(196))).isEqualTo(0xFF0000);
    assertThat(TermColor.toRgb(TermColor.indexed(67))).isEqualTo(0x5F87AF);
    assertThat(TermColor.toRgb(TermColor.indexed(232))).isEqualTo(0x080808);
    assertThat(TermColor.toRgb(TermColor.indexed(9))).isEqualTo(0xFF0000);
  }

  @Test
  void detectionFollowsTheEnvironment() {
    assertThat(detect(Map.of("COLORTERM", "truecolor"), "xterm-256color", 256))
        .isEqualTo(ColorLevel.TRUECOLOR);
    assertThat(detect(Map.of("COLORTERM", "24bit"), "xterm", 8)).isEqualTo(ColorLevel.TRUECOLOR);
    assertThat(detect(Map.of(), "xterm-256color", 256)).isEqualTo(ColorLevel.XTERM_256);
    assertThat(detect(Map.of(), "tmux-256color", -1)).isEqualTo(ColorLevel.XTERM_256);
    assertThat(detect(Map.of(), "xterm-direct", 16777216)).isEqualTo(ColorLevel.TRUECOLOR);
    assertThat(detect(Map.of("WT_SESSION", "x"), "xterm-256color", 256))
        .isEqualTo(ColorLevel.TRUECOLOR);
    assertThat(detect(Map.of(), "xterm", 8)).isEqualTo(ColorLevel.ANSI_16);
    assertThat(detect(Map.of(), "linux", 8)).isEqualTo(ColorLevel.ANSI_16);
    assertThat(detect(Map.of(), "vt100", -1)).isEqualTo(ColorLevel.ANSI_16);
    assertThat(detect(Map.of(), "dumb", -1)).isEqualTo(ColorLevel.NONE);
  }

  @Test
  void noColorIsRespectedUnlessAColourLevelIsForced() {
    Map<String, String> env = Map.of("NO_COLOR", "1", "COLORTERM", "truecolor");
    assertThat(detect(env, "xterm-256color", 256)).isEqualTo(ColorLevel.NONE);
    assertThat(detect(Map.of("NO_COLOR", ""), "xterm-256color", 256))
        .as("empty NO_COLOR is unset")
        .isEqualTo(ColorLevel.XTERM_256);
    assertThat(ColorSupport.detect(ColorChoice.XTERM_256, env, "xterm", 8))
        .isEqualTo(ColorLevel.XTERM_256);
    assertThat(ColorSupport.detect(ColorChoice.NONE, Map.of("COLORTERM", "truecolor"), "xterm", 8))
        .isEqualTo(ColorLevel.NONE);
  }

  @Test
  void theColorOptionParses() {
    assertThat(ColorChoice.parse("auto")).isEqualTo(ColorChoice.AUTO);
    assertThat(ColorChoice.parse("TrueColor")).isEqualTo(ColorChoice.TRUECOLOR);
    assertThat(ColorChoice.parse("256")).isEqualTo(ColorChoice.XTERM_256);
    assertThat(ColorChoice.parse("16")).isEqualTo(ColorChoice.ANSI_16);
    assertThat(ColorChoice.parse("none")).isEqualTo(ColorChoice.NONE);
    assertThatThrownBy(() -> ColorChoice.parse("lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown colour level 'lots'; use auto, truecolor, 256, 16 or none");
  }

  @Test
  void aDowngradedScreenIsWrittenWithTheShortCodesOfItsLevel() throws Exception {
    Screen screen = new Screen(3, 1);
    screen.set(0, 0, 'a', TermColor.rgb(0xFF0000), TermColor.DEFAULT, CellStyle.PLAIN);
    screen.set(1, 0, 'b', TermColor.rgb(0x00FF00), TermColor.rgb(0x0000EE), CellStyle.PLAIN);
    screen.set(2, 0, 'c', TermColor.rgb(0x808080), TermColor.DEFAULT, CellStyle.PLAIN);
    var sink = new java.io.ByteArrayOutputStream();

    new ScreenWriter(sink, ColorLevel.ANSI_16).write(screen);

    String written = sink.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).isEqualTo("\u001b[H\u001b[0;91ma\u001b[92;44mb\u001b[90;49mc");
    var terminal = new dev.asciicall.testing.AnsiTerminal(3, 1).feed(written);
    assertThat(terminal.foreground(0, 0)).isEqualTo(TermColor.indexed(9));
    assertThat(terminal.background(1, 0)).isEqualTo(TermColor.indexed(4));
    assertThat(terminal.foreground(2, 0)).isEqualTo(TermColor.indexed(8));
  }

  private static ColorLevel detect(Map<String, String> env, String term, int maxColors) {
    return ColorSupport.detect(ColorChoice.AUTO, env, term, maxColors);
  }

  private static int to256(int rgb) {
    int converted = ColorLevel.XTERM_256.convert(TermColor.rgb(rgb));
    assertThat(TermColor.isIndexed(converted)).isTrue();
    return TermColor.index(converted);
  }

  private static int to16(int rgb) {
    int converted = ColorLevel.ANSI_16.convert(TermColor.rgb(rgb));
    assertThat(TermColor.isIndexed(converted)).isTrue();
    return TermColor.index(converted);
  }
}
