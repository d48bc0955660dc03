package dev.asciicall.terminal;

import java.util.Locale;
import java.util.Map;

/**
 * Which {@link ColorLevel} a terminal shows, from what it says about itself. In order: {@code
 * --color} when not auto; {@code NO_COLOR} set and not empty (no-color.org) gives none; {@code
 * TERM=dumb} none; {@code COLORTERM=truecolor|24bit} and terminals known to draw 24-bit colour
 * ({@code *-direct} terminfo, Windows Terminal, iTerm2, WezTerm, VS Code) truecolor; then
 * terminfo's {@code max_colors} (as JLine reads it), or a {@code -256color} name; 16 otherwise.
 */
public final class ColorSupport {

  private ColorSupport() {}

  /**
   * @param environment the process environment (tests pass their own)
   * @param terminalType the terminal's type as JLine has it ({@code TERM}), may be null
   * @param maxColors terminfo {@code max_colors}, or a negative number when unknown
   */
  public static ColorLevel detect(
      ColorChoice choice, Map<String, String> environment, String terminalType, int maxColors) {
    switch (choice) {
      case TRUECOLOR:
        return ColorLevel.TRUECOLOR;
      case XTERM_256:
        return ColorLevel.XTERM_256;
      case ANSI_16:
        return ColorLevel.ANSI_16;
      case NONE:
        return ColorLevel.NONE;
      default:
        break;
    }
    String noColor = environment.get("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return ColorLevel.NONE;
    }
    String term = lower(terminalType != null ? terminalType : environment.get("TERM"));
    if (term.equals("dumb")) {
      return ColorLevel.NONE;
    }
    String colorTerm = lower(environment.get("COLORTERM"));
    if (colorTerm.equals("truecolor") || colorTerm.equals("24bit")) {
      return ColorLevel.TRUECOLOR;
    }
    if (term.endsWith("-direct")
        || maxColors >= 1 << 24
        || environment.containsKey("WT_SESSION")
        || knownTruecolorProgram(lower(environment.get("TERM_PROGRAM")))) {
      return ColorLevel.TRUECOLOR;
    }
    if (maxColors >= 256 || term.endsWith("-256color") || term.endsWith("-256")) {
      return ColorLevel.XTERM_256;
    }
    if (maxColors >= 0 && maxColors < 8) {
      return ColorLevel.NONE;
    }
    return ColorLevel.ANSI_16;
  }

  /** The level for a session's terminal, from this process's environment. */
  public static ColorLevel detect(ColorChoice choice, TerminalSession session) {
    return detect(choice, System.getenv(), session.type(), session.maxColors());
  }

  private static boolean knownTruecolorProgram(String program) {
    return program.equals("iterm.app") || program.equals("wezterm") || program.equals("vscode");
  }

  private static String lower(String text) {
    return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
  }
}
