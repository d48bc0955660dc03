package dev.asciicall.testing;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs every task at once on the thread that hands it over, so a test of code that takes an
 * executor sees each step done when the call returns. Refuses tasks after shutdown, like a real
 * executor.
 */
public final class InlineExecutorService extends AbstractExecutorService {

  private volatile boolean shutDown;

  @Override
  public void execute(Runnable command) {
    if (shutDown) {
      throw new RejectedExecutionException("shut down");
    }
    command.run();
  }

  @Override
  public void shutdown() {
    shutDown = true;
  }

  @Override
  public List<Runnable> shutdownNow() {
    shutDown = true;
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return shutDown;
  }

  @Override
  public boolean isTerminated() {
    return shutDown;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return shutDown;
  }
}
