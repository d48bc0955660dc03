package dev.asciicall.ui.common;

import dev.asciicall.common.LatestSlot;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the window's adapters reach the FX thread (Bisq 2's {@code UIThread}): services run
 * on their own threads and tell listeners there; every adapter hops through here before it touches
 * a view model or a node. Rare events (a join, a status change) hop once each with {@link
 * #runLater}; values that come often (levels, frames) go through a {@link #latest} slot, so the FX
 * queue never fills with stale ones.
 */
public final class UiThread {

  private UiThread() {}

  /** Runs {@code task} on the FX thread after the events already queued. Any thread. */
  public static void runLater(Runnable task) {
    Platform.runLater(task);
  }

  /** Runs {@code task} on the FX thread: at once when called there, otherwise later. */
  public static void run(Runnable task) {
    if (Platform.isFxApplicationThread()) {
      task.run();
    } else {
      Platform.runLater(task);
    }
  }

  /** The same outcome as {@code future}, completed on the FX thread. */
  public static <T> CompletableFuture<T> onFx(CompletableFuture<T> future) {
    return future.whenCompleteAsync((result, failure) -> {}, UiThread::runLater);
  }

  /**
   * A slot whose newest value {@code show} gets on the FX thread; however fast values are offered
   * (from any thread), at most one hand-off is pending.
   */
  public static <T> LatestSlot<T> latest(Consumer<? super T> show) {
    return LatestSlot.deliveringTo(show, UiThread::runLater);
  }
}
