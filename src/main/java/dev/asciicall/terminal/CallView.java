package dev.asciicall.terminal;

import java.util.List;

/**
 * Everything the terminal screen shows about the call at one moment, taken from {@link
 * CallScreenModel} by the render thread.
 *
 * @param heading the call's name, or what this screen is ("preview")
 * @param message one line about where things stand (connecting, the call ended, audio problems);
 *     empty when all is well
 * @param chat the newest chat and join/leave lines, oldest first, already formatted
 * @param stats fps, kbit/s and round trip in one line; outside a call my picture's figures (the
 *     preview)
 */
public record CallView(
    String heading, String message, List<TileView> tiles, List<String> chat, String stats) {

  public CallView {
    tiles = List.copyOf(tiles);
    chat = List.copyOf(chat);
  }
}
