package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A table from message type to handler, built in one place per endpoint so a reader sees at a
 * glance what it accepts and what it does with each (one line per type). Wire messages are final
 * records, so the lookup is by exact class. Used on one thread at a time, like the endpoint that
 * owns it.
 */
final class Dispatch {

  private final Map<Class<? extends WireMessage>, Consumer<WireMessage>> handlers = new HashMap<>();

  /** Handles {@code type} with {@code handler}; a later call for the same type replaces it. */
  <T extends WireMessage> Dispatch on(Class<T> type, Consumer<? super T> handler) {
    handlers.put(type, message -> handler.accept(type.cast(message)));
    return this;
  }

  /**
   * Passes {@code message} to its handler.
   *
   * @return false if nothing here handles its type
   */
  boolean handle(WireMessage message) {
    Consumer<WireMessage> handler = handlers.get(message.getClass());
    if (handler == null) {
      return false;
    }
    handler.accept(message);
    return true;
  }
}
