package dev.asciicall.ui.call;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * A value produced often on another thread and shown on the FX thread: one slot, newest wins, and
 * at most one {@code runLater} pending however fast values come.
 */
final class LatestValue<T> {

  private final AtomicReference<T> slot = new AtomicReference<>();

  /** Any thread. {@code show} runs on the FX thread with the newest value. */
  void offer(T value, Consumer<T> show) {
    if (slot.getAndSet(value) == null) {
      Platform.runLater(
          () -> {
            T newest = slot.getAndSet(null);
            if (newest != null) {
              show.accept(newest);
            }
          });
    }
  }
}
