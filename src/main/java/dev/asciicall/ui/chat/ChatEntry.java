package dev.asciicall.ui.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * One line in the chat panel.
 *
 * @param sender the name shown before the text
 * @param time when it was sent or received
 * @param text the message as typed, at most {@link ChatViewModel#MAX_CHARS} characters
 * @param mine true for lines I sent (shown on the other side, not counted as unread)
 */
public record ChatEntry(String sender, Instant time, String text, boolean mine) {

  public ChatEntry {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(text, "text");
  }
}
