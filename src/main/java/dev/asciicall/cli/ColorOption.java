package dev.asciicall.cli;

import dev.asciicall.terminal.ColorChoice;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --color auto|truecolor|256|16|none} for the terminal views; add with {@code @Mixin}. */
class ColorOption {

  @Option(
      names = {"--color", "--colour"},
      paramLabel = "LEVEL",
      defaultValue = "auto",
      converter = ColorOption.Converter.class,
      description =
          "Colours in this terminal: auto (detected from COLORTERM, TERM and terminfo; NO_COLOR"
              + " means none), truecolor, 256, 16 or none (default: ${DEFAULT-VALUE}).")
  ColorChoice color = ColorChoice.AUTO;

  ColorChoice choice() {
    return color;
  }

  /** A bad value becomes a one-line usage error (exit 2) naming the accepted ones. */
  static final class Converter implements CommandLine.ITypeConverter<ColorChoice> {
    @Override
    public ColorChoice convert(String value) {
      try {
        return ColorChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
