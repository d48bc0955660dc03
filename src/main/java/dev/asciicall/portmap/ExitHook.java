package dev.asciicall.portmap;

import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;

/**
 * Runs something when the JVM exits (Ctrl+C, the window closed, a service stopped), so a router
 * mapping is not left open behind us. Passed in so tests can run "the exit" without exiting.
 */
@FunctionalInterface
public interface ExitHook {

  /** Registers {@code action}; closing the subscription unregisters it. */
  Subscription register(String name, Runnable action);

  /** The JVM's shutdown hooks, each on its own named thread. */
  static ExitHook jvm() {
    return (name, action) -> {
      Thread thread = Threads.named(name).newThread(action);
      Runtime.getRuntime().addShutdownHook(thread);
      return () -> {
        try {
          Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException exiting) {
          // Already exiting: the hook runs (or ran) anyway.
        }
      };
    };
  }
}
