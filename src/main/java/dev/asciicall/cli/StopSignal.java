package dev.asciicall.cli;

import dev.asciicall.common.Threads;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C (SIGINT) or a service manager's SIGTERM during a headless command. Left to itself the JVM
 * would run its shutdown hooks while the command is still at work and exit with 130 or 143; here
 * the signal only asks the command to stop: its own thread ends the call and prints what it prints
 * at any end, then says {@link #finished} with its exit code, and the process exits with that code.
 * When the command ends without a signal, {@link #close} withdraws the hook before the command
 * returns (never during shutdown, which the JVM refuses with "Shutdown in progress").
 */
final class StopSignal implements AutoCloseable {

  /** How long a signal waits for the command to finish before the process exits anyway. */
  static final long FINISH_WAIT_MILLIS = 10_000;

  /** The exit code if the command does not finish in time: interrupted, as a shell reports it. */
  static final int INTERRUPTED = 130;

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;
  private volatile int exitCode = INTERRUPTED;
  private volatile boolean signalled;

  /** Registers the hook, named {@code name} (it runs on a thread of that name). */
  StopSignal(String name) {
    hook = Threads.shutdownHook(name, this::stopRequested);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Waits up to {@code millis} for a stop request. Command thread.
   *
   * @return whether a signal asked to stop
   */
  boolean await(long millis) throws InterruptedException {
    return requested.await(millis, TimeUnit.MILLISECONDS);
  }

  /** Whether a signal asked to stop. */
  boolean requested() {
    return signalled;
  }

  /** The command is done; after a signal the process now exits with {@code code}. */
  void finished(int code) {
    exitCode = code;
    finished.countDown();
  }

  @Override
  public void close() {
    if (!signalled) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // A signal came just now; its hook ends the process.
      }
    }
  }

  private void stopRequested() {
    signalled = true;
    requested.countDown();
    try {
      finished.await(FINISH_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.flush();
    System.err.flush();
    // The command's own code, not the JVM's 130/143: the call ended the way the user asked.
    Runtime.getRuntime().halt(exitCode);
  }
}
