package dev.asciicall.common;

/** A handle returned by a service when a listener is added; closing it removes the listener. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Removes the listener. Safe to call more than once and from any thread. */
  @Override
  void close();

  /** A subscription that does nothing, for listeners that never need removing. */
  Subscription NONE = () -> {};
}
