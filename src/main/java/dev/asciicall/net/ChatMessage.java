package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;

/**
 * A chat line as everyone in the call receives it, our own included.
 *
 * @param senderId stamped by the host, so nobody can write under another's id
 * @param sentAtMillis when the host passed it on (wall clock)
 */
public record ChatMessage(int senderId, long sentAtMillis, String text) {

  static ChatMessage of(WireMessage.Chat chat) {
    return new ChatMessage(chat.senderId(), chat.sentAtMillis(), chat.text());
  }
}
