package dev.asciicall.cli;

import picocli.CommandLine.Option;

/**
 * {@code --terminal} and {@code --color} for {@code host} and {@code join}; add with
 * {@code @Mixin}.
 */
final class TerminalOptions extends ColorOption {

  @Option(
      names = "--terminal",
      description =
          "The call full screen in this terminal instead of a window (works over SSH): keys m"
              + " mute, v camera, t chat, p palette, c colour, d/D detail, s safety codes, ? help,"
              + " q leave.")
  boolean requested;

  boolean requested() {
    return requested;
  }
}
