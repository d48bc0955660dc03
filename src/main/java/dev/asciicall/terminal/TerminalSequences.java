package dev.asciicall.terminal;

/** The few fixed sequences that set a terminal up for full-screen drawing and put it back. */
final class TerminalSequences {

  /**
   * The alternate screen (the shell's text comes back afterwards), cursor hidden, autowrap off (so
   * the bottom-right cell can be written without scrolling), and a clear screen to start from.
   */
  static final String ENTER = "\u001b[?1049h\u001b[?25l\u001b[?7l\u001b[0m\u001b[H\u001b[2J";

  /** Colours reset, autowrap and cursor back, the shell's screen back. */
  static final String RESTORE = "\u001b[0m\u001b[?7h\u001b[?25h\u001b[?1049l";

  private TerminalSequences() {}
}
