package dev.asciicall.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place threads are made. Every thread is named after its stage ({@code capture-1}, {@code
 * net-send-1}) so thread dumps and logs say who is doing what, and is a daemon so a forgotten
 * service never keeps the JVM alive after the window closes.
 */
public final class Threads {

  private static final Logger LOG = LoggerFactory.getLogger(Threads.class);

  private Threads() {}

  /** A factory that names threads {@code stage-1}, {@code stage-2}, ... */
  public static ThreadFactory named(String stage) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, stage + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler(
          (t, e) -> LOG.error("Uncaught exception on thread {}", t.getName(), e));
      return thread;
    };
  }

  /** A single named thread running tasks in order. */
  public static ExecutorService single(String stage) {
    return Executors.newSingleThreadExecutor(named(stage));
  }

  /** A single named thread for scheduled work (timers, heartbeats). */
  public static ScheduledExecutorService scheduled(String stage) {
    return Executors.newSingleThreadScheduledExecutor(named(stage));
  }

  /**
   * A thread for {@link Runtime#addShutdownHook}, not started, named {@code name}: the JVM starts
   * it when it shuts down (a signal, {@code System.exit}, the last non-daemon thread ending).
   */
  public static Thread shutdownHook(String name, Runnable hook) {
    Thread thread = new Thread(hook, name);
    thread.setUncaughtExceptionHandler(
        (t, e) -> LOG.error("Uncaught exception in shutdown hook {}", t.getName(), e));
    return thread;
  }

  /**
   * Runs {@code task} on a thread named {@code name} when the JVM shuts down (Ctrl+C, SIGTERM),
   * until the returned subscription is closed. Closing it while the JVM is already shutting down
   * does nothing: the task runs then anyway.
   */
  public static Subscription onShutdown(String name, Runnable task) {
    Thread hook = shutdownHook(name, task);
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook has started or is about to: it finishes the work it was registered for.
      }
    };
  }

  /**
   * Stops an executor and waits briefly for running tasks; returns whether it terminated. Called
   * from whichever thread shuts the owning service down.
   */
  public static boolean shutdown(ExecutorService executor, long timeoutMillis) {
    executor.shutdownNow();
    try {
      return executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
