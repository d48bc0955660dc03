package dev.asciicall.terminal;

import java.util.Locale;

/** What {@code --color} asks for: detect, or force a level. */
public enum ColorChoice {
  AUTO("auto"),
  TRUECOLOR("truecolor"),
  XTERM_256("256"),
  ANSI_16("16"),
  NONE("none");

  private final String option;

  ColorChoice(String option) {
    this.option = option;
  }

  /** The value as typed after {@code --color=}. */
  public String option() {
    return option;
  }

  /**
   * Parses {@code auto|truecolor|256|16|none} (also {@code 24bit}, {@code always} = truecolor,
   * {@code never} = none).
   *
   * @throws IllegalArgumentException with a one-line message naming the accepted values
   */
  public static ColorChoice parse(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "24bit":
      case "always":
        return TRUECOLOR;
      case "never":
        return NONE;
      default:
        break;
    }
    for (ColorChoice choice : values()) {
      if (choice.option.equals(value)) {
        return choice;
      }
    }
    throw new IllegalArgumentException(
        "unknown colour level '" + text + "'; use auto, truecolor, 256, 16 or none");
  }
}
