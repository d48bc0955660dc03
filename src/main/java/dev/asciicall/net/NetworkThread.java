package dev.asciicall.net;

import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends KryoNet's update thread before what it calls into is shut down: once the thread is gone, no
 * listener callback can come late (a callback onto a stopped executor would throw on that thread
 * and print a stack trace). Called by whichever thread stops the host or leaves the call.
 */
final class NetworkThread {

  private static final Logger LOG = LoggerFactory.getLogger(NetworkThread.class);

  private static final long RETRY_MILLIS = 50;

  private NetworkThread() {}

  /**
   * Stops the endpoint and waits for its update thread to end. KryoNet's run loop clears its stop
   * flag when it starts, so a thread that had not started yet would run on: the stop is repeated
   * until the thread is gone. An interrupt cuts its wait in the selector short.
   *
   * @param stopEndpoint the endpoint's {@code stop()}
   * @return whether the thread ended within {@code timeoutMillis}
   */
  static boolean stop(Thread thread, Runnable stopEndpoint, long timeoutMillis) {
    stopEndpoint.run();
    if (thread == null) {
      return true;
    }
    if (thread == Thread.currentThread()) {
      return false;
    }
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    try {
      while (thread.isAlive() && System.nanoTime() < deadline) {
        thread.interrupt();
        thread.join(RETRY_MILLIS);
        stopEndpoint.run();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("{} did not stop within {} ms", thread.getName(), timeoutMillis);
      return false;
    }
    return true;
  }

  /**
   * {@code body}, with whatever escapes it handed to {@code failed} instead of the thread's
   * uncaught exception handler: an endpoint whose reading thread died can neither read nor notice
   * that it cannot, so its owner must decide (a host ends, see {@link HostThreads#fatal}).
   */
  static Runnable guarded(Runnable body, Consumer<Throwable> failed) {
    return () -> {
      try {
        body.run();
      } catch (Throwable t) {
        failed.accept(t);
      }
    };
  }

  /** KryoNet's {@code dispose()}, which closes the selector: only once the update thread ended. */
  interface Disposal {
    void dispose() throws IOException;
  }

  static void dispose(Disposal disposal) {
    try {
      disposal.dispose();
    } catch (IOException e) {
      LOG.debug("Could not release the selector", e);
    }
  }
}
